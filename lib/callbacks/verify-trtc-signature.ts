import { createHmac, timingSafeEqual } from "node:crypto";
import type { SignatureCheck } from "./verify-css-signature";

/**
 * TRTC callbacks (cloud-recording events 301–312) carry a `Sign` header =
 * base64(HMAC-SHA256(key, raw body)), over the exact bytes received (reference §4.4).
 */
export function verifyTrtcSignature(rawBody: Buffer, signHeader: string | null, key: string | null): SignatureCheck {
  if (!key)
    return { valid: false, problem: "No callback key is set for this application, so nothing can be verified." };
  if (!signHeader) return { valid: false, problem: "The request has no `Sign` header." };
  const expected = createHmac("sha256", key).update(rawBody).digest();
  const given = Buffer.from(signHeader, "base64");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return {
      valid: false,
      problem: "`Sign` is not base64(HMAC-SHA256(key, body)): the key differs or the body was altered.",
    };
  }
  return { valid: true };
}
