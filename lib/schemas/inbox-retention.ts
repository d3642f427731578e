import { z } from "zod";
import { msg } from "@/lib/i18n/message";

/** Ten years: far past any audit need, and a bound the admin cannot mistype past. */
export const MAX_RETENTION_DAYS = 3650;

// The bound as text: a number would be grouped ("3,650") where it is put into words.
const outOfRange = msg("callbacks.retention.errors.range", { max: String(MAX_RETENTION_DAYS) });

const days = (kind: "verified" | "refused") =>
  z.coerce
    .number({ error: msg("callbacks.retention.errors.enterDays", { kind }) })
    .int(msg("callbacks.retention.errors.wholeDays"))
    .min(0, outOfRange)
    .max(MAX_RETENTION_DAYS, outOfRange);

/** How long the inbox keeps what it received, counted from an entry's last delivery. */
export const inboxRetentionSchema = z.strictObject({
  verifiedRetentionDays: days("verified"),
  refusedRetentionDays: days("refused"),
});
export type InboxRetention = z.output<typeof inboxRetentionSchema>;
export type InboxRetentionInput = z.input<typeof inboxRetentionSchema>;

export const DEFAULT_INBOX_RETENTION: InboxRetention = { verifiedRetentionDays: 90, refusedRetentionDays: 7 };
