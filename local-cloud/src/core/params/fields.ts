import { z } from "zod";

const integer = () => z.int({ error: (issue) => (issue.code === "invalid_type" ? "must be an integer" : undefined) });

/**
 * Field builders whose messages read as "Parameter `X` <message>" once `parseParams` adds the
 * name, so every action states what is allowed in the same words.
 */
export const fields = {
  integer,
  integerIn: (min: number, max: number) =>
    integer()
      .min(min, `must be an integer between ${min} and ${max}`)
      .max(max, `must be an integer between ${min} and ${max}`),
  nonEmptyString: (maxLength: number) =>
    z.string().min(1, "must not be empty").max(maxLength, `must have at most ${maxLength} characters`),
  /** Unix seconds, as the TRTC query actions take them. */
  unixSeconds: () => integer().min(0, "must be a Unix time in seconds"),
  /** An integer from a closed list (enumerations such as sample rates or modes). */
  integerOf: (values: readonly number[], meaning?: string) =>
    integer().refine(
      (value) => values.includes(value),
      `must be one of ${values.join(", ")}${meaning ? ` (${meaning})` : ""}`,
    ),
  /** At most `maxLength` characters of `[A-Za-z0-9_-]`, as ids that become file names must be. */
  fileNameId: (maxLength: number) =>
    z
      .string()
      .min(1, "must not be empty")
      .max(maxLength, `must have at most ${maxLength} characters`)
      .regex(/^[A-Za-z0-9_-]+$/, "may hold only letters, digits, _ and -"),
};
