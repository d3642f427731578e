import { receiveAtEndpoint } from "@/lib/actions/callbacks/receive-at-endpoint";

export const dynamic = "force-dynamic";

/**
 * CSS recording callbacks (events 100 and 332). No session here: Tencent calls this endpoint, and
 * the body's signature (md5(callback key + t)) is what authenticates it.
 */
export async function POST(request: Request): Promise<Response> {
  return receiveAtEndpoint(request, "css");
}
