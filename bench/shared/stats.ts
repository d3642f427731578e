/** Sorted copy; the benches report medians and p95s of small samples. */
const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** The value below which `fraction` of the sample lies (nearest rank); NaN for an empty sample. */
export function percentile(values: readonly number[], fraction: number): number {
  const ordered = sorted(values);
  if (ordered.length === 0) return Number.NaN;
  const rank = Math.min(ordered.length - 1, Math.max(0, Math.ceil(fraction * ordered.length) - 1));
  return ordered[rank] ?? Number.NaN;
}

export const median = (values: readonly number[]) => percentile(values, 0.5);

/** A fixed-width table for the terminal. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}
