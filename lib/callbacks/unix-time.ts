/**
 * Times read from callback bodies. Any number may arrive, and a date JavaScript cannot represent
 * makes `toISOString` and the database insert throw; anything outside 1970 to the end of 9999 is
 * treated as "not a time" rather than stored or shown.
 */
const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** The instant, or null when the number cannot be a recording's time. */
export function dateFromUnixMs(ms: number | null): Date | null {
  if (ms === null || !Number.isFinite(ms) || ms < 0 || ms > LATEST_MS) return null;
  return new Date(ms);
}

/** The instant of a Unix-seconds value, or null when it cannot be a recording's time. */
export function dateFromUnixSeconds(seconds: number | null): Date | null {
  return seconds === null ? null : dateFromUnixMs(seconds * 1000);
}
