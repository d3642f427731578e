import type { ChildProcess } from "node:child_process";

/** Between two looks at a health URL: a server that is starting has no way to call us back. */
const HEALTH_POLL_MS = 250;

/**
 * Resolves once `url` answers 2xx, the server's own word that it is ready; fails when `child`
 * (the process serving it) exits first, or after `timeoutMs`. `name` says which server in errors.
 */
export async function waitForHealth(
  url: string,
  child: ChildProcess,
  options: { name: string; timeoutMs: number },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let hasExited = child.exitCode !== null;
  child.once("exit", () => (hasExited = true));
  while (Date.now() < deadline) {
    if (hasExited) throw new Error(`The ${options.name} exited before it was ready (see its log above).`);
    const isHealthy = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false);
    if (isHealthy) return;
    await new Promise<void>((resolve) => setTimeout(resolve, HEALTH_POLL_MS));
  }
  throw new Error(`The ${options.name} did not become ready within ${options.timeoutMs / 1000} s.`);
}
