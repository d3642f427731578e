import { createHmac } from "node:crypto";
import { BENCH_APP, BENCH_TRTC_KEY } from "./console-process";

export interface SignedDelivery {
  body: string;
  headers: Record<string, string>;
}

/** Tencent sends from many servers: the valid load comes from this many source addresses. */
export const TENCENT_SOURCES = 50;
export const sourceOf = (index: number) => `203.0.113.${(index % TENCENT_SOURCES) + 1}`;

/**
 * A TRTC room event (103: a user entered) as TRTC posts it: a new `CallbackTs` per try, the
 * `Sign` header over the exact body, the SdkAppId header. `user` picks the event, so the same
 * user is the same event whatever its CallbackTs (a retry).
 */
export function enterRoomDelivery(user: string, source: string, room = 9001): SignedDelivery {
  const nowMs = Date.now();
  const body = JSON.stringify({
    EventGroupId: 1,
    EventType: 103,
    CallbackTs: nowMs,
    EventInfo: { RoomId: room, EventTs: 1_780_000_000, EventMsTs: 1_780_000_000_000, UserId: user, Role: 20 },
  });
  return {
    body,
    headers: {
      "content-type": "application/json",
      SdkAppId: String(BENCH_APP),
      Sign: createHmac("sha256", BENCH_TRTC_KEY).update(body).digest("base64"),
      "x-forwarded-for": source,
    },
  };
}

/** A forged delivery, different every time, as a fuzzer or a flood would send. */
export function garbageDelivery(index: number, source: string): SignedDelivery {
  return {
    body: JSON.stringify({ EventGroupId: 1, EventType: 103, CallbackTs: Date.now(), junk: "x".repeat(index % 512) }),
    headers: {
      "content-type": "application/json",
      SdkAppId: String(BENCH_APP),
      Sign: "forged",
      "x-forwarded-for": source,
    },
  };
}
