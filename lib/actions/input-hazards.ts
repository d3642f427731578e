import type { z } from "zod";
import { nulCharacterPaths } from "./nul-characters";
import type { ActionError } from "./result";
import { unknownFieldPaths } from "./unknown-fields";

/**
 * What the schemas let through but an action must not take: fields it does not know (zod drops
 * them silently) and NUL characters (which PostgreSQL cannot store). Null when there are none;
 * else a validation error with each one under its field.
 */
export function inputHazardError(schema: z.ZodType, raw: unknown): ActionError | null {
  const unknown = unknownFieldPaths(schema, raw);
  const withNul = nulCharacterPaths(raw);
  if (unknown.length === 0 && withNul.length === 0) return null;
  // A Map, not an object: a field named `constructor` must not find Object.prototype's.
  const byField = new Map<string, string[]>();
  const note = (path: string, message: string) => byField.set(path, [...(byField.get(path) ?? []), message]);
  for (const path of unknown) note(path, "This action takes no such field.");
  for (const path of withNul) note(path, "Text may not contain NUL characters (U+0000).");
  const fieldErrors = Object.fromEntries(byField);
  const problems = [
    unknown.length > 0 ? `unknown fields (${unknown.join(", ")})` : null,
    withNul.length > 0 ? `NUL characters in ${withNul.join(", ")}` : null,
  ].filter(Boolean);
  return { code: "VALIDATION", message: `Some values are not valid: ${problems.join("; ")}.`, fieldErrors };
}
