import { summarizeCssEvent, summarizeTrtcEvent } from "../../../lib/callbacks/summarize-event";
import { verifyCssSignature } from "../../../lib/callbacks/verify-css-signature";
import { verifyTrtcSignature } from "../../../lib/callbacks/verify-trtc-signature";
import type { ReceivedCallback } from "./callback-receiver";

/** An event as the console's inbox keeps it: once, however many deliveries carried it. */
export interface InboxEvent {
  family: "css" | "trtc";
  body: Record<string, unknown>;
  dedupeKey: string;
  deliveries: number;
}

const header = (callback: ReceivedCallback, name: string) => {
  const value = callback.headers[name];
  return typeof value === "string" ? value : null;
};

/**
 * The deliveries a receiver got, folded the way the console's inbox folds them, with the console's
 * own code: each checked against its key (CSS `sign` in the body, TRTC `Sign` header), and kept
 * once per dedupe key. TRTC deliveries are those with an `SdkAppId` header. Throws on a delivery
 * that does not verify: a stand-in cloud must never send one.
 */
export function foldLikeTheConsoleInbox(
  received: readonly ReceivedCallback[],
  keys: { css: string; trtc: string },
): InboxEvent[] {
  const events = new Map<string, InboxEvent>();
  for (const callback of received) {
    const body = JSON.parse(callback.body) as Record<string, unknown>;
    const sdkAppId = header(callback, "sdkappid");
    const isTrtc = sdkAppId !== null;
    const check = isTrtc
      ? verifyTrtcSignature(Buffer.from(callback.body, "utf8"), header(callback, "sign"), { current: keys.trtc })
      : verifyCssSignature(body, keys.css, Math.floor(callback.receivedAt / 1000));
    if (!check.valid)
      throw new Error(`a delivery to ${callback.path} does not verify: ${check.problem}\n${callback.body}`);
    const { dedupeKey } = isTrtc ? summarizeTrtcEvent(body, sdkAppId) : summarizeCssEvent(body);
    const known = events.get(dedupeKey);
    if (known) known.deliveries += 1;
    else events.set(dedupeKey, { family: isTrtc ? "trtc" : "css", body, dedupeKey, deliveries: 1 });
  }
  return [...events.values()];
}

/** A TRTC event's type, task and payload (EventGroupId 3 bodies). */
export function taskEventOf(event: InboxEvent): {
  eventType: number;
  taskId: string;
  payload: Record<string, unknown>;
} {
  const info = (event.body.EventInfo ?? {}) as { TaskId?: unknown; Payload?: unknown };
  return {
    eventType: Number(event.body.EventType),
    taskId: typeof info.TaskId === "string" ? info.TaskId : "",
    payload: (info.Payload ?? {}) as Record<string, unknown>,
  };
}
