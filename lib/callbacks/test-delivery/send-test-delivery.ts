import "server-only";
import { testCallbackTarget } from "@/lib/actions/callbacks/test-callback-target";
import { cloudClients, type TrtcClient } from "@/lib/cloud/clients";
import { deliverTestCallback, type LocalTestDelivery } from "@/lib/cloud/trtc/deliver-test-callback";
import type { Db } from "@/lib/db/open-database";
import { env } from "@/lib/env";
import { msg } from "@/lib/i18n/message";
import { postSample, TEST_DELIVERY_TIMEOUT_MS, type TestDeliveryResult } from "./post-sample";
import { signedSample, type TestCallbackKind } from "./sample-event";

/** A test sent (with what came back), or why none was: `problem` is a message (`msg`). */
export type TestDeliveryOutcome = { ok: true; result: TestDeliveryResult } | { ok: false; problem: string };

/** What to set when the local cloud holds no receiver or key for a kind. */
const LOCAL_MISSING = {
  css: { NoCallbackUrl: "localNoCssUrl", NoCallbackKey: "localNoCssKey" },
  trtc: { NoCallbackUrl: "localNoTrtcUrl", NoCallbackKey: "localNoTrtcKey" },
} as const;

function fromLocalCloud(
  answer: LocalTestDelivery,
  kind: TestCallbackKind,
  sdkAppId: number,
  origin: string,
): TestDeliveryOutcome {
  const sent = { sentBy: "localCloud" as const, url: answer.Url ?? "" };
  const isOwnReceiver = answer.Url !== null && new URL(answer.Url).origin === origin;
  if (answer.Problem === "NoCallbackUrl" || answer.Problem === "NoCallbackKey") {
    const key = LOCAL_MISSING[kind][answer.Problem];
    return { ok: false, problem: msg(`callbacks.testDelivery.errors.${key}`, { sdkAppId: String(sdkAppId) }) };
  }
  const latencyMs = answer.LatencyMs ?? 0;
  if (!answer.IsAnswered || answer.StatusCode === null) {
    const problem =
      answer.Problem === "Timeout"
        ? msg("callbacks.testDelivery.errors.timeout", { seconds: String(TEST_DELIVERY_TIMEOUT_MS / 1000) })
        : msg("callbacks.testDelivery.errors.unreachable", { detail: answer.Detail ?? "" });
    return { ok: true, result: { isAnswered: false, latencyMs, problem, isOwnReceiver, ...sent } };
  }
  const status = answer.StatusCode;
  const isAccepted = status >= 200 && status < 300;
  const bodyExcerpt = answer.BodyExcerpt ?? "";
  return { ok: true, result: { isAnswered: true, status, isAccepted, latencyMs, bodyExcerpt, isOwnReceiver, ...sent } };
}

/**
 * Sends a test event of `kind` for the app. Through a local cloud it asks the cloud to send it, so
 * the test shows what the cloud's side holds (its URL, its key, its signing). Tencent has no such
 * API: against Tencent's endpoints (or an endpoint that answers InvalidAction) the console signs
 * the sample with the key its receiver verifies with and posts it to the receiver it configured.
 * `trtc` null: do not ask the endpoint (Tencent's own endpoints, where the action cannot exist).
 */
export async function sendTestDelivery(
  db: Db,
  input: { kind: TestCallbackKind; sdkAppId: number; origin: string },
  trtc: TrtcClient | null = env.cloud.endpoint ? cloudClients().trtc : null,
): Promise<TestDeliveryOutcome> {
  const { kind, sdkAppId, origin } = input;
  const local = trtc ? await deliverTestCallback({ sdkAppId, kind }, trtc) : null;
  if (local) return fromLocalCloud(local, kind, sdkAppId, origin);
  const target = await testCallbackTarget(db, kind, sdkAppId, origin);
  if (!target.ok) return { ok: false, problem: target.problem };
  const answer = await postSample(target.url, signedSample(kind, sdkAppId, target.key, Date.now()));
  const isOwnReceiver = new URL(target.url).origin === origin;
  return { ok: true, result: { ...answer, isOwnReceiver, sentBy: "console", url: target.url } };
}
