import type { z } from "zod";
import { msg } from "@/lib/i18n/message";
import { nulCharacterPaths } from "./nul-characters";
import type { ActionError } from "./result";
import { unknownFieldPaths } from "./unknown-fields";

/** The form-level message: which fields are unknown, which hold NUL characters. */
function summaryOf(unknown: string[], withNul: string[]): string {
  if (withNul.length === 0) return msg("actions.invalidUnknownFields", { unknown: unknown.join(", ") });
  if (unknown.length === 0) return msg("actions.invalidNulCharacters", { nul: withNul.join(", ") });
  return msg("actions.invalidBoth", { unknown: unknown.join(", "), nul: withNul.join(", ") });
}

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
  for (const path of unknown) note(path, msg("actions.noSuchField"));
  for (const path of withNul) note(path, msg("actions.nulCharacter"));
  const fieldErrors = Object.fromEntries(byField);
  return { code: "VALIDATION", message: summaryOf(unknown, withNul), fieldErrors };
}
