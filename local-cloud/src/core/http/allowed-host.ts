import type { IncomingMessage } from "node:http";

/** Names that always mean this machine: a browser never resolves them through DNS. */
export const LOOPBACK_HOSTNAMES: readonly string[] = ["127.0.0.1", "localhost", "[::1]"];

/** The hostname of a `Host` header (`127.0.0.1:4566`, `[::1]:4566`, `localhost`), lower-cased; undefined when malformed. */
export function hostnameOf(hostHeader: string): string | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(hostHeader.trim());
  return match?.[1]?.toLowerCase();
}

/**
 * Whether a request names a host the local cloud serves under. A page on another site can make
 * its own hostname resolve to 127.0.0.1 (DNS rebinding) and then talk to the local cloud as if
 * same-origin; its requests still carry that hostname in `Host`, which is what this refuses.
 */
export function isAllowedHost(request: IncomingMessage, allowedHostnames: ReadonlySet<string>): boolean {
  const header = request.headers.host;
  if (!header) return false;
  const hostname = hostnameOf(header);
  return hostname !== undefined && allowedHostnames.has(hostname);
}
