/** The Health page's charts cover the last 14 UTC days, today included. */
export const HEALTH_DAYS = 14;

export function healthWindowStart(now: Date): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (HEALTH_DAYS - 1) * 86_400_000);
}
