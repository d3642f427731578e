import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json";
import { dateFromUnixMs, dateFromUnixSeconds } from "./unix-time";

export type CallbackFamily = "css" | "trtc";

/** What the inbox filters on, read defensively from a body anyone could have sent. */
export interface EventSummary {
  sdkAppId: number | null;
  eventType: number | null;
  streamId: string | null;
  eventTime: Date | null;
  /** Same for every delivery of one event, different for different events. */
  dedupeKey: string;
}

// Fields that change between deliveries of one event: CSS re-signs (t, sign), TRTC restamps CallbackTs.
const DELIVERY_FIELDS: Record<CallbackFamily, readonly string[]> = { css: ["t", "sign"], trtc: ["CallbackTs"] };

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asInteger(value: unknown): number | null {
  const number = typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof number === "number" && Number.isSafeInteger(number) ? number : null;
}

function asText(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/** Stream ids are at most 64 bytes at Tencent; the column is indexed, so a huge value stays in the body only. */
const MAX_STREAM_ID_LENGTH = 200;

function asStreamId(value: unknown): string | null {
  const text = asText(value);
  return text !== null && text.length <= MAX_STREAM_ID_LENGTH ? text : null;
}

export function dedupeKeyOf(family: CallbackFamily, body: Record<string, unknown>): string {
  const identifying = Object.fromEntries(
    Object.entries(body).filter(([key]) => !DELIVERY_FIELDS[family].includes(key)),
  );
  return `${family}:${createHash("sha256").update(canonicalJson(identifying)).digest("hex")}`;
}

/** The TRTC app a CSS event belongs to: `appname` is `trtc_<SdkAppId>`, or `sdkappid` in the push query. */
function cssSdkAppId(body: Record<string, unknown>): number | null {
  const fromPath = asText(body.appname)?.match(/^trtc_(\d+)$/)?.[1];
  if (fromPath) return asInteger(fromPath);
  const streamParam = asText(body.stream_param);
  return streamParam ? asInteger(new URLSearchParams(streamParam).get("sdkappid")) : null;
}

export function summarizeCssEvent(body: Record<string, unknown>): EventSummary {
  return {
    sdkAppId: cssSdkAppId(body),
    eventType: asInteger(body.event_type),
    streamId: asStreamId(body.stream_id) ?? asStreamId(body.channel_id),
    eventTime: dateFromUnixSeconds(asInteger(body.event_time) ?? asInteger(body.end_time)),
    dedupeKey: dedupeKeyOf("css", body),
  };
}

export function summarizeTrtcEvent(body: Record<string, unknown>, sdkAppIdHeader: string | null): EventSummary {
  const info = asRecord(body.EventInfo);
  const eventMs = asInteger(info.EventMsTs);
  const eventSeconds = asInteger(info.EventTs);
  return {
    sdkAppId: asInteger(sdkAppIdHeader),
    eventType: asInteger(body.EventType),
    // Cloud-recording events name a task and a room, not a stream.
    streamId: null,
    eventTime: dateFromUnixMs(eventMs) ?? dateFromUnixSeconds(eventSeconds),
    dedupeKey: dedupeKeyOf("trtc", body),
  };
}
