import { createHash, timingSafeEqual } from "node:crypto";
import type { RefusalReason } from "./refusal-reason";

export type SignatureCheck = { valid: true } | { valid: false; reason: RefusalReason; problem: string };

function safeEqualText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * CSS-style callbacks (events 100, 332) carry `t` (the expiry, Unix seconds) and
 * `sign` = md5(key + t) in lower-case hex, in the JSON body (reference §4.3).
 */
export function verifyCssSignature(
  body: { t?: unknown; sign?: unknown },
  key: string | null,
  nowSeconds: number,
): SignatureCheck {
  if (!key)
    return {
      valid: false,
      reason: "no-key",
      problem: "No callback key is set for this application, so nothing can be verified.",
    };
  const { t, sign } = body;
  if (typeof sign !== "string" || sign === "")
    return { valid: false, reason: "no-signature", problem: "The body has no `sign` field." };
  const expiry = typeof t === "number" ? t : typeof t === "string" && /^\d+$/.test(t) ? Number(t) : NaN;
  if (!Number.isSafeInteger(expiry))
    return { valid: false, reason: "no-signature", problem: "The body has no numeric `t` field." };
  const expected = createHash("md5")
    .update(`${key}${String(t)}`)
    .digest("hex");
  if (!safeEqualText(sign.toLowerCase(), expected)) {
    return {
      valid: false,
      reason: "bad-signature",
      problem: "`sign` is not md5(callback key + t): the key differs or the body was altered.",
    };
  }
  if (expiry <= nowSeconds) {
    return {
      valid: false,
      reason: "expired",
      problem: `\`t\` (${expiry}) has passed: the signature expired ${nowSeconds - expiry} s ago.`,
    };
  }
  return { valid: true };
}
