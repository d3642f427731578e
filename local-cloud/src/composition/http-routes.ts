import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createAccountRoute } from "../account/account-route";
import { createTrtcCallbackControl } from "../callbacks/trtc-callback-control";
import { commonErrors } from "../core/api-error";
import { errorEnvelope } from "../core/envelope";
import { createControlPlane } from "../core/http/control-plane";
import type { HttpRoutes } from "../core/http/http-server";
import { sendJson } from "../core/http/send-json";
import type { Logger } from "../core/logger";
import { createVodMediaRoute } from "../services/vod/media-route";
import type { VodService } from "../services/vod/vod-service";
import type { Infrastructure } from "./infrastructure";

type Route = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * What the HTTP routes serve, filled in while the local cloud starts: the port opens first (so a failed
 * start is quick to see and `/_local/health` answers "starting"), everything else is built after it.
 */
export interface Served {
  isReady: boolean;
  /** `http://127.0.0.1:<port>`, once the port listens. */
  baseUrl: string;
  infra?: Infrastructure;
  vod?: VodService;
  api?: Route;
  reset?: () => Promise<void>;
}

const notReady: Route = async (_request, response) =>
  sendJson(
    response,
    200,
    errorEnvelope(commonErrors.internalError("The local cloud is starting or stopping; retry shortly."), randomUUID()),
  );

/** The API, `/vod/*` media and the control plane, each answering from `served` as it is when asked. */
export function createHttpRoutes(
  served: Served,
  options: { controlSecret: string; consoleOrigins: readonly string[]; logger: Logger },
): HttpRoutes {
  let resetting: Promise<void> | undefined;
  return {
    api: (request, response) => (served.isReady && served.api ? served.api : notReady)(request, response),
    media: createVodMediaRoute({
      library: () => served.vod?.library,
      usage: () => served.vod?.usage,
      hotlinkKey: () => served.infra?.account.current().vod.hotlinkKey ?? null,
      consoleOrigins: options.consoleOrigins,
    }),
    controlPlane: createControlPlane({
      isReady: () => served.isReady,
      reset: () => {
        const { reset } = served;
        if (!reset) return Promise.reject(new Error("The local cloud is not ready"));
        // Concurrent resets share one run.
        resetting ??= reset().finally(() => (resetting = undefined));
        return resetting;
      },
      samples: () => served.infra?.samples,
      callbackDeliveries: async () => (served.infra ? served.infra.callbacks.list() : []),
      account: createAccountRoute(() => served.infra?.account),
      trtcCallbacks: createTrtcCallbackControl({
        config: () => served.infra?.callbackConfig,
        isKnownApp: (sdkAppId) => served.infra?.account.app(sdkAppId) !== undefined,
      }),
      baseUrl: () => served.baseUrl,
      ...options,
    }),
  };
}
