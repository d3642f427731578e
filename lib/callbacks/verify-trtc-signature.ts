import { createHmac, timingSafeEqual } from "node:crypto";
import type { SignatureCheck } from "./verify-css-signature";

/** The keys a TRTC delivery may be signed with: the current one, and the one before a rotation while its grace lasts. */
export interface TrtcKeys {
  current: string | null;
  previous?: string | null;
}

const matches = (expected: Buffer, given: Buffer) =>
  given.length === expected.length && timingSafeEqual(given, expected);

/**
 * TRTC callbacks (room, media and cloud-recording events, groups 1–3) carry a `Sign` header =
 * base64(HMAC-SHA256(key, raw body)), over the exact bytes received (reference §4.4,
 * cloud.tencent.com 647/90450).
 */
export function verifyTrtcSignature(rawBody: Buffer, signHeader: string | null, keys: TrtcKeys): SignatureCheck {
  const candidates = [keys.current, keys.previous].filter((key): key is string => Boolean(key));
  if (candidates.length === 0)
    return {
      valid: false,
      reason: "no-key",
      problem:
        "No TRTC callback key is set for this application, so nothing can be verified: generate one under Settings → TRTC callbacks and give it to TRTC's console.",
    };
  if (!signHeader) return { valid: false, reason: "no-signature", problem: "The request has no `Sign` header." };
  const given = Buffer.from(signHeader, "base64");
  // Every candidate is computed, so the time taken does not tell which key matched.
  const results = candidates.map((key) => matches(createHmac("sha256", key).update(rawBody).digest(), given));
  if (!results.some(Boolean)) {
    return {
      valid: false,
      reason: "bad-signature",
      problem:
        "`Sign` is not base64(HMAC-SHA256(key, body)) with the app's TRTC callback key: the key differs or the body was altered.",
    };
  }
  return { valid: true };
}
