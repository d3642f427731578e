import { rawEnvSchema } from "./schema";
import { resolveEnv, type Env } from "./resolve";

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "InvalidEnvironmentError";
  }
}

/**
 * Validates a process environment and resolves it; throws one error that lists every bad
 * variable with what is allowed, so a misconfigured start fails fast and says why.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = rawEnvSchema.safeParse(source);
  if (!result.success) {
    throw new InvalidEnvironmentError(
      result.error.issues.map((issue) => {
        const name = issue.path.join(".");
        return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
      }),
    );
  }
  return resolveEnv(result.data);
}
