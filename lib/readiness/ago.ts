import { msg } from "@/lib/i18n/message";

/**
 * How long ago something happened, as a message ("3 min ago", "3 分钟前"): seconds below 90 s,
 * minutes below 90 min, hours below 36 h, then days. Rounded, never negative.
 */
export function agoMessage(at: Date, now: Date): string {
  const seconds = Math.max(0, Math.round((now.getTime() - at.getTime()) / 1000));
  if (seconds < 90) return msg("readiness.ago", { count: seconds, unit: "s" });
  if (seconds < 90 * 60) return msg("readiness.ago", { count: Math.round(seconds / 60), unit: "min" });
  if (seconds < 36 * 3600) return msg("readiness.ago", { count: Math.round(seconds / 3600), unit: "h" });
  return msg("readiness.ago", { count: Math.round(seconds / 86_400), unit: "days" });
}
