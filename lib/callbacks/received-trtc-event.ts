import { isRecord } from "./parse-callback-body";

/** A verified TRTC event (group 1, 2 or 3), read from its body for whatever acts on it. */
export interface ReceivedTrtcEvent {
  sdkAppId: number;
  eventGroupId: number;
  eventType: number;
  /** The body's EventInfo as sent; fields TRTC adds later stay in it. */
  eventInfo: Record<string, unknown>;
  /** When it happened: EventMsTs, else EventTs (seconds) in ms. */
  eventMs: number;
  receivedAt: Date;
}

/** Any later instant than this is not a time (unix-time.ts draws the same line). */
const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

function integer(value: unknown): number | null {
  const number = typeof value === "string" && /^\d{1,16}$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isSafeInteger(number) ? number : null;
}

function eventMsOf(info: Record<string, unknown>): number | null {
  const ms = integer(info.EventMsTs);
  if (ms !== null && ms > 0 && ms <= LATEST_MS) return ms;
  // EventTs is a number of seconds, a string in some samples (reference §4.4).
  const seconds = integer(info.EventTs);
  return seconds !== null && seconds > 0 && seconds * 1000 <= LATEST_MS ? seconds * 1000 : null;
}

/**
 * The parts of a verified body that events are acted on by; null when the body lacks one (a
 * signed body can still be malformed: it is stored for the inbox and acted on by nothing).
 */
export function receivedTrtcEventOf(
  sdkAppId: number,
  body: Record<string, unknown>,
  receivedAt: Date,
): ReceivedTrtcEvent | null {
  const eventGroupId = integer(body.EventGroupId);
  const eventType = integer(body.EventType);
  const eventInfo = body.EventInfo;
  if (eventGroupId === null || eventType === null || !isRecord(eventInfo)) return null;
  const eventMs = eventMsOf(eventInfo);
  if (eventMs === null) return null;
  return { sdkAppId, eventGroupId, eventType, eventInfo, eventMs, receivedAt };
}
