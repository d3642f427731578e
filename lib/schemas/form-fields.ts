import { z } from "zod";

/** A whole number from `min` to `max`, with a message that says the range and the unit. */
export const intIn = (field: string, min: number, max: number, unit: string) => {
  const range = `${field} must be a whole number from ${min} to ${max}${unit ? ` ${unit}` : ""}.`;
  return z.number({ error: range }).int(range).min(min, range).max(max, range);
};

const capitalised = (field: string) => `${field[0]?.toUpperCase() ?? ""}${field.slice(1)}`;

/** Letters, digits, `_` and `-`, as file-name prefixes and stream ids allow (≤ 64). */
export const fileNameIdSchema = (field: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${field}.`)
    .max(64, `${capitalised(field)} has at most 64 characters.`)
    .regex(/^[A-Za-z0-9_-]*$/, `${capitalised(field)} may use letters, digits, _ and - only.`);

/** Field-error keys as the actions return them: `layout.slots.0.width`. */
export const issueKey = (path: readonly PropertyKey[]) => path.map(String).join(".");
