import type { ReadinessStatus } from "@/lib/readiness/types";

/** How each status reads on the card: the badge's words and variant. */
export const READINESS_BADGES: Record<
  ReadinessStatus,
  { label: string; variant: "success" | "warning" | "destructive" | "muted" }
> = {
  ok: { label: "OK", variant: "success" },
  warning: { label: "Warning", variant: "warning" },
  blocking: { label: "Blocking", variant: "destructive" },
  "not-checked": { label: "Not checked", variant: "muted" },
};
