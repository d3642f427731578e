import { createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startCallbackReceiver, type ReceivedCallback } from "./helpers/callback-receiver";
import { eventually } from "./helpers/eventually";
import { freePort } from "./helpers/free-port";
import { startLavfiPush } from "./helpers/lavfi-push";
import { removeDataDir, startTestCloud, TEST_APP, type TestCloud } from "./helpers/test-cloud";
import { controlFetch, resetCloud } from "./helpers/control-plane";

/*
 * TRTC's room and media event callbacks (trtc.io 39558): sent to the URL set on TRTC console's
 * callback page (here /_local/trtc-callbacks/<SdkAppId>), signed Sign = base64(HMAC-SHA256(key,
 * body)) with an SdkAppId header, on TRTC's schedule: 5 s timeout, an immediate retry, then every
 * 10 s until the event is a minute old (shortened here by the local cloud's options).
 */

const KEY = "roomEventKey42";
const RETRY_MS = 400;
const MAX_AGE_MS = 1_500;

interface RoomEvent {
  EventGroupId: number;
  EventType: number;
  CallbackTs: number;
  EventInfo: { RoomId: number | string; EventMsTs: number; UserId?: string; Role?: number; Reason?: number };
}

let env: TestCloud;

const configure = (settings: unknown, sdkAppId = TEST_APP) =>
  controlFetch(env.cloud, `/_local/trtc-callbacks/${sdkAppId}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(settings),
  });

const eventsOf = (received: ReceivedCallback[], userId: string) =>
  received
    .map((request) => JSON.parse(request.body) as RoomEvent)
    .filter((event) => event.EventInfo.UserId === userId || event.EventType === 102);

const relayUrl = (room: number, userId: string, streamType = "main") =>
  `rtmp://127.0.0.1:${env.cloud.rtmpPort}/trtc_${TEST_APP}/${userId}_${streamType}?roomid=${room}&userid=${userId}&streamtype=${streamType}`;

beforeAll(async () => {
  env = await startTestCloud({ trtcCallbackRetryIntervalMs: RETRY_MS, trtcCallbackMaxAgeMs: MAX_AGE_MS });
});
afterAll(async () => {
  await env.cloud.close();
  await removeDataDir(env.dataDir);
});
beforeEach(async () => {
  await resetCloud(env.cloud);
  expect((await configure({ roomAndMedia: null, recording: null })).ok).toBe(true);
});

describe("TRTC's callback page, stood in for by /_local/trtc-callbacks", () => {
  it("keeps an app's URLs and shows whether a key is set, never the key", async () => {
    const settings = {
      roomAndMedia: { url: "http://127.0.0.1:1/room", key: KEY },
      recording: { url: "https://example.com/rec", key: null },
    };
    expect((await configure(settings)).status).toBe(200);
    const shown = (await (await fetch(`${env.cloud.url}/_local/trtc-callbacks/${TEST_APP}`)).json()) as unknown;
    expect(shown).toEqual({
      roomAndMedia: { url: "http://127.0.0.1:1/room", hasKey: true },
      recording: { url: "https://example.com/rec", hasKey: false },
    });
  });

  it("refuses what TRTC's form refuses: a key over 32 letters and digits, a URL that is not http(s), an unknown app", async () => {
    const longKey = await configure({ roomAndMedia: { url: "http://127.0.0.1:1/", key: "a".repeat(33) } });
    expect(longKey.status).toBe(400);
    expect(((await longKey.json()) as { error: string }).error).toMatch(/key must be 1 to 32 letters and digits/);
    const ftp = await configure({ recording: { url: "ftp://127.0.0.1/", key: null } });
    expect(((await ftp.json()) as { error: string }).error).toMatch(/http:\/\/ or https:\/\//);
    expect((await configure({ roomAndMedia: null }, 1400009999)).status).toBe(404);
  });
});

describe("room and media events", () => {
  it("sends 101, 103, 201 and 203 as a user publishes, then only 104 and 102 as they leave, signed", async () => {
    const receiver = await startCallbackReceiver();
    try {
      expect((await configure({ roomAndMedia: { url: receiver.url, key: KEY } })).ok).toBe(true);
      const push = startLavfiPush(relayUrl(4242, "alice"), 2);
      await push.exited;
      const received = await receiver.waitFor(6);
      const events = eventsOf(received, "alice").sort((a, b) => a.EventInfo.EventMsTs - b.EventInfo.EventMsTs);
      expect(events.map((event) => event.EventType).sort()).toEqual([101, 102, 103, 104, 201, 203]);
      const types = events.map((event) => event.EventType);
      expect(types.indexOf(104)).toBeGreaterThan(types.indexOf(201));
      expect(types.indexOf(102)).toBe(types.length - 1);
      for (const event of events) {
        expect(event.EventGroupId).toBe(event.EventType < 200 ? 1 : 2);
        expect(event.EventInfo.RoomId).toBe(4242);
      }
      const enter = events.find((event) => event.EventType === 103);
      expect(enter?.EventInfo).toMatchObject({ UserId: "alice", Role: 20, Reason: 1 });
      for (const request of received) {
        expect(request.headers.sdkappid).toBe(String(TEST_APP));
        expect(request.headers.sign).toBe(createHmac("sha256", KEY).update(request.body).digest("base64"));
        const body = JSON.parse(request.body) as RoomEvent;
        expect(Math.abs(body.CallbackTs - request.receivedAt)).toBeLessThan(5_000);
      }
    } finally {
      await receiver.close();
    }
  });

  it("sends 205 and 206 for the sub-stream, and no 202/204 when the user then leaves", async () => {
    const receiver = await startCallbackReceiver();
    try {
      expect((await configure({ roomAndMedia: { url: receiver.url, key: null } })).ok).toBe(true);
      const main = startLavfiPush(relayUrl(4343, "bob"), 30);
      const aux = startLavfiPush(relayUrl(4343, "bob", "aux"), 30);
      await eventually(
        async () => eventsOf(receiver.received, "bob").some((event) => event.EventType === 205),
        "the sub-stream's 205 arrives",
      );
      await aux.stop();
      await eventually(
        async () => eventsOf(receiver.received, "bob").some((event) => event.EventType === 206),
        "the sub-stream's 206 arrives",
      );
      await main.stop();
      await eventually(
        async () => eventsOf(receiver.received, "bob").some((event) => event.EventType === 102),
        "the room's 102 arrives",
      );
      const types = eventsOf(receiver.received, "bob").map((event) => event.EventType);
      expect(types).toContain(104);
      expect(types).not.toContain(202);
      expect(types).not.toContain(204);
      expect(receiver.received.every((request) => request.headers.sign === undefined)).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it("a reset while a user publishes has delivered their 104 and the room's 102 when it returns", async () => {
    const receiver = await startCallbackReceiver();
    const push = startLavfiPush(relayUrl(4545, "dave"), 60);
    try {
      expect((await configure({ roomAndMedia: { url: receiver.url, key: KEY } })).ok).toBe(true);
      await eventually(
        async () => eventsOf(receiver.received, "dave").some((event) => event.EventType === 103),
        "dave's 103 arrives",
      );
      await resetCloud(env.cloud);
      // Nothing waits here: a receiver that missed these would keep dave in room 4545 for good.
      const types = eventsOf(receiver.received, "dave").map((event) => event.EventType);
      expect(types).toContain(104);
      expect(types).toContain(102);
    } finally {
      await push.stop();
      await receiver.close();
    }
  });

  it("sends nothing for an app whose room-and-media URL is not set", async () => {
    const receiver = await startCallbackReceiver();
    try {
      expect((await configure({ recording: { url: receiver.url, key: null } })).ok).toBe(true);
      await startLavfiPush(relayUrl(4444, "carol"), 1).exited;
      const deliveries = (await (await fetch(`${env.cloud.url}/_local/callbacks`)).json()) as {
        deliveries: unknown[];
      };
      expect(deliveries.deliveries).toEqual([]);
      expect(receiver.received).toEqual([]);
    } finally {
      await receiver.close();
    }
  });
});

describe("TRTC's delivery schedule", () => {
  it("retries at once, then after the interval: a receiver that fails twice gets the event on the third try", async () => {
    const receiver = await startCallbackReceiver([500, 500]);
    try {
      await env.cloud.callbackSink.enqueue({
        url: receiver.url,
        body: { EventGroupId: 1, EventType: 103, CallbackTs: Date.now(), EventInfo: { RoomId: 1, UserId: "x" } },
        signing: { kind: "trtc", key: KEY, sdkAppId: TEST_APP },
        eventKey: "schedule-three",
      });
      const [, second, third] = await receiver.waitFor(3);
      expect((third?.receivedAt ?? 0) - (second?.receivedAt ?? 0)).toBeGreaterThanOrEqual(RETRY_MS - 20);
      const view = await eventually(async () => {
        const { deliveries } = (await (await fetch(`${env.cloud.url}/_local/callbacks`)).json()) as {
          deliveries: Array<{ eventKey: string; status: string; attempts: number }>;
        };
        return deliveries.find((delivery) => delivery.eventKey === "schedule-three" && delivery.status === "delivered");
      }, "the delivery is marked delivered");
      expect(view.attempts).toBe(3);
    } finally {
      await receiver.close();
    }
  });

  it("drops an event once it is older than the maximum age: a receiver down that long never gets it", async () => {
    const port = await freePort();
    await env.cloud.callbackSink.enqueue({
      url: `http://127.0.0.1:${port}/down`,
      body: { EventGroupId: 1, EventType: 104, CallbackTs: Date.now(), EventInfo: { RoomId: 1, UserId: "y" } },
      signing: { kind: "trtc", key: null, sdkAppId: TEST_APP },
      eventKey: "schedule-dropped",
    });
    const dropped = await eventually(async () => {
      const { deliveries } = (await (await fetch(`${env.cloud.url}/_local/callbacks`)).json()) as {
        deliveries: Array<{ eventKey: string; status: string; attempts: number }>;
      };
      return deliveries.find((delivery) => delivery.eventKey === "schedule-dropped" && delivery.status === "failed");
    }, "the delivery is given up");
    // The first try, the immediate retry, then one every RETRY_MS while younger than MAX_AGE_MS.
    expect(dropped.attempts).toBeGreaterThanOrEqual(2);
    expect(dropped.attempts).toBeLessThanOrEqual(2 + Math.floor(MAX_AGE_MS / RETRY_MS));
    const receiver = await startCallbackReceiver([], port);
    try {
      const later = await startCallbackReceiver();
      await env.cloud.callbackSink.enqueue({
        url: later.url,
        body: { EventGroupId: 1, EventType: 101, CallbackTs: Date.now(), EventInfo: { RoomId: 2 } },
        signing: { kind: "trtc", key: null, sdkAppId: TEST_APP },
        eventKey: "schedule-after",
      });
      await later.waitFor(1);
      await later.close();
      expect(receiver.received).toEqual([]);
    } finally {
      await receiver.close();
    }
  });
});
