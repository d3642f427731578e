import nmsLogger from "node-media-server/src/core/logger.js";
import type { Logger } from "../../core/logger";

/**
 * node-media-server logs through one module-level logger straight to stdout. Routing it into ours
 * keeps the local cloud's output readable: its errors (mostly rejected or dropped sessions) become
 * warnings, the rest debug lines.
 */
export function routeNmsLogsTo(logger: Logger): void {
  nmsLogger.log = (message: string, level = "info") => {
    const line = `relay: ${message}`;
    if (level === "error" || level === "warn") logger.warn(line);
    else logger.debug(line);
  };
}
