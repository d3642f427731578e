import { ActionRegistry } from "../core/action-registry";
import { createRequestGate } from "../core/gate/request-gate";
import { createApiEndpoint } from "../core/http/api-endpoint";
import type { Logger } from "../core/logger";
import type { Service } from "../core/service";
import type { LocalCloudOptions } from "../options";
import { LIVE_API_VERSION } from "../services/live/version";
import { TRTC_API_VERSION } from "../services/trtc/version";
import { VOD_API_VERSION } from "../services/vod/version";
import type { Infrastructure } from "./infrastructure";

/** The Tencent API endpoint: every service's actions behind TC3 signatures and the account's gate. */
export function createApi(
  options: LocalCloudOptions,
  infra: Infrastructure,
  services: readonly Service[],
  logger: Logger,
) {
  const registry = new ActionRegistry();
  for (const service of services) service.registerActions(registry);
  const credentials = new Map(options.credentials.map((credential) => [credential.secretId, credential.secretKey]));
  const gate = createRequestGate({
    account: () => infra.account.current(),
    serviceOfVersion: { [TRTC_API_VERSION]: "trtc", [VOD_API_VERSION]: "vod", [LIVE_API_VERSION]: "live" },
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
  });
  return createApiEndpoint({ registry, lookupSecretKey: (secretId) => credentials.get(secretId), logger, gate });
}
