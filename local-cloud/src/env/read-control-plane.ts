import { controlSecretProblem } from "../core/http/control-secret";
import { originProblem } from "../core/http/origin";

type Env = Record<string, string | undefined>;

/** LOCAL_CLOUD_CONTROL_SECRET; unset: the local cloud keeps its own in its data dir. */
export function readControlSecret(env: Env, problems: string[]): string | undefined {
  const raw = env.LOCAL_CLOUD_CONTROL_SECRET?.trim();
  if (!raw) return undefined;
  const problem = controlSecretProblem(raw);
  // Never echo the value: it is a secret, even a bad one.
  if (problem) problems.push(`LOCAL_CLOUD_CONTROL_SECRET ${problem}`);
  return problem ? undefined : raw;
}

/**
 * LOCAL_CLOUD_CONSOLE_ORIGIN: the console's origins, comma-separated (`http://127.0.0.1:3000,
 * http://localhost:3000`); a trailing `/` is dropped, anything else after the origin refused.
 */
export function readConsoleOrigins(env: Env, problems: string[]): string[] | undefined {
  const raw = env.LOCAL_CLOUD_CONSOLE_ORIGIN?.trim();
  if (!raw) return undefined;
  const origins: string[] = [];
  for (const entry of raw
    .split(",")
    .map((part) => part.trim().replace(/\/$/, ""))
    .filter(Boolean)) {
    const problem = originProblem(entry);
    if (problem) problems.push(`LOCAL_CLOUD_CONSOLE_ORIGIN: ${problem}`);
    else if (!origins.includes(entry)) origins.push(entry);
  }
  return origins;
}
