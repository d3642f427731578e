import { receiveCallback } from "@/lib/callbacks/receive-callback";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/**
 * TRTC cloud-recording callbacks (events 301–312). No session here: Tencent calls this endpoint,
 * and the `Sign` header (HMAC-SHA256 of the body with the callback key) is what authenticates it.
 */
export async function POST(request: Request): Promise<Response> {
  return receiveCallback(request, "trtc", { db: await getDb() });
}
