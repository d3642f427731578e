import { createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startCallbackReceiver } from "./helpers/callback-receiver";
import { resetCloud } from "./helpers/control-plane";
import { bindCssRecordCallbacks, cssEventsAt, isSignedWith } from "./helpers/css-callbacks";
import {
  errorOf,
  liveClient,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  TEST_CREDENTIAL,
  TEST_PUSH_DOMAIN,
  type TestCloud,
} from "./helpers/test-cloud";
import { configureTrtcCallbacks } from "./helpers/trtc-callbacks";
import { CommonClient } from "tencentcloud-sdk-nodejs/tencentcloud/common/common_client";
import { TRTC_API_VERSION } from "../src/services/trtc/version";
import type { DeliverTestCallbackResponse } from "../src/callbacks/test-delivery/deliver-test-callback";

const TRTC_KEY = "trtcKey0123456789";
const CSS_KEY = "cssKey42";

describe("DeliverTestCallback (local-only)", () => {
  let env: TestCloud;
  const deliver = (params: Record<string, unknown>) =>
    env.rawTrtc.request("DeliverTestCallback", params) as Promise<DeliverTestCallbackResponse>;

  beforeAll(async () => {
    env = await startTestCloud();
  });
  afterAll(async () => {
    await env.cloud.close();
    await removeDataDir(env.dataDir);
  });
  beforeEach(async () => {
    await resetCloud(env.cloud);
    await configureTrtcCallbacks(env.cloud, TEST_APP, {});
  });

  it("sends TRTC's sample to the recording callback the cloud holds, signed with its key", async () => {
    const receiver = await startCallbackReceiver([202]);
    try {
      await configureTrtcCallbacks(env.cloud, TEST_APP, { recording: { url: receiver.url, key: TRTC_KEY } });
      const answer = await deliver({ SdkAppId: TEST_APP, Kind: "trtc" });
      expect(answer).toMatchObject({ Url: receiver.url, IsAnswered: true, StatusCode: 202, BodyExcerpt: '{"code":0}' });
      expect(answer.LatencyMs).toBeGreaterThanOrEqual(0);
      const [received] = await receiver.waitFor(1);
      const raw = received?.body ?? "";
      expect(received?.headers.sign).toBe(createHmac("sha256", TRTC_KEY).update(raw).digest("base64"));
      expect(received?.headers.sdkappid).toBe(String(TEST_APP));
      expect(JSON.parse(raw)).toMatchObject({ EventGroupId: 3, EventType: 301 });
    } finally {
      await receiver.close();
    }
  });

  it("sends CSS's event 100 to the callback template bound to the app's stream path", async () => {
    const receiver = await startCallbackReceiver();
    try {
      await bindCssRecordCallbacks(liveClient(env.cloud.port), {
        receiverUrl: receiver.url,
        domainName: TEST_PUSH_DOMAIN,
        appName: `trtc_${TEST_APP}`,
        name: "test",
        key: CSS_KEY,
      });
      const answer = await deliver({ SdkAppId: TEST_APP, Kind: "css" });
      expect(answer).toMatchObject({ IsAnswered: true, StatusCode: 200, Url: new URL("/record", receiver.url).href });
      const [event] = cssEventsAt(await receiver.waitFor(1), "/record");
      expect(event).toMatchObject({ event_type: 100, appname: `trtc_${TEST_APP}`, app: TEST_PUSH_DOMAIN });
      expect(event && isSignedWith(event, CSS_KEY)).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it("says what is missing when the cloud holds no URL or no key", async () => {
    expect(await deliver({ SdkAppId: TEST_APP, Kind: "css" })).toMatchObject({
      Problem: "NoCallbackUrl",
      IsAnswered: false,
    });
    await configureTrtcCallbacks(env.cloud, TEST_APP, { recording: { url: "http://127.0.0.1:9/cb", key: null } });
    expect(await deliver({ SdkAppId: TEST_APP, Kind: "trtc" })).toMatchObject({
      Problem: "NoCallbackKey",
      Url: "http://127.0.0.1:9/cb",
    });
  });

  it("reports a receiver that does not answer", async () => {
    const gone = await startCallbackReceiver();
    await gone.close();
    await configureTrtcCallbacks(env.cloud, TEST_APP, { recording: { url: gone.url, key: TRTC_KEY } });
    const answer = await deliver({ SdkAppId: TEST_APP, Kind: "trtc" });
    expect(answer).toMatchObject({ IsAnswered: false, Problem: "Unreachable", StatusCode: null });
    expect(answer.Detail).toContain("ECONNREFUSED");
  });

  it("refuses an app the account does not have, and a wrong kind, as TRTC refuses them", async () => {
    expect((await errorOf(deliver({ SdkAppId: 1400000001, Kind: "trtc" }))).code).toBe(
      "FailedOperation.SdkAppIdNotExist",
    );
    expect((await errorOf(deliver({ SdkAppId: TEST_APP, Kind: "vod" }))).code).toBe("InvalidParameterValue");
  });

  it("needs a TC3 signature with a known key", async () => {
    const port = env.cloud.port;
    const wrongKey = new CommonClient(`127.0.0.1:${port}`, TRTC_API_VERSION, {
      credential: { secretId: TEST_CREDENTIAL.secretId, secretKey: "wrongSecretKey" },
      region: "ap-guangzhou",
      profile: { httpProfile: { endpoint: `127.0.0.1:${port}`, protocol: "http://" } },
    });
    const error = await errorOf(wrongKey.request("DeliverTestCallback", { SdkAppId: TEST_APP, Kind: "trtc" }));
    expect(error.code).toBe("AuthFailure.SignatureFailure");
    const unsigned = await fetch(env.cloud.url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "X-TC-Action": "DeliverTestCallback",
        "X-TC-Version": TRTC_API_VERSION,
      },
      body: JSON.stringify({ SdkAppId: TEST_APP, Kind: "trtc" }),
    });
    const body = (await unsigned.json()) as { Response: { Error?: { Code: string } } };
    expect(body.Response.Error?.Code).toMatch(/^AuthFailure/);
  });
});
