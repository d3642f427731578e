import type { ActionRegistry } from "./action-registry";
import type { Logger } from "./logger";
import type { Migration } from "./store/open-store";
import { Teardown } from "./teardown";

/** One Tencent API (trtc, vod, live) once started: what server.ts composes. */
export interface Service {
  readonly name: string;
  /** Puts the service's actions under its API version. */
  registerActions(registry: ActionRegistry): void;
  /** Back to an empty service (POST /_local/reset). The composition decides the order across services. */
  reset(): Promise<void>;
  /** Stops the service's own work, in the reverse order it started; idempotent. */
  close(): Promise<void>;
}

/**
 * A service before it starts: its tables are known up front because the store applies every migration
 * when it opens, before any service can use it.
 */
export interface ServiceDefinition<Deps, S extends Service = Service> {
  readonly name: string;
  readonly migrations: readonly Migration[];
  start(deps: Deps): Promise<S>;
}

/**
 * Runs a service's start-up with its own teardown: a start that fails half-way stops what it started, and
 * the teardown becomes the service's `close`.
 */
export async function startWithTeardown<S>(
  logger: Logger,
  start: (teardown: Teardown) => Promise<S>,
): Promise<S & { close(): Promise<void> }> {
  const teardown = new Teardown((label, error) =>
    logger.error(`stopping ${label} failed: ${error instanceof Error ? error.message : String(error)}`),
  );
  try {
    const started = await start(teardown);
    return { ...started, close: () => teardown.run() };
  } catch (error) {
    await teardown.run();
    throw error;
  }
}
