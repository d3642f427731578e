import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../logger";
import type { SampleLibrary } from "../../media/samples/sample-library";
import { sendJson } from "./send-json";
import { serveFile } from "./serve-file";

export interface ControlPlaneOptions {
  isReady: () => boolean;
  reset: () => Promise<void>;
  samples: () => SampleLibrary | undefined;
  /** Callback deliveries and their outcome, for `/_local/callbacks`. */
  callbackDeliveries?: () => Promise<unknown[]>;
  /** `/_local/account` (account/account-route.ts). */
  account?: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
  /** `/_local/trtc-callbacks/<SdkAppId>` (callbacks/trtc-callback-control.ts); false for other paths. */
  trtcCallbacks?: (request: IncomingMessage, response: ServerResponse, path: string) => Promise<boolean>;
  /** `http://127.0.0.1:<port>`, for absolute sample URLs. */
  baseUrl: () => string;
  logger: Logger;
}

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "Content-Length, Content-Range, Accept-Ranges",
};
const SAMPLE_PATH = /^\/_local\/samples\/([a-z0-9-]+)\.mp4$/;

/**
 * `/_local/*`: the local cloud's own control plane, for the launcher and tests only (health,
 * reset, sample clips). Not signed; the server listens on 127.0.0.1 alone.
 */
export function createControlPlane(options: ControlPlaneOptions) {
  const notFound = (response: ServerResponse) => sendJson(response, 404, { error: "not found" });

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = new URL(request.url ?? "/", "http://local").pathname;
    const method = request.method ?? "GET";
    if (path === "/_local/health" && method === "GET") {
      if (options.isReady()) sendJson(response, 200, { status: "ok" });
      else sendJson(response, 503, { status: "starting" });
      return;
    }
    if (path === "/_local/reset" && method === "POST") {
      await options.reset();
      sendJson(response, 200, { ok: true });
      return;
    }
    if (path === "/_local/account" && options.account) return options.account(request, response);
    if (path.startsWith("/_local/trtc-callbacks/") && (await options.trtcCallbacks?.(request, response, path))) return;
    if (path === "/_local/callbacks" && method === "GET") {
      sendJson(response, 200, { deliveries: (await options.callbackDeliveries?.()) ?? [] });
      return;
    }
    const samples = options.samples();
    if (path === "/_local/samples" && method === "GET") {
      const list = (samples?.list() ?? []).map((clip) => ({
        name: clip.name,
        url: `${options.baseUrl()}/_local/samples/${clip.name}.mp4`,
        width: clip.width,
        height: clip.height,
        durationSeconds: clip.durationSeconds,
      }));
      sendJson(response, 200, { samples: list }, CORS);
      return;
    }
    const sampleName = SAMPLE_PATH.exec(path)?.[1];
    if (sampleName !== undefined) {
      const clip = samples?.find(sampleName);
      if (method === "OPTIONS") {
        response.writeHead(204, {
          ...CORS,
          "Access-Control-Allow-Headers": "Range",
          "Access-Control-Allow-Methods": "GET, HEAD",
        });
        response.end();
        return;
      }
      if (!clip || (method !== "GET" && method !== "HEAD")) return notFound(response);
      await serveFile(request, response, clip.filePath, { ...CORS, "Content-Type": "video/mp4" }).catch(
        (error: unknown) => {
          // Players abort range requests all the time when seeking.
          options.logger.debug(
            `sample ${sampleName} transfer ended early: ${error instanceof Error ? error.message : String(error)}`,
          );
          response.destroy();
        },
      );
      return;
    }
    notFound(response);
  };
}
