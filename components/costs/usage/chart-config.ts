import type { CostCategory } from "@/lib/costs/cost-lines";

/**
 * A chart's series: their colours (CSS variables from app/globals.css, never hex). Their names are
 * in the catalog, under costs.usage.series.
 */
export type ChartConfig<Key extends string> = Record<Key, { color: string }>;

/** The usage chart's stack, bottom to top; the table and the legend use the same order. */
export const USAGE_SERIES = [
  "recording",
  "storage",
  "playback",
  "transcoding",
] as const satisfies readonly CostCategory[];

export const USAGE_CHART_CONFIG: ChartConfig<CostCategory> = {
  recording: { color: "var(--color-chart-1)" },
  storage: { color: "var(--color-chart-2)" },
  playback: { color: "var(--color-chart-3)" },
  transcoding: { color: "var(--color-chart-4)" },
};
