import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureApplications } from "@/lib/actions/applications/ensure-application";
import { receiveCallback } from "@/lib/actions/callbacks/receive-callback";
import { refusalCounterFor } from "@/lib/actions/callbacks/refusal-counter";
import { testCallbackTarget } from "@/lib/actions/callbacks/test-callback-target";
import { TEST_APP, TEST_KEY, TEST_TRTC_KEY } from "@/lib/callbacks/testing/deliveries";
import { BODY_EXCERPT_CHARACTERS, postSample } from "@/lib/callbacks/test-delivery/post-sample";
import { TEST_EVENT_MARK, signedSample } from "@/lib/callbacks/test-delivery/sample-event";
import { verifyCssSignature } from "@/lib/callbacks/verify-css-signature";
import { verifyTrtcSignature } from "@/lib/callbacks/verify-trtc-signature";
import { applications, callbackEvents } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { messageText } from "@/lib/i18n/message-text";

/** An app the console manages but whose callbacks were never set up. */
const BARE_APP = 1400000999;

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe.each(testDatabaseKinds())("a test delivery to a real receiver on $name", (kind) => {
  const handle = useTestDatabase(kind);
  const arrived: { path: string; headers: IncomingMessage["headers"]; body: Buffer }[] = [];
  let server: Server;
  let origin = "";

  beforeAll(async () => {
    await ensureApplications(handle.db, [
      { sdkAppId: TEST_APP, name: "Test app", generation: "legacy" },
      { sdkAppId: BARE_APP, name: "Bare app", generation: "legacy" },
    ]);
    await handle.db
      .update(applications)
      .set({ callbackKey: TEST_KEY, trtcCallbackKey: TEST_TRTC_KEY })
      .where(eq(applications.sdkAppId, TEST_APP));
    // The console's own receiver over real HTTP, plus receivers that misbehave.
    server = createServer((request, response) => {
      void (async () => {
        const path = request.url ?? "/";
        const body = await readAll(request);
        arrived.push({ path, headers: request.headers, body });
        if (path === "/slow") return; // never answers
        if (path === "/big") return void response.writeHead(500).end("x".repeat(10_000));
        if (path === "/moved") return void response.writeHead(302, { location: "/api/callbacks/trtc" }).end();
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers))
          if (typeof value === "string") headers.set(name, value);
        const family = path === "/api/callbacks/trtc" ? "trtc" : "css";
        const reply = await receiveCallback(
          new Request(`http://127.0.0.1${path}`, { method: "POST", headers, body: new Uint8Array(body) }),
          family,
          { db: handle.db },
        );
        response.writeHead(reply.status, { "content-type": "application/json" }).end(await reply.text());
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(async () => {
    arrived.length = 0;
    await refusalCounterFor(handle.db).flush();
    await handle.db.delete(callbackEvents);
  });
  const stored = () => handle.db.select().from(callbackEvents).orderBy(asc(callbackEvents.id));

  it("sends TRTC's sample to the console's receiver, signed with the app's TRTC key, which accepts and stores it", async () => {
    const target = await testCallbackTarget(handle.db, "trtc", TEST_APP, origin);
    expect(target).toEqual({ ok: true, url: `${origin}/api/callbacks/trtc`, key: TEST_TRTC_KEY });
    if (!target.ok) return;
    const answer = await postSample(target.url, signedSample("trtc", TEST_APP, target.key, Date.now()));
    expect(answer).toMatchObject({ isAnswered: true, status: 200, isAccepted: true, bodyExcerpt: '{"code":0}' });
    if (answer.isAnswered) expect(answer.latencyMs).toBeGreaterThanOrEqual(0);

    // What arrived is signed as TRTC signs: checked here by the verifier, independently of the receiver.
    const [delivery] = arrived;
    expect(delivery?.headers.sdkappid).toBe(String(TEST_APP));
    const sign = delivery?.headers.sign;
    expect(
      verifyTrtcSignature(delivery?.body ?? Buffer.alloc(0), typeof sign === "string" ? sign : null, {
        current: TEST_TRTC_KEY,
        previous: null,
      }),
    ).toEqual({ valid: true });
    const [row] = await stored();
    expect(row).toMatchObject({ family: "trtc", sdkAppId: TEST_APP, eventType: 301, signatureValid: true });
    expect(row?.payload).toMatchObject({ EventInfo: { RoomId: TEST_EVENT_MARK, TaskId: TEST_EVENT_MARK } });
  });

  it("sends the recording callback's sample signed with the callback key: md5(key + t) in the body", async () => {
    const nowMs = Date.now();
    const answer = await postSample(
      `${origin}/api/callbacks/recording`,
      signedSample("css", TEST_APP, TEST_KEY, nowMs),
    );
    expect(answer).toMatchObject({ isAnswered: true, status: 200, isAccepted: true });
    const body = JSON.parse(arrived[0]?.body.toString("utf8") ?? "{}") as Record<string, unknown>;
    expect(verifyCssSignature(body, TEST_KEY, Math.floor(nowMs / 1000))).toEqual({ valid: true });
    expect(body).toMatchObject({ event_type: 100, appname: `trtc_${TEST_APP}`, stream_id: TEST_EVENT_MARK });
    expect((await stored())[0]).toMatchObject({ family: "css", streamId: TEST_EVENT_MARK, signatureValid: true });
    // A second test is a new event, not a repeat of the first.
    await postSample(`${origin}/api/callbacks/recording`, signedSample("css", TEST_APP, TEST_KEY, nowMs + 1000));
    expect(await stored()).toHaveLength(2);
  });

  it("reports a refusal as the receiver answered it, without the key anywhere in the answer", async () => {
    const answer = await postSample(
      `${origin}/api/callbacks/trtc`,
      signedSample("trtc", TEST_APP, "OtherKey1", Date.now()),
    );
    expect(answer).toMatchObject({ isAnswered: true, status: 401, isAccepted: false });
    if (answer.isAnswered) expect(answer.bodyExcerpt).toContain("Sign");
    expect(JSON.stringify(answer)).not.toContain("OtherKey1");
    expect((await stored())[0]).toMatchObject({ signatureValid: false, refusalReason: "bad-signature" });
  });

  it("gives up after the timeout, cuts a long answer, and does not follow a redirect", async () => {
    const sample = signedSample("trtc", TEST_APP, TEST_TRTC_KEY, Date.now());
    const slow = await postSample(`${origin}/slow`, sample, { timeoutMs: 300 });
    expect(slow.isAnswered).toBe(false);
    if (!slow.isAnswered) {
      expect(messageText(slow.problem)).toBe("the receiver did not answer within 0.3 s");
      expect(slow.latencyMs).toBeGreaterThanOrEqual(250);
    }
    const big = await postSample(`${origin}/big`, sample);
    expect(big).toMatchObject({ isAnswered: true, status: 500, isAccepted: false });
    if (big.isAnswered) expect(Array.from(big.bodyExcerpt)).toHaveLength(BODY_EXCERPT_CHARACTERS + 1);
    const moved = await postSample(`${origin}/moved`, sample);
    expect(moved).toMatchObject({ isAnswered: true, status: 302, isAccepted: false });
    expect(arrived.map((delivery) => delivery.path)).toEqual(["/slow", "/big", "/moved"]);
  });

  it("says when nothing answers at the address", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const answer = await postSample(`http://127.0.0.1:${port}/`, signedSample("css", TEST_APP, TEST_KEY, Date.now()));
    expect(answer.isAnswered).toBe(false);
    if (!answer.isAnswered)
      expect(messageText(answer.problem)).toMatch(/^the receiver could not be reached \(.*ECONNREFUSED/);
  });

  it("sends nothing without a configured URL and key, and says what to set", async () => {
    const css = await testCallbackTarget(handle.db, "css", TEST_APP, origin);
    expect(css.ok ? "" : messageText(css.problem)).toBe(
      "No recording callback URL is set: set one in Settings → Recording callbacks first.",
    );
    const trtc = await testCallbackTarget(handle.db, "trtc", BARE_APP, origin);
    expect(trtc.ok ? "" : messageText(trtc.problem)).toBe(
      "This application has no TRTC callback key yet: make one in Settings → TRTC callbacks first.",
    );
  });
});
