import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureApplications } from "@/lib/actions/applications/ensure-application";
import { receiveCallback } from "@/lib/actions/callbacks/receive-callback";
import { refusalCounterFor } from "@/lib/actions/callbacks/refusal-counter";
import { TEST_KEY, TEST_TRTC_KEY } from "@/lib/callbacks/testing/deliveries";
import { verifyCssSignature } from "@/lib/callbacks/verify-css-signature";
import { verifyTrtcSignature } from "@/lib/callbacks/verify-trtc-signature";
import { applications, callbackEvents } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { messageText } from "@/lib/i18n/message-text";
import { bindCssRecordCallbacks } from "@/local-cloud/test/helpers/css-callbacks";
import {
  liveClient,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  TEST_PUSH_DOMAIN,
  trtcClient,
  type TestCloud,
} from "@/local-cloud/test/helpers/test-cloud";
import { configureTrtcCallbacks } from "@/local-cloud/test/helpers/trtc-callbacks";
import { sendTestDelivery } from "./send-test-delivery";
import { TEST_EVENT_MARK } from "./sample-event";

/*
 * The test button's path in local mode, end to end: a real local cloud holds the callback
 * configuration (TRTC's through /_local/trtc-callbacks, as the launcher sets it; CSS's through the
 * live API, as Settings applies it), the console asks it over the TC3-signed API to send a test,
 * and the console's own receiver, over real HTTP, verifies and stores what arrives.
 */
const [pglite] = testDatabaseKinds();

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe.runIf(pglite)("a test delivery sent by the local cloud", () => {
  if (!pglite) return;
  const handle = useTestDatabase(pglite);
  const arrived: { path: string; headers: IncomingMessage["headers"]; body: Buffer }[] = [];
  let env: TestCloud;
  let server: Server;
  let origin = "";

  beforeAll(async () => {
    env = await startTestCloud();
    await ensureApplications(handle.db, [{ sdkAppId: TEST_APP, name: "Test app", generation: "legacy" }]);
    await handle.db
      .update(applications)
      .set({ callbackKey: TEST_KEY, trtcCallbackKey: TEST_TRTC_KEY })
      .where(eq(applications.sdkAppId, TEST_APP));
    server = createServer((request, response) => {
      void (async () => {
        const path = request.url ?? "/";
        const body = await readAll(request);
        arrived.push({ path, headers: request.headers, body });
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers))
          if (typeof value === "string") headers.set(name, value);
        const reply = await receiveCallback(
          new Request(`http://127.0.0.1${path}`, { method: "POST", headers, body: new Uint8Array(body) }),
          path === "/api/callbacks/trtc" ? "trtc" : "css",
          { db: handle.db },
        );
        response.writeHead(reply.status, { "content-type": "application/json" }).end(await reply.text());
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    if (server) await new Promise((resolve) => server.close(resolve));
    await env?.cloud.close();
    if (env) await removeDataDir(env.dataDir);
  });
  beforeEach(async () => {
    arrived.length = 0;
    await refusalCounterFor(handle.db).flush();
    await handle.db.delete(callbackEvents);
    await configureTrtcCallbacks(env.cloud, TEST_APP, {});
  });
  const stored = () => handle.db.select().from(callbackEvents).orderBy(asc(callbackEvents.id));
  const send = (kind: "css" | "trtc") =>
    sendTestDelivery(handle.db, { kind, sdkAppId: TEST_APP, origin }, trtcClient(env.cloud.port));

  it("has the local cloud send TRTC's event to the URL and with the key it holds", async () => {
    await configureTrtcCallbacks(env.cloud, TEST_APP, {
      recording: { url: `${origin}/api/callbacks/trtc`, key: TEST_TRTC_KEY },
    });
    const sent = await send("trtc");
    expect(sent).toMatchObject({
      ok: true,
      result: { sentBy: "localCloud", url: `${origin}/api/callbacks/trtc`, isAnswered: true, status: 200 },
    });
    expect(sent.ok && sent.result).toMatchObject({ isAccepted: true, isOwnReceiver: true, bodyExcerpt: '{"code":0}' });
    const [delivery] = arrived;
    const sign = delivery?.headers.sign;
    expect(delivery?.headers.sdkappid).toBe(String(TEST_APP));
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

  it("shows what the cloud holds: a key other than the console's is refused by the console's receiver", async () => {
    await configureTrtcCallbacks(env.cloud, TEST_APP, {
      recording: { url: `${origin}/api/callbacks/trtc`, key: "StaleKey0000" },
    });
    const sent = await send("trtc");
    expect(sent).toMatchObject({ ok: true, result: { sentBy: "localCloud", status: 401, isAccepted: false } });
    expect((await stored())[0]).toMatchObject({ signatureValid: false, refusalReason: "bad-signature" });
  });

  it("has the local cloud send CSS's event 100 to the callback template on the app's stream path", async () => {
    await bindCssRecordCallbacks(liveClient(env.cloud.port), {
      receiverUrl: `${origin}/api/callbacks/recording`,
      domainName: TEST_PUSH_DOMAIN,
      appName: `trtc_${TEST_APP}`,
      name: "console",
      key: TEST_KEY,
    });
    const sent = await send("css");
    // bindCssRecordCallbacks points event 100 at <receiver>/record.
    expect(sent).toMatchObject({ ok: true, result: { sentBy: "localCloud", url: `${origin}/record`, status: 200 } });
    const body = JSON.parse(arrived[0]?.body.toString("utf8") ?? "{}") as Record<string, unknown>;
    expect(verifyCssSignature(body, TEST_KEY, Math.floor(Date.now() / 1000))).toEqual({ valid: true });
    expect(body).toMatchObject({ event_type: 100, appname: `trtc_${TEST_APP}`, stream_id: TEST_EVENT_MARK });
    expect((await stored())[0]).toMatchObject({ family: "css", streamId: TEST_EVENT_MARK, signatureValid: true });
  });

  it("says what to set when the local cloud holds no receiver or no key", async () => {
    const noUrl = await send("trtc");
    expect(noUrl.ok ? "" : messageText(noUrl.problem)).toBe(
      `The local cloud holds no TRTC recording callback URL for app ${TEST_APP}: set it through PUT /_local/trtc-callbacks/${TEST_APP} (the local launcher does it at start) first.`,
    );
    await configureTrtcCallbacks(env.cloud, TEST_APP, {
      recording: { url: `${origin}/api/callbacks/trtc`, key: null },
    });
    const noKey = await send("trtc");
    expect(noKey.ok ? "" : messageText(noKey.problem)).toContain("has no key");
    expect(arrived).toHaveLength(0);
  });

  it("signs and posts the sample itself when not asking an endpoint (Tencent has no test API)", async () => {
    const sent = await sendTestDelivery(handle.db, { kind: "trtc", sdkAppId: TEST_APP, origin }, null);
    expect(sent).toMatchObject({
      ok: true,
      result: { sentBy: "console", url: `${origin}/api/callbacks/trtc`, status: 200, isAccepted: true },
    });
  });
});
