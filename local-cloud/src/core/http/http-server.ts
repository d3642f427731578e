import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Logger } from "../logger";
import { isAllowedHost, LOOPBACK_HOSTNAMES } from "./allowed-host";
import { sendJson } from "./send-json";

type Route = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export interface HttpRoutes {
  controlPlane: Route;
  api: Route;
  /** `/vod/*`: stored media files (VOD's MediaUrl and CoverUrl). */
  media?: Route;
}

export interface RunningHttpServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/**
 * One HTTP listener on `host`: `/_local/*` to the control plane, `/vod/*` to media, the rest to the
 * API. Every request must name a loopback host or one of `servedHostnames` (the host its own URLs
 * name) in `Host`, whatever the route: anything else is a page of another site that made its name
 * resolve to this machine (DNS rebinding), refused with 421 before any route sees it.
 */
/** Longer than any client's idle-socket timeout (Node's global agent: 5 s). */
const SERVER_KEEP_ALIVE_MS = 65_000;

export async function startHttpServer(
  host: string,
  port: number,
  routes: HttpRoutes,
  logger: Logger,
  servedHostnames: readonly string[] = [],
): Promise<RunningHttpServer> {
  const allowedHostnames = new Set([...LOOPBACK_HOSTNAMES, ...servedHostnames].map((name) => name.toLowerCase()));
  const server = createServer((request, response) => {
    if (!isAllowedHost(request, allowedHostnames)) {
      request.resume();
      sendJson(response, 421, {
        error:
          `The local cloud answers only requests for ${[...allowedHostnames].join(", ")} (any port); ` +
          `this one names ${JSON.stringify(request.headers.host ?? "no host")} in its Host header. ` +
          "A web page that made its own name resolve to this machine (DNS rebinding) is refused.",
      });
      return;
    }
    const url = request.url ?? "/";
    const route = url.startsWith("/_local/")
      ? routes.controlPlane
      : url.startsWith("/vod/") && routes.media
        ? routes.media
        : routes.api;
    route(request, response).catch((error: unknown) => {
      logger.error(
        `unhandled ${request.method} ${request.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!response.headersSent) sendJson(response, 500, { error: "internal error" });
      else response.destroy();
    });
  });
  // Node's clients (the SDK uses the global agent) keep idle sockets 5 s, exactly the server's
  // default: a request sent as the server closes such a socket fails with ECONNRESET. A server
  // that outlasts its clients, as load balancers do, never closes a socket a client is reusing.
  server.keepAliveTimeout = SERVER_KEEP_ALIVE_MS;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) =>
      reject(new Error(`The API server cannot listen on ${host}:${port}: ${error.message}`));
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    server,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
