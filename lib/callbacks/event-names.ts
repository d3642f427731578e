import { msg } from "@/lib/i18n/message";

/** The callback events the receiver knows (reference §4.3, §4.4, §8; trtc.io 39558); their names are in the catalog. */
export const CALLBACK_EVENT_TYPES = [
  100, 332, 101, 102, 103, 104, 105, 201, 202, 203, 204, 205, 206, 301, 302, 303, 304, 305, 306, 307, 309, 310, 311,
  312,
] as const;

export type KnownCallbackEventType = (typeof CALLBACK_EVENT_TYPES)[number];

export function isKnownCallbackEventType(eventType: number): eventType is KnownCallbackEventType {
  return (CALLBACK_EVENT_TYPES as readonly number[]).includes(eventType);
}

/** An event's name as a message (`msg`), put into words where it is shown. */
export function callbackEventName(eventType: number | null): string {
  if (eventType === null) return msg("callbacks.events.unknown");
  return isKnownCallbackEventType(eventType)
    ? msg(`callbacks.events.names.${eventType}`)
    : msg("callbacks.events.other", { type: String(eventType) });
}
