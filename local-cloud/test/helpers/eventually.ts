/**
 * Re-checks a condition until it holds, for state that changes on a real event elsewhere (a
 * publish ending, a process exiting). Returns the condition's value; fails with `description`.
 * The bound only decides when to give up: on a machine busy with another job, an ffmpeg can take
 * several times as long to write its first segment as it does idle, so it is generous.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  description: string,
  { timeoutMs = 45_000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error instanceof Error ? error.message : JSON.stringify(error);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(
    `Timed out after ${timeoutMs} ms waiting until ${description}${lastError ? ` (last error: ${lastError})` : ""}`,
  );
}
