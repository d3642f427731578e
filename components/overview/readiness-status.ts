import type { ReadinessStatus } from "@/lib/readiness/types";

/** How each status reads on the card: the badge's catalog key (readiness.status.*) and variant. */
export const READINESS_BADGES: Record<
  ReadinessStatus,
  { label: "ok" | "warning" | "blocking" | "notChecked"; variant: "success" | "warning" | "destructive" | "muted" }
> = {
  ok: { label: "ok", variant: "success" },
  warning: { label: "warning", variant: "warning" },
  blocking: { label: "blocking", variant: "destructive" },
  "not-checked": { label: "notChecked", variant: "muted" },
};
