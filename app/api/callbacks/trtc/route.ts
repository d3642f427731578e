import { receiveAtEndpoint } from "@/lib/actions/callbacks/receive-at-endpoint";

export const dynamic = "force-dynamic";

/**
 * TRTC's event callbacks, all three groups: room (101–105), media (201–206) and cloud recording
 * (301–312); TRTC's console points both of its callback URLs here. No session: Tencent calls this
 * endpoint, and the `Sign` header (HMAC-SHA256 of the body with the app's TRTC callback key, not
 * the CSS one) with a fresh `CallbackTs` is what authenticates it.
 */
export async function POST(request: Request): Promise<Response> {
  return receiveAtEndpoint(request, "trtc");
}
