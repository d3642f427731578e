import type { z } from "zod";
import { type ApiError, commonErrors } from "../api-error";

type Issue = z.core.$ZodIssue;

const EXPECTED_LABELS: Record<string, string> = {
  int: "an integer",
  number: "a number",
  string: "a string",
  boolean: "a boolean",
  array: "an array",
  object: "an object",
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "number") return `the number ${value}`;
  return `a ${typeof value}`;
}

/** A schema's own wording ("must be an integer") when it has one, else zod's expected type. */
function typeRequirement(issue: z.core.$ZodIssueInvalidType): string {
  if (issue.message.startsWith("must ")) return issue.message;
  return `must be ${EXPECTED_LABELS[issue.expected] ?? issue.expected}`;
}

/** `UserIds.0` for nested fields, the way Tencent names flattened parameters. */
const fieldName = (path: readonly PropertyKey[]) => path.map(String).join(".");

/** Maps the first schema issue to the Tencent error a caller would get for it. */
export function issueToApiError(issue: Issue, input: unknown): ApiError {
  const field = fieldName(issue.path);
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return commonErrors.missingParameter(field);
      return commonErrors.invalidParameter(
        `Parameter \`${field}\` ${typeRequirement(issue)}, got ${describeValue(value)}.`,
      );
    case "unrecognized_keys":
      return commonErrors.unknownParameter(fieldName([...issue.path, issue.keys[0] ?? ""]));
    default:
      return commonErrors.invalidParameterValue(
        `Parameter \`${field}\` ${issue.message} (got ${describeValue(value)}).`,
      );
  }
}

/**
 * Validates an action's JSON parameters against its schema. Messages of range checks in schemas
 * are written to follow "Parameter `X` ", e.g. "must be between 1 and 100".
 */
export function parseParams<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw commonErrors.invalidParameter("The request body must be a JSON object of the action's parameters.");
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const [first] = result.error.issues;
  throw first ? issueToApiError(first, input) : commonErrors.invalidParameter("The parameters are not valid.");
}
