import { z } from "zod";
import type { Account } from "../../account/account";
import type { ActionHandler } from "../../core/action-registry";
import { fields } from "../../core/params/fields";
import { parseParams } from "../../core/params/parse-params";
import type { Service } from "../../core/service";
import type { CallbackSigning } from "../../recording/contracts";
import { AppDirectory } from "../../services/trtc/models/app-directory";
import { TRTC_API_VERSION } from "../../services/trtc/version";
import type { CssConfig } from "../../services/live/models/css-config";
import type { TrtcCallbackConfig } from "../trtc-callback-config";
import { deliverOnce } from "./deliver-once";
import { cssTestEventBody, trtcTestEventBody } from "./test-event";

/**
 * Local-only: Tencent has no API that sends a test callback (neither CSS nor TRTC). The console
 * calls this on the TRTC version, TC3-signed like any call, so a test reaches the receiver the
 * cloud holds, with the key it holds, signed by the code that signs real callbacks.
 */
export const DELIVER_TEST_CALLBACK_ACTION = "DeliverTestCallback";

const deliverTestCallbackSchema = z.strictObject({
  SdkAppId: fields.integer(),
  Kind: z.enum(["css", "trtc"], { error: "must be `css` or `trtc`" }),
});

/** Why nothing was sent or no answer came: a code the console words, and the detail of a failure. */
type Problem = "NoCallbackUrl" | "NoCallbackKey" | "Timeout" | "Unreachable";

export interface DeliverTestCallbackResponse {
  /** Where the cloud sent it; null when it holds no URL for the kind. */
  Url: string | null;
  IsAnswered: boolean;
  StatusCode: number | null;
  LatencyMs: number | null;
  BodyExcerpt: string | null;
  Problem: Problem | null;
  Detail: string | null;
}

export interface TestCallbackDeps {
  account: Account;
  css: CssConfig;
  trtc: TrtcCallbackConfig;
}

interface Held {
  url: string | null;
  signing: CallbackSigning;
  body: Record<string, unknown>;
}

/** The receiver and key the cloud holds for the kind: the CSS callback rule on the app's stream path, or TRTC's recording config. */
async function heldTarget(
  deps: TestCallbackDeps,
  kind: "css" | "trtc",
  sdkAppId: number,
  nowMs: number,
): Promise<Held> {
  if (kind === "css") {
    const domain = deps.account.pushDomain();
    const target = await deps.css.callbackTargetFor({ domain, appName: `trtc_${sdkAppId}` });
    return {
      url: target?.recordNotifyUrl ?? null,
      signing: { kind: "css", key: target?.callbackKey ?? null },
      body: cssTestEventBody(sdkAppId, domain, nowMs),
    };
  }
  const target = await deps.trtc.targetFor(sdkAppId, "recording");
  return {
    url: target?.url ?? null,
    signing: { kind: "trtc", key: target?.key ?? null, sdkAppId },
    body: trtcTestEventBody(nowMs),
  };
}

const notSent = (url: string | null, problem: Problem): DeliverTestCallbackResponse => ({
  Url: url,
  IsAnswered: false,
  StatusCode: null,
  LatencyMs: null,
  BodyExcerpt: null,
  Problem: problem,
  Detail: null,
});

export const deliverTestCallback =
  (deps: TestCallbackDeps): ActionHandler =>
  async (params): Promise<DeliverTestCallbackResponse> => {
    const request = parseParams(deliverTestCallbackSchema, params);
    new AppDirectory(deps.account).assertExists(request.SdkAppId);
    const held = await heldTarget(deps, request.Kind, request.SdkAppId, Date.now());
    if (!held.url) return notSent(null, "NoCallbackUrl");
    // A real callback without a key goes unsigned; a test of it would prove nothing a receiver checks.
    if (!held.signing.key) return notSent(held.url, "NoCallbackKey");
    const answer = await deliverOnce(held.url, held.body, held.signing);
    return answer.isAnswered
      ? {
          Url: held.url,
          IsAnswered: true,
          StatusCode: answer.statusCode,
          LatencyMs: answer.latencyMs,
          BodyExcerpt: answer.bodyExcerpt,
          Problem: null,
          Detail: null,
        }
      : { ...notSent(held.url, answer.problem), LatencyMs: answer.latencyMs, Detail: answer.detail };
  };

/** The action as a service of its own: it holds no state, so there is nothing to reset or stop. */
export function testCallbackService(deps: TestCallbackDeps): Service {
  return {
    name: "test-callbacks",
    registerActions: (registry) =>
      registry.register(TRTC_API_VERSION, DELIVER_TEST_CALLBACK_ACTION, deliverTestCallback(deps)),
    reset: async () => undefined,
    close: async () => undefined,
  };
}
