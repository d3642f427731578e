import type { Logger } from "../../../core/logger";
import type { VodLibrary } from "./vod-library";

export const DEFAULT_RETENTION_SWEEP_MS = 60_000;

/**
 * Deletes expired media every `intervalMs` (and once at start). Queries already hide expired
 * media; the sweep is what frees their files.
 */
export function startRetentionSweeper(
  library: VodLibrary,
  intervalMs: number,
  logger: Logger,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    running = library
      .sweepExpired()
      .catch((error: unknown) =>
        logger.error(`vod: retention sweep failed: ${error instanceof Error ? error.message : String(error)}`),
      );
  };
  sweep();
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
