import { createHash } from "node:crypto";
import type { RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import type { ThrottleLimit, ThrottleScope } from "./sign-in-limits";

/** Who is trying: the account (its e-mail as typed, normalized) and the source address. */
export interface SignInAttempt {
  email: string;
  address: string;
}

export type ThrottleVerdict =
  | { isBlocked: false }
  | {
      isBlocked: true;
      /** The scope that keeps it blocked longest. */
      scope: ThrottleScope;
      retryAfterSeconds: number;
      /** The scopes whose block this very failure started (each block is audited once). */
      startedBlocks: ThrottleScope[];
    };

interface ScopedLimiter {
  scope: ThrottleScope;
  limit: ThrottleLimit;
  limiter: RateLimiterAbstract;
  keyOf: (attempt: SignInAttempt) => string;
}

/**
 * Keys are hashed: the store then holds no e-mail addresses or IPs, and every key fits the
 * Postgres store's varchar(255) whatever length of e-mail was typed.
 */
const hashed = (text: string) => createHash("sha256").update(text).digest("base64url");

const retryAfter = (result: RateLimiterRes) => Math.max(1, Math.ceil(result.msBeforeNext / 1000));

/**
 * Failed sign-ins counted per account and per address (rate-limiter-flexible, on a store every
 * console instance shares). `check` comes first and costs two store reads, so a refused attempt
 * never reaches bcrypt; `recordFailure` counts a wrong password and starts a block at the limit;
 * `recordSuccess` forgets the account's failures (not the address's: a guesser who also owns
 * one account must not be able to wipe them).
 */
export class SignInThrottle {
  private readonly limiters: ScopedLimiter[];

  constructor(
    limiters: { account: RateLimiterAbstract; address: RateLimiterAbstract },
    limits: Record<ThrottleScope, ThrottleLimit>,
  ) {
    this.limiters = [
      {
        scope: "account",
        limit: limits.account,
        limiter: limiters.account,
        keyOf: (attempt) => hashed(attempt.email.trim().toLowerCase()),
      },
      {
        scope: "address",
        limit: limits.address,
        limiter: limiters.address,
        keyOf: (attempt) => hashed(attempt.address),
      },
    ];
  }

  /** Whether this attempt is refused before its password is even looked at. */
  async check(attempt: SignInAttempt): Promise<ThrottleVerdict> {
    const results = await Promise.all(this.limiters.map(({ limiter, keyOf }) => limiter.get(keyOf(attempt))));
    return this.verdict(results, () => false);
  }

  /** Counts a failed attempt in both scopes; blocked once either reaches its limit. */
  async recordFailure(attempt: SignInAttempt): Promise<ThrottleVerdict> {
    const results = await Promise.all(
      this.limiters.map(async ({ limiter, limit, keyOf }) => {
        const key = keyOf(attempt);
        const counted = await limiter.penalty(key, 1);
        // Exactly at the limit: this failure starts the block (a concurrent one past it does not).
        if (counted.consumedPoints === limit.maxFailures) {
          return { result: await limiter.block(key, limit.blockSeconds), isNew: true };
        }
        return { result: counted, isNew: false };
      }),
    );
    return this.verdict(
      results.map((entry) => entry.result),
      (index) => results[index]?.isNew === true,
    );
  }

  /** A right password: the account's count starts again. */
  async recordSuccess(attempt: SignInAttempt): Promise<void> {
    await this.forgetAccount(attempt.email);
  }

  /** Ends an account's count and block (a right password, or an admin's reset of it). */
  async forgetAccount(email: string): Promise<void> {
    const account = this.limiters.find((entry) => entry.scope === "account");
    if (account) await account.limiter.delete(account.keyOf({ email, address: "" }));
  }

  private verdict(results: Array<RateLimiterRes | null>, isNew: (index: number) => boolean): ThrottleVerdict {
    const blocked = results.flatMap((result, index) => {
      const entry = this.limiters[index];
      if (!result || !entry || result.consumedPoints < entry.limit.maxFailures) return [];
      return [{ scope: entry.scope, retryAfterSeconds: retryAfter(result), isNew: isNew(index) }];
    });
    const longest = blocked.reduce<(typeof blocked)[number] | undefined>(
      (worst, entry) => (!worst || entry.retryAfterSeconds > worst.retryAfterSeconds ? entry : worst),
      undefined,
    );
    if (!longest) return { isBlocked: false };
    return {
      isBlocked: true,
      scope: longest.scope,
      retryAfterSeconds: longest.retryAfterSeconds,
      startedBlocks: blocked.filter((entry) => entry.isNew).map((entry) => entry.scope),
    };
  }
}
