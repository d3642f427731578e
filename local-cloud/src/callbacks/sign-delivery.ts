import { createHash, createHmac } from "node:crypto";
import type { CallbackSigning } from "../recording/contracts";

/** Seconds a CSS signature stays valid: `t` is the expiry, now + 10 minutes (reference §4.3). */
export const CSS_SIGNATURE_LIFETIME_SECONDS = 600;

export interface SignedDelivery {
  body: string;
  headers: Record<string, string>;
}

/**
 * Signs one attempt. CSS: `t` and `sign` = md5(key + t) go into the body, fresh at every attempt
 * (a retry an hour later must not carry an expired `t`). TRTC: `Sign` = base64(HMAC-SHA256(key,
 * raw body)) and `SdkAppId` headers, `CallbackTs` the attempt's time. Without a key the event goes unsigned, as the cloud does.
 */
export function signDelivery(body: Record<string, unknown>, signing: CallbackSigning, nowMs: number): SignedDelivery {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (signing.kind === "css") {
    const t = Math.floor(nowMs / 1000) + CSS_SIGNATURE_LIFETIME_SECONDS;
    const sign = signing.key ? createHash("md5").update(`${signing.key}${t}`).digest("hex") : "";
    return { body: JSON.stringify({ ...body, t, sign }), headers };
  }
  // CallbackTs is when TRTC sends the request (trtc.io 39558): each attempt carries its own.
  const raw = JSON.stringify("CallbackTs" in body ? { ...body, CallbackTs: nowMs } : body);
  headers.SdkAppId = String(signing.sdkAppId);
  if (signing.key) headers.Sign = createHmac("sha256", signing.key).update(raw).digest("base64");
  return { body: raw, headers };
}
