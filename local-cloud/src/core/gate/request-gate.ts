import type { AccountConfig, ServiceName } from "@shared/local-cloud-account";
import { ActionRateLimiter } from "./action-rate-limiter";
import { camDenial } from "./cam-check";
import { serviceStateError } from "./service-state-errors";

export interface GatedCall {
  /** `X-TC-Version`: which product the call is for. */
  version: string;
  action: string;
  secretId: string;
  /** The JSON body, not yet validated: CAM only reads the resource it names (SdkAppId, SubAppId). */
  params: unknown;
  requestId: string;
}

export interface RequestGateOptions {
  /** The account as it is now; read on every call, so a change applies to the next one. */
  account: () => AccountConfig;
  /** Which product each API version belongs to (`2019-07-22` → `trtc`). */
  serviceOfVersion: Readonly<Record<string, ServiceName>>;
  /** LocalCloudOptions.rateLimits: per-second limits by `service:Action` over the documented ones. */
  rateLimits?: Readonly<Record<string, number>>;
}

export interface RequestGate {
  /** Throws the Tencent error a real account answers before the action runs; resolves otherwise. */
  admit(call: GatedCall): Promise<void>;
}

/**
 * What a real account checks before an action sees its parameters, in Tencent's order: the API
 * gateway's frequency limit and CAM authorization (both enforced by the cloud API layer before a
 * request "reaches the business backend", doc 1278/109059), then the product's own service state.
 * Parameter validation comes after, in the handler; see COVERAGE.md for what the order rests on.
 */
export function createRequestGate(options: RequestGateOptions): RequestGate {
  const rateLimiter = new ActionRateLimiter(options.rateLimits);
  return {
    async admit({ version, ...call }) {
      const service = options.serviceOfVersion[version];
      if (!service) return;
      await rateLimiter.admit(service, call.action, call.secretId);
      const account = options.account();
      const denial = camDenial(account, { ...call, service });
      if (denial) throw denial;
      const stateError = serviceStateError(service, account.services[service]);
      if (stateError) throw stateError;
    },
  };
}
