/** Tencent bills by day in China Standard Time (UTC+8), which has no daylight saving. */
const CST_OFFSET_MS = 8 * 3_600_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The billing day (YYYY-MM-DD, UTC+8) of an instant. */
export function billingDateOf(instant: Date | number): string {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The billing day of an ISO 8601 time as VOD returns it, e.g. "2026-11-01T00:00:00+08:00". */
export function billingDateOfIso(time: string): string {
  const ms = Date.parse(time);
  if (!Number.isFinite(ms)) throw new Error(`"${time}" is not an ISO 8601 time.`);
  return billingDateOf(ms);
}

function parseDate(date: string): { year: number; month: number; day: number } {
  const match = DATE.exec(date);
  if (!match) throw new Error(`"${date}" is not a YYYY-MM-DD date.`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Days in the month of a YYYY-MM-DD date. */
export function daysInMonthOf(date: string): number {
  const { year, month } = parseDate(date);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Every date from `from` to `to`, both included (YYYY-MM-DD). */
export function datesBetween(from: string, to: string): string[] {
  const start = parseDate(from);
  const end = parseDate(to);
  const dates: string[] = [];
  const endMs = Date.UTC(end.year, end.month - 1, end.day);
  for (let ms = Date.UTC(start.year, start.month - 1, start.day); ms <= endMs; ms += 86_400_000) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}

/** Whether a string is a YYYY-MM-DD date that exists on the calendar (not 2026-02-30). */
export function isCalendarDate(date: string): boolean {
  const match = DATE.exec(date);
  if (!match) return false;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === date;
}

/** The date `days` days after (or, negative, before) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included: 1 for the same day. */
export function daysSpanned(from: string, to: string): number {
  const start = parseDate(from);
  const end = parseDate(to);
  return Math.round(
    (Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) / 86_400_000 + 1,
  );
}

/** The 1st of the month of a YYYY-MM-DD date. */
export function firstOfMonth(date: string): string {
  parseDate(date);
  return `${date.slice(0, 8)}01`;
}

/** Today's billing day (YYYY-MM-DD, UTC+8): the usage page's "today", whatever the server's zone. */
export function billingToday(): string {
  return billingDateOf(Date.now());
}
