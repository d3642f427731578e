import type { DecodedField } from "./decode-event";
import type { CallbackFamily } from "./summarize-event";

/** A stored delivery as the inbox shows it. */
export interface CallbackEventDto {
  id: number;
  family: CallbackFamily;
  eventType: number | null;
  /** A message (`msg`): put it into words where it is shown. */
  eventName: string;
  sdkAppId: number | null;
  streamId: string | null;
  signatureValid: boolean;
  problem: string | null;
  deliveries: number;
  receivedAt: string;
  lastDeliveredAt: string;
  eventTime: string | null;
  decoded: DecodedField[];
  rawBody: string;
  /** Refusals only (null for verified events): see callback_events in lib/db/schema.ts. */
  refusal: {
    source: string | null;
    reason: string | null;
    headers: Record<string, string>;
    bodyBytes: number | null;
  } | null;
}

export interface CallbackEventPage {
  events: CallbackEventDto[];
  /** Pass as `beforeId` for the next (older) page; null at the end. */
  nextBeforeId: number | null;
}
