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

const digest = (family: CallbackFamily, identifying: unknown) =>
  `${family}:${createHash("sha256").update(canonicalJson(identifying)).digest("hex")}`;

/** CSS re-signs every delivery (`t`, `sign`); everything else in the body is the event. */
function cssDedupeKey(body: Record<string, unknown>): string {
  return digest("css", Object.fromEntries(Object.entries(body).filter(([key]) => key !== "t" && key !== "sign")));
}

/**
 * A TRTC event is what happened, not when it was sent: `CallbackTs` is restamped on every attempt
 * (trtc.io 39558), and room events carry no unique id (the 2021 sample's UniqueId is not in the
 * current ones, cloud.tencent.com 647/51586). So the key is the app (the `SdkAppId` header, which
 * the body does not repeat), the group, the type and the whole EventInfo, canonicalised. Fields
 * TRTC may add at the top level later (it says it adds fields at any time) do not split one event.
 */
function trtcDedupeKey(body: Record<string, unknown>, sdkAppId: number | null): string {
  return digest("trtc", {
    SdkAppId: sdkAppId,
    EventGroupId: body.EventGroupId,
    EventType: body.EventType,
    EventInfo: body.EventInfo,
  });
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
    dedupeKey: cssDedupeKey(body),
  };
}

export function summarizeTrtcEvent(body: Record<string, unknown>, sdkAppIdHeader: string | null): EventSummary {
  const info = asRecord(body.EventInfo);
  const eventMs = asInteger(info.EventMsTs);
  const eventSeconds = asInteger(info.EventTs);
  const sdkAppId = asInteger(sdkAppIdHeader);
  return {
    sdkAppId,
    eventType: asInteger(body.EventType),
    // TRTC events name a room (and a task or a user), not a CSS stream.
    streamId: null,
    eventTime: dateFromUnixMs(eventMs) ?? dateFromUnixSeconds(eventSeconds),
    dedupeKey: trtcDedupeKey(body, sdkAppId),
  };
}
