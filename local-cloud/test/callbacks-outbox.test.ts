import { createHash, createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startCallbackReceiver } from "./helpers/callback-receiver";
import { eventually } from "./helpers/eventually";
import { removeDataDir, startTestCloud, type TestCloud } from "./helpers/test-cloud";
import { resetCloud } from "./helpers/control-plane";

const RETRY_MS = 100;

interface Delivery {
  eventKey: string;
  status: string;
  attempts: number;
  body: Record<string, unknown>;
}

describe("the callback outbox", () => {
  let env: TestCloud;

  const deliveries = async () =>
    ((await (await fetch(`${env.cloud.url}/_local/callbacks`)).json()) as { deliveries: Delivery[] }).deliveries;
  const deliveryOf = async (eventKey: string) =>
    (await deliveries()).find((delivery) => delivery.eventKey === eventKey);

  beforeAll(async () => {
    env = await startTestCloud({ callbackRetryIntervalMs: RETRY_MS });
  });
  afterAll(async () => {
    await env.cloud.close();
    await removeDataDir(env.dataDir);
  });
  beforeEach(async () => {
    await resetCloud(env.cloud);
  });

  it("signs CSS events with t = now + 600 and sign = md5(key + t)", async () => {
    const receiver = await startCallbackReceiver();
    try {
      await env.cloud.callbackSink.enqueue({
        url: receiver.url,
        body: { event_type: 100, file_id: "1" },
        signing: { kind: "css", key: "abc123" },
        eventKey: "css-1",
      });
      const [received] = await receiver.waitFor(1);
      const body = JSON.parse(received?.body ?? "{}") as { t: number; sign: string; event_type: number };
      expect(body.event_type).toBe(100);
      expect(Math.abs(body.t - (Math.floor(Date.now() / 1000) + 600))).toBeLessThanOrEqual(5);
      expect(body.sign).toBe(createHash("md5").update(`abc123${body.t}`).digest("hex"));
      await eventually(
        async () => (await deliveryOf("css-1"))?.status === "delivered",
        "the delivery is marked delivered",
      );
    } finally {
      await receiver.close();
    }
  });

  it("signs TRTC events with a Sign header over the raw body and an SdkAppId header", async () => {
    const receiver = await startCallbackReceiver();
    try {
      await env.cloud.callbackSink.enqueue({
        url: receiver.url,
        body: { EventGroupId: 3, EventType: 311 },
        signing: { kind: "trtc", key: "k3y", sdkAppId: 1400000999 },
        eventKey: "trtc-1",
      });
      const [received] = await receiver.waitFor(1);
      expect(received?.headers.sdkappid).toBe("1400000999");
      expect(received?.headers.sign).toBe(
        createHmac("sha256", "k3y")
          .update(received?.body ?? "")
          .digest("base64"),
      );
    } finally {
      await receiver.close();
    }
  });

  it("retries a receiver that answers 500 and delivers once it answers 200", async () => {
    const receiver = await startCallbackReceiver([500, 503]);
    try {
      await env.cloud.callbackSink.enqueue({
        url: receiver.url,
        body: { event_type: 100 },
        signing: { kind: "css", key: "k" },
        eventKey: "retry-1",
      });
      await receiver.waitFor(3);
      const delivery = await eventually(async () => {
        const current = await deliveryOf("retry-1");
        return current?.status === "delivered" ? current : undefined;
      }, "the third attempt is recorded as delivered");
      expect(delivery.attempts).toBe(3);
    } finally {
      await receiver.close();
    }
  });

  it("gives up after 12 attempts, as Tencent does", async () => {
    const receiver = await startCallbackReceiver(Array.from({ length: 20 }, () => 500));
    try {
      await env.cloud.callbackSink.enqueue({
        url: receiver.url,
        body: { event_type: 100 },
        signing: { kind: "css", key: "k" },
        eventKey: "give-up-1",
      });
      const failed = await eventually(async () => {
        const current = await deliveryOf("give-up-1");
        return current?.status === "failed" ? current : undefined;
      }, "the delivery is marked failed");
      expect(failed.attempts).toBe(12);
      expect(receiver.received).toHaveLength(12);
    } finally {
      await receiver.close();
    }
  });

  it("delivers to a receiver that was down when the event was queued", async () => {
    const receiver = await startCallbackReceiver();
    const url = receiver.url;
    await receiver.close();
    await env.cloud.callbackSink.enqueue({
      url,
      body: { event_type: 332 },
      signing: { kind: "css", key: "k" },
      eventKey: "down-1",
    });
    await eventually(async () => ((await deliveryOf("down-1"))?.attempts ?? 0) >= 1, "a first attempt has failed");
    // Back on the same port: the next retry reaches it.
    const back = await startCallbackReceiver([], Number(new URL(url).port));
    try {
      await eventually(
        async () => (await deliveryOf("down-1"))?.status === "delivered",
        "the retry reaches the receiver",
      );
      expect(back.received.map((entry) => entry.body).join("")).toContain('"event_type":332');
    } finally {
      await back.close();
    }
  });

  it("delivers an event enqueued twice (same key) once", async () => {
    const receiver = await startCallbackReceiver();
    try {
      const delivery = {
        url: receiver.url,
        body: { event_type: 100, file_id: "7" },
        signing: { kind: "css" as const, key: "k" },
        eventKey: "dup-1",
      };
      await env.cloud.callbackSink.enqueue(delivery);
      await env.cloud.callbackSink.enqueue(delivery);
      await eventually(async () => (await deliveryOf("dup-1"))?.status === "delivered", "it is delivered");
      expect(receiver.received).toHaveLength(1);
      expect((await deliveries()).filter((entry) => entry.eventKey === "dup-1")).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it("lists deliveries without the key", async () => {
    const receiver = await startCallbackReceiver();
    try {
      await env.cloud.callbackSink.enqueue({
        url: receiver.url,
        body: { event_type: 100 },
        signing: { kind: "css", key: "secretKey42" },
        eventKey: "list-1",
      });
      await eventually(async () => (await deliveryOf("list-1"))?.status === "delivered", "it is delivered");
      const text = await (await fetch(`${env.cloud.url}/_local/callbacks`)).text();
      expect(text).toContain("list-1");
      expect(text).not.toContain("secretKey42");
    } finally {
      await receiver.close();
    }
  });

  it("keeps pending deliveries across a restart", async () => {
    const receiver = await startCallbackReceiver();
    const url = receiver.url;
    await receiver.close();
    await env.cloud.callbackSink.enqueue({
      url,
      body: { event_type: 100 },
      signing: { kind: "css", key: "k" },
      eventKey: "restart-1",
    });
    await env.cloud.close();
    const again = await startCallbackReceiver([], Number(new URL(url).port));
    try {
      env = await startTestCloud({ dataDir: env.dataDir, callbackRetryIntervalMs: RETRY_MS });
      await again.waitFor(1);
      await eventually(
        async () => (await deliveryOf("restart-1"))?.status === "delivered",
        "the restarted outbox delivers it",
      );
    } finally {
      await again.close();
    }
  });
});
