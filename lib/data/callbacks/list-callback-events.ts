import "server-only";
import { and, desc, eq, gte, lt, lte, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { callbackEvents, type CallbackEventRow } from "@/lib/db/schema";
import type { CallbackFilters } from "@/lib/schemas/callback-filters";
import { decodeCssEvent, decodeTrtcEvent, type DecodedField } from "@/lib/callbacks/decode-event";
import { callbackEventName } from "@/lib/callbacks/event-names";
import { isRecord } from "@/lib/callbacks/parse-callback-body";
import type { CallbackEventDto, CallbackEventPage } from "@/lib/callbacks/types";
import { msg } from "@/lib/i18n/message";

/**
 * Decoding reads bodies anyone could have sent. It is written not to throw, and this guard keeps
 * that promise for the page: one row it cannot read shows so instead of taking the inbox down.
 */
function decodeRow(row: CallbackEventRow): DecodedField[] {
  const payload = isRecord(row.payload) ? row.payload : null;
  if (!payload) return [];
  try {
    return row.family === "css" ? decodeCssEvent(payload) : decodeTrtcEvent(payload);
  } catch (error) {
    console.warn(`[callbacks] could not decode event ${row.id}:`, error);
    return [
      { label: msg("callbacks.decoded.decoding"), value: msg("callbacks.decoded.undecodable"), isValueMessage: true },
    ];
  }
}

function toDto(row: CallbackEventRow): CallbackEventDto {
  return {
    id: row.id,
    family: row.family,
    eventType: row.eventType,
    eventName: callbackEventName(row.eventType),
    sdkAppId: row.sdkAppId,
    streamId: row.streamId,
    signatureValid: row.signatureValid,
    problem: row.problem,
    deliveries: row.deliveries,
    receivedAt: row.receivedAt.toISOString(),
    lastDeliveredAt: row.lastDeliveredAt.toISOString(),
    eventTime: row.eventTime?.toISOString() ?? null,
    decoded: decodeRow(row),
    rawBody: row.rawBody,
    refusal: row.signatureValid
      ? null
      : { source: row.source, reason: row.refusalReason, headers: row.headers ?? {}, bodyBytes: row.bodyBytes },
  };
}

/** Newest first, filtered, one page at a time (keyset on id, so polling and paging stay cheap). */
export async function listCallbackEvents(db: Db, filters: CallbackFilters): Promise<CallbackEventPage> {
  const conditions: SQL[] = [];
  if (filters.eventType !== undefined) conditions.push(eq(callbackEvents.eventType, filters.eventType));
  if (filters.sdkAppId !== undefined) conditions.push(eq(callbackEvents.sdkAppId, filters.sdkAppId));
  if (filters.streamId) conditions.push(eq(callbackEvents.streamId, filters.streamId));
  if (filters.signature) conditions.push(eq(callbackEvents.signatureValid, filters.signature === "valid"));
  if (filters.from) conditions.push(gte(callbackEvents.receivedAt, filters.from));
  if (filters.to) conditions.push(lte(callbackEvents.receivedAt, filters.to));
  if (filters.beforeId !== undefined) conditions.push(lt(callbackEvents.id, filters.beforeId));
  const rows = await db
    .select()
    .from(callbackEvents)
    .where(and(...conditions))
    .orderBy(desc(callbackEvents.id))
    .limit(filters.limit + 1);
  const page = rows.slice(0, filters.limit);
  const last = page.at(-1);
  return { events: page.map(toDto), nextBeforeId: rows.length > filters.limit && last ? last.id : null };
}
