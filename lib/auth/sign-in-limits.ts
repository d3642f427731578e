/**
 * How many failed sign-ins are let through before a refusal, and for how long. Per account: a
 * guesser with many addresses still gets 10 tries per account per quarter hour. Per address:
 * looser, since an office behind one NAT shares it, and it stops one address spraying many
 * accounts. The lock ends by itself (or with an admin's password reset), so a guesser cannot
 * lock an account out for longer than a quarter hour at a time.
 */
export const SIGN_IN_LIMITS = {
  account: { maxFailures: 10, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
  address: { maxFailures: 30, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
} as const;

export type ThrottleScope = keyof typeof SIGN_IN_LIMITS;

export interface ThrottleLimit {
  maxFailures: number;
  windowSeconds: number;
  blockSeconds: number;
}
