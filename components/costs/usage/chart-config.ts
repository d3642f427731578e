import type { CostCategory } from "@/lib/costs/cost-lines";

/** A chart's series: their labels and colours (CSS variables from app/globals.css, never hex). */
export type ChartConfig<Key extends string> = Record<Key, { label: string; color: string }>;

/** The usage chart's stack, bottom to top; the table and the legend use the same order. */
export const USAGE_SERIES = [
  "recording",
  "storage",
  "playback",
  "transcoding",
] as const satisfies readonly CostCategory[];

export const USAGE_CHART_CONFIG: ChartConfig<CostCategory> = {
  recording: { label: "Recording", color: "var(--color-chart-1)" },
  storage: { label: "Storage", color: "var(--color-chart-2)" },
  playback: { label: "Playback", color: "var(--color-chart-3)" },
  transcoding: { label: "Transcoding", color: "var(--color-chart-4)" },
};
