import "server-only";
import { recordAudit } from "@/lib/actions/audit/record-audit";
import type { Db } from "@/lib/db/open-database";
import type { SessionUser } from "@/lib/users/types";
import { verifyCredentials } from "@/lib/data/users/verify-credentials";
import { SIGN_IN_LIMITS, type ThrottleScope } from "./sign-in-limits";
import type { SignInAttempt, SignInThrottle, ThrottleVerdict } from "./sign-in-throttle";

export type SignInOutcome =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** The audit log's word for a throttle block starting; the actor is the account that was tried. */
export const SIGN_IN_THROTTLED_ACTION = "auth.sign_in.throttled";

async function auditBlock(db: Db, attempt: SignInAttempt, scope: ThrottleScope): Promise<void> {
  const limit = SIGN_IN_LIMITS[scope];
  await recordAudit(db, {
    actor: { id: null, email: attempt.email.trim().toLowerCase() },
    action: SIGN_IN_THROTTLED_ACTION,
    target: scope === "account" ? `account:${attempt.email.trim().toLowerCase()}` : `address:${attempt.address}`,
    detail: {
      scope,
      address: attempt.address,
      failures: limit.maxFailures,
      windowSeconds: limit.windowSeconds,
      blockedForSeconds: limit.blockSeconds,
    },
  });
}

/**
 * Counts a wrong password (at sign-in, or as the current password of a change) and writes each
 * block it starts to the audit log: once per block, not per refused attempt, so a flood cannot
 * grow the log.
 */
export async function countWrongPassword(
  db: Db,
  throttle: SignInThrottle,
  attempt: SignInAttempt,
): Promise<ThrottleVerdict> {
  const verdict = await throttle.recordFailure(attempt);
  if (verdict.isBlocked) for (const scope of verdict.startedBlocks) await auditBlock(db, attempt, scope);
  return verdict;
}

/**
 * A password sign-in behind the throttle. A blocked account or address is refused before the
 * password is compared, so a flood costs two store reads per attempt, not a bcrypt each; a wrong
 * password is counted, and the failure that reaches a limit is refused as throttled.
 */
export async function signInWithPassword(
  db: Db,
  throttle: SignInThrottle,
  attempt: SignInAttempt & { password: string },
): Promise<SignInOutcome> {
  const before = await throttle.check(attempt);
  if (before.isBlocked) return { ok: false, reason: "throttled", retryAfterSeconds: before.retryAfterSeconds };
  const user = await verifyCredentials(db, attempt.email, attempt.password);
  if (user) {
    await throttle.recordSuccess(attempt);
    return { ok: true, user };
  }
  const after = await countWrongPassword(db, throttle, attempt);
  return after.isBlocked
    ? { ok: false, reason: "throttled", retryAfterSeconds: after.retryAfterSeconds }
    : { ok: false, reason: "invalid" };
}
