import { z } from "zod";
import { msg } from "@/lib/i18n/message";

/** The units a range message names (fields.units in the catalogs). */
export type FieldUnit = "px" | "fps" | "kbps" | "seconds" | "minutes" | "days" | "none";

/**
 * A whole number from `min` to `max`, with a message that says the range and the unit. `field` is
 * the field's name as the start of a sentence, from `msg` ("The width"; 宽度).
 */
export const intIn = (field: string, min: number, max: number, unit: FieldUnit) => {
  // Numbers as written (no grouping), as the form's own hints write them.
  const range = msg("fields.wholeNumberRange", { field, min: String(min), max: String(max), unit });
  return z.number({ error: range }).int(range).min(min, range).max(max, range);
};

/** What a file-name id names, each with its catalog entry under fields.fileNameId. */
export type FileNameIdKind = "recordId" | "streamId" | "fileNamePrefix";

/** Letters, digits, `_` and `-`, as file-name prefixes and stream ids allow (≤ 64). */
export const fileNameIdSchema = (kind: FileNameIdKind) =>
  z
    .string()
    .trim()
    .min(1, msg(`fields.fileNameId.${kind}.empty`))
    .max(64, msg(`fields.fileNameId.${kind}.tooLong`))
    .regex(/^[A-Za-z0-9_-]*$/, msg(`fields.fileNameId.${kind}.characters`));

/** Field-error keys as the actions return them: `layout.slots.0.width`. */
export const issueKey = (path: readonly PropertyKey[]) => path.map(String).join(".");
