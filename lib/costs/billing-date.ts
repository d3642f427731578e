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
