import { commonErrors } from "./api-error";

/** What a handler may know about the call besides its parameters. */
export interface ActionContext {
  requestId: string;
  /** `X-TC-Region`, or undefined when the SDK was built without a region. */
  region: string | undefined;
  secretId: string;
}

/**
 * Parses `params` (the JSON body, not yet trusted), calls a model and returns the response fields
 * without `RequestId`. Throws `ApiError` for anything the caller should see as `Response.Error`.
 */
export type ActionHandler = (params: unknown, context: ActionContext) => Promise<object>;

/**
 * Dispatch table keyed by (`X-TC-Version`, `X-TC-Action`): each service registers its actions
 * under its own API version, so trtc, vod and live share one endpoint as the SDK allows.
 */
export class ActionRegistry {
  private readonly handlers = new Map<string, ActionHandler>();

  register(version: string, action: string, handler: ActionHandler): void {
    const key = `${version}/${action}`;
    if (this.handlers.has(key)) throw new Error(`Action ${key} is registered twice`);
    this.handlers.set(key, handler);
  }

  /** The handler for this version and action, or an `InvalidAction` error. */
  resolve(version: string, action: string): ActionHandler {
    const handler = this.handlers.get(`${version}/${action}`);
    if (!handler) throw commonErrors.invalidAction(action, version);
    return handler;
  }
}
