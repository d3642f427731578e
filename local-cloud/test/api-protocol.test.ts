import Sign from "tencentcloud-sdk-nodejs/tencentcloud/common/sign";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CONSOLE_ORIGINS } from "../src/options";
import {
  commonClient,
  errorOf,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  TEST_CREDENTIAL,
  TEST_SAMPLE_SECONDS,
  trtcClient,
  type TestCloud,
} from "./helpers/test-cloud";

let env: TestCloud;
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  env = await startTestCloud();
});

afterAll(async () => {
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

/** A request signed by the SDK's own signer, with a timestamp of our choosing. */
async function signedFetch(action: string, body: object, timestamp: number): Promise<unknown> {
  const payload = Buffer.from(JSON.stringify(body));
  const endpoint = `127.0.0.1:${env.cloud.port}`;
  const authorization = Sign.sign3({
    method: "POST",
    url: `http://${endpoint}/`,
    payload,
    timestamp,
    service: "trtc",
    secretId: TEST_CREDENTIAL.secretId,
    secretKey: TEST_CREDENTIAL.secretKey,
    multipart: false,
    boundary: "",
    headers: { "Content-Type": "application/json" },
  });
  const response = await fetch(`http://${endpoint}/`, {
    method: "POST",
    headers: {
      Authorization: authorization,
      "Content-Type": "application/json",
      "X-TC-Action": action,
      "X-TC-Version": "2019-07-22",
      "X-TC-Timestamp": String(timestamp),
    },
    body: payload,
  });
  expect(response.status).toBe(200);
  return response.json();
}

describe("the Tencent API protocol, through the real SDK", () => {
  it("answers a signed call with the Response envelope the SDK unwraps", async () => {
    const response = await env.trtc.DescribeRoomInfo({ SdkAppId: TEST_APP, StartTime: now() - 60, EndTime: now() });
    expect(response).toMatchObject({ Total: 0, RoomList: [] });
    expect(response.RequestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("rejects a wrong SecretKey with AuthFailure.SignatureFailure", async () => {
    const client = trtcClient(env.cloud.port, { secretId: TEST_CREDENTIAL.secretId, secretKey: "wrong" });
    const error = await errorOf(client.DescribeRoomInfo({ SdkAppId: TEST_APP, StartTime: now() - 60, EndTime: now() }));
    expect(error.code).toBe("AuthFailure.SignatureFailure");
  });

  it("rejects an unknown SecretId with AuthFailure.SecretIdNotFound", async () => {
    const client = trtcClient(env.cloud.port, { secretId: "AKIDunknown", secretKey: TEST_CREDENTIAL.secretKey });
    const error = await errorOf(client.DescribeRoomInfo({ SdkAppId: TEST_APP, StartTime: now() - 60, EndTime: now() }));
    expect(error.code).toBe("AuthFailure.SecretIdNotFound");
  });

  it("rejects a timestamp more than 5 minutes old with AuthFailure.SignatureExpire", async () => {
    const body = { SdkAppId: TEST_APP, StartTime: now() - 60, EndTime: now() };
    expect(await signedFetch("DescribeRoomInfo", body, now())).toMatchObject({ Response: { Total: 0 } });
    expect(await signedFetch("DescribeRoomInfo", body, now() - 301)).toMatchObject({
      Response: { Error: { Code: "AuthFailure.SignatureExpire" } },
    });
  });

  it("answers InvalidAction for unknown actions and versions", async () => {
    expect((await errorOf(env.rawTrtc.request("NoSuchAction", {}))).code).toBe("InvalidAction");
    const otherVersion = commonClient(env.cloud.port, "2099-01-01");
    expect((await errorOf(otherVersion.request("DescribeRoomInfo", {}))).code).toBe("InvalidAction");
  });

  it("names a missing parameter", async () => {
    const error = await errorOf(env.rawTrtc.request("DescribeRoomInfo", { SdkAppId: TEST_APP, StartTime: now() }));
    expect(error.code).toBe("MissingParameter");
    expect(error.message).toContain("`EndTime`");
  });

  it("names a parameter of the wrong type, and what it must be", async () => {
    const error = await errorOf(
      env.rawTrtc.request("DescribeRoomInfo", { SdkAppId: String(TEST_APP), StartTime: now() - 60, EndTime: now() }),
    );
    expect(error).toMatchObject({ code: "InvalidParameter" });
    expect(error.message).toContain("`SdkAppId` must be an integer");
  });

  it("names a value out of range, and the range", async () => {
    const error = await errorOf(
      env.trtc.DescribeRoomInfo({ SdkAppId: TEST_APP, StartTime: now() - 60, EndTime: now(), PageSize: 500 }),
    );
    expect(error.code).toBe("InvalidParameterValue");
    expect(error.message).toContain("`PageSize` must be an integer between 1 and 100");
  });

  it("rejects parameters the action does not have", async () => {
    const error = await errorOf(env.rawTrtc.request("DismissRoom", { SdkAppId: TEST_APP, RoomId: 1, Roomid: 1 }));
    expect(error).toMatchObject({ code: "UnknownParameter" });
    expect(error.message).toContain("`Roomid`");
  });

  it("refuses query windows longer than TRTC allows", async () => {
    const rooms = await errorOf(
      env.trtc.DescribeRoomInfo({ SdkAppId: TEST_APP, StartTime: now() - 25 * 3600, EndTime: now() }),
    );
    expect(rooms.code).toBe("InvalidParameter.QueryScaleOversize");
    const users = await errorOf(
      env.trtc.DescribeUserInfo({ SdkAppId: TEST_APP, CommId: "x", StartTime: now() - 5 * 3600, EndTime: now() }),
    );
    expect(users.code).toBe("InvalidParameter.QueryScaleOversize");
  });

  it("answers FailedOperation.SdkAppIdNotExist for apps it does not host", async () => {
    const error = await errorOf(env.trtc.DismissRoom({ SdkAppId: 1400000001, RoomId: 1 }));
    expect(error.code).toBe("FailedOperation.SdkAppIdNotExist");
  });

  it("answers not-found codes for rooms and tasks that do not exist", async () => {
    expect((await errorOf(env.trtc.RemoveUser({ SdkAppId: TEST_APP, RoomId: 404, UserIds: ["a"] }))).code).toBe(
      "FailedOperation.RoomNotExist",
    );
    expect((await errorOf(env.trtc.DismissRoomByStrRoomId({ SdkAppId: TEST_APP, RoomId: "nobody" }))).code).toBe(
      "FailedOperation.RoomNotExist",
    );
    expect((await errorOf(env.trtc.StopStreamIngest({ SdkAppId: TEST_APP, TaskId: "nope" }))).code).toBe(
      "FailedOperation.TaskNotExist",
    );
    expect(await env.trtc.DescribeStreamIngest({ SdkAppId: TEST_APP, TaskId: "nope" })).toMatchObject({
      Status: "NotExist",
    });
  });

  it("fails StartStreamIngest with a readable reason when the URL cannot be played", async () => {
    const error = await errorOf(
      env.trtc.StartStreamIngest({
        SdkAppId: TEST_APP,
        RoomId: "missing-media",
        RoomIdType: 0,
        UserId: "bot",
        UserSig: "sig",
        StreamUrl: `${env.cloud.url}/_local/samples/no-such-clip.mp4`,
      }),
    );
    expect(error.code).toBe("FailedOperation");
    expect(error.message).toContain("404");
  });

  it("checks StartStreamIngest's room id against its RoomIdType", async () => {
    const error = await errorOf(
      env.trtc.StartStreamIngest({
        SdkAppId: TEST_APP,
        RoomId: "not-a-number",
        RoomIdType: 1,
        UserId: "bot",
        UserSig: "sig",
        StreamUrl: env.sampleUrl("red-360p"),
      }),
    );
    expect(error.code).toBe("InvalidParameter.RoomId");
  });

  it("answers other methods than POST with an error envelope, still HTTP 200", async () => {
    const response = await fetch(`${env.cloud.url}/`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ Response: { Error: { Code: "UnsupportedOperation" } } });
  });
});

describe("the control plane", () => {
  it("reports health", async () => {
    const response = await fetch(`${env.cloud.url}/_local/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("lists the sample clips with absolute URLs and their real size", async () => {
    const body = (await (await fetch(`${env.cloud.url}/_local/samples`)).json()) as {
      samples: Array<{ name: string; url: string; width: number; height: number; durationSeconds: number }>;
    };
    expect(body.samples.map((sample) => sample.name)).toEqual(["red-360p", "green-360p", "blue-720p", "yellow-720p"]);
    expect(body.samples[2]).toMatchObject({ url: env.sampleUrl("blue-720p"), width: 1280, height: 720 });
    expect(body.samples[0]?.durationSeconds).toBeCloseTo(TEST_SAMPLE_SECONDS, 0);
  });

  it("serves a sample with Range support and CORS", async () => {
    const whole = await fetch(env.sampleUrl("red-360p"));
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("video/mp4");
    const size = (await whole.arrayBuffer()).byteLength;
    const origin = DEFAULT_CONSOLE_ORIGINS[0] ?? "";
    const part = await fetch(env.sampleUrl("red-360p"), { headers: { Range: "bytes=10-19", Origin: origin } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 10-19/${size}`);
    expect(part.headers.get("access-control-allow-origin")).toBe(origin);
    expect((await part.arrayBuffer()).byteLength).toBe(10);
  });

  it("answers 404 for unknown clips and paths outside the samples", async () => {
    expect((await fetch(`${env.cloud.url}/_local/samples/purple.mp4`)).status).toBe(404);
    expect((await fetch(`${env.cloud.url}/_local/samples/..%2Fdb.mp4`)).status).toBe(404);
    expect((await fetch(`${env.cloud.url}/_local/samples/%2e%2e/local-cloud.lock`)).status).toBe(404);
  });
});
