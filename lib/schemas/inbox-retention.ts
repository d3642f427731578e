import { z } from "zod";

/** Ten years: far past any audit need, and a bound the admin cannot mistype past. */
export const MAX_RETENTION_DAYS = 3650;

const days = (what: string) =>
  z.coerce
    .number({ error: `Enter how many days ${what} are kept (0 keeps them for good).` })
    .int("A whole number of days.")
    .min(0, `0 (keep for good) to ${MAX_RETENTION_DAYS} days.`)
    .max(MAX_RETENTION_DAYS, `0 (keep for good) to ${MAX_RETENTION_DAYS} days.`);

/** How long the inbox keeps what it received, counted from an entry's last delivery. */
export const inboxRetentionSchema = z.strictObject({
  verifiedRetentionDays: days("verified events"),
  refusedRetentionDays: days("refused deliveries"),
});
export type InboxRetention = z.output<typeof inboxRetentionSchema>;
export type InboxRetentionInput = z.input<typeof inboxRetentionSchema>;

export const DEFAULT_INBOX_RETENTION: InboxRetention = { verifiedRetentionDays: 90, refusedRetentionDays: 7 };
