import { receiveCallback } from "@/lib/callbacks/receive-callback";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/**
 * CSS recording callbacks (events 100 and 332). No session here: Tencent calls this endpoint, and
 * the body's signature (md5(callback key + t)) is what authenticates it.
 */
export async function POST(request: Request): Promise<Response> {
  return receiveCallback(request, "css", { db: await getDb() });
}
