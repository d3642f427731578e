/** "2026-12-01 22:31 UTC (3 min ago)": when something happened, absolute and relative. */
export function formatWhen(at: Date, now: Date): string {
  const absolute = `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const seconds = Math.max(0, Math.round((now.getTime() - at.getTime()) / 1000));
  const ago =
    seconds < 90
      ? `${seconds} s ago`
      : seconds < 90 * 60
        ? `${Math.round(seconds / 60)} min ago`
        : seconds < 36 * 3600
          ? `${Math.round(seconds / 3600)} h ago`
          : `${Math.round(seconds / 86_400)} days ago`;
  return `${absolute} (${ago})`;
}

/** A list in prose: "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

/** Minutes as people read them: "12.5 minutes". */
export const formatMinutes = (minutes: number): string =>
  `${Number.isInteger(minutes) ? minutes : minutes.toFixed(1)} minute${minutes === 1 ? "" : "s"}`;
