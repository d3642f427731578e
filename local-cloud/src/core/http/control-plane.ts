import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../logger";
import type { SampleLibrary } from "../../media/samples/sample-library";
import { CONTROL_SECRET_HEADER, checkControlSecret, isReadOnlyMethod } from "./control-secret";
import { corsHeaders, preflightHeaders } from "./cors";
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
  /** What every request that changes state must carry in CONTROL_SECRET_HEADER. */
  controlSecret: string;
  /** Origins whose pages may read the samples (the console's); other pages get no CORS headers. */
  consoleOrigins: readonly string[];
  logger: Logger;
}

const SAMPLE_PATH = /^\/_local\/samples\/([a-z0-9-]+)\.mp4$/;

/** 401 naming the header that is missing or wrong; never the secret itself, nor where it differs. */
function refuseWithoutSecret(response: ServerResponse, verdict: "missing" | "wrong"): void {
  const what =
    verdict === "missing"
      ? `This request changes the local cloud's state and needs its control secret in the ${CONTROL_SECRET_HEADER} header, which it lacks.`
      : `The ${CONTROL_SECRET_HEADER} header does not hold the local cloud's control secret.`;
  sendJson(
    response,
    401,
    {
      error: `${what} The secret is LOCAL_CLOUD_CONTROL_SECRET when set, else the contents of <LOCAL_CLOUD_DATA_DIR>/control-secret.`,
      ...(verdict === "missing" ? { missing: CONTROL_SECRET_HEADER } : { invalid: CONTROL_SECRET_HEADER }),
    },
    { "WWW-Authenticate": `LocalCloudSecret header="${CONTROL_SECRET_HEADER}"` },
  );
}

/**
 * `/_local/*`: the local cloud's own control plane, for the launcher and tests only (health,
 * reset, sample clips, the stand-ins for Tencent's console pages). Reads are open; every request
 * that may change state (any method but GET, HEAD and OPTIONS, on any path) needs the control
 * secret, so that a web page open in the same browser cannot reset the local cloud or repoint its
 * callbacks: a page can send a form POST anywhere, but cannot know the secret, and cannot send the
 * header cross-origin without a preflight this never allows.
 */
export function createControlPlane(options: ControlPlaneOptions) {
  const notFound = (response: ServerResponse) => sendJson(response, 404, { error: "not found" });

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = new URL(request.url ?? "/", "http://local").pathname;
    const method = request.method ?? "GET";
    if (!isReadOnlyMethod(method)) {
      const verdict = checkControlSecret(request, options.controlSecret);
      if (verdict !== "ok") {
        // The body is not read: drain it so that the connection stays usable.
        request.resume();
        return refuseWithoutSecret(response, verdict);
      }
    }
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
      sendJson(response, 200, { samples: list }, corsHeaders(request, options.consoleOrigins));
      return;
    }
    const sampleName = SAMPLE_PATH.exec(path)?.[1];
    if (sampleName !== undefined) {
      const clip = samples?.find(sampleName);
      if (method === "OPTIONS") {
        response.writeHead(204, preflightHeaders(request, options.consoleOrigins));
        response.end();
        return;
      }
      if (!clip || (method !== "GET" && method !== "HEAD")) return notFound(response);
      const headers = { ...corsHeaders(request, options.consoleOrigins), "Content-Type": "video/mp4" };
      await serveFile(request, response, clip.filePath, headers).catch((error: unknown) => {
        // Players abort range requests all the time when seeking.
        options.logger.debug(
          `sample ${sampleName} transfer ended early: ${error instanceof Error ? error.message : String(error)}`,
        );
        response.destroy();
      });
      return;
    }
    notFound(response);
  };
}
