import type { CreateCloudRecordingRequest } from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AccountTestCloud, startAccountTestCloud, SUB_USER_CREDENTIAL } from "./helpers/account-test-cloud";
import {
  cloudApp,
  errorOf,
  legacyApp,
  liveClient,
  TEST_APP,
  TEST_VOD_APP,
  testAccount,
  trtcClient,
  vodClient,
} from "./helpers/test-cloud";

const CLOUD_APP = 1400000456;
const OTHER_CLOUD_APP = 1400000789;
/** Small enough to reach without 100 recorders; the default of 100 is checked by a unit test. */
const TASK_LIMIT = 2;

let env: AccountTestCloud;

beforeAll(async () => {
  env = await startAccountTestCloud({
    account: testAccount([legacyApp(TEST_APP), cloudApp(CLOUD_APP), cloudApp(OTHER_CLOUD_APP)]),
    cloudRecordingTaskLimit: TASK_LIMIT,
  });
});

afterAll(async () => {
  await env?.close();
});

const outcome = (result: PromiseSettledResult<unknown>) =>
  result.status === "fulfilled" ? "ok" : String((result.reason as { code?: string }).code);

describe("frequency limits (RequestLimitExceeded)", () => {
  it("answers RequestLimitExceeded to the calls of a TRTC action past 20 in a second, counted per credential", async () => {
    const trtc = trtcClient(env.cloud.port);
    const burst = await Promise.allSettled(
      Array.from({ length: 25 }, () => trtc.DescribeCloudRecording({ SdkAppId: CLOUD_APP, TaskId: "no-such-task" })),
    );
    const outcomes = burst.map(outcome);
    // The 20 that got through reached the action, which found no such task.
    expect(outcomes.filter((code) => code === "FailedOperation.TaskNotExist")).toHaveLength(20);
    expect(outcomes.filter((code) => code === "RequestLimitExceeded")).toHaveLength(5);
    const refused = burst.find((result) => outcome(result) === "RequestLimitExceeded");
    expect(refused?.status === "rejected" && (refused.reason as Error).message).toMatch(
      /^Your current request times equals to `2[1-5]` in a second, which exceeds the frequency limit `20` for a second\. Please reduce the frequency of calls\.$/,
    );

    // Within the same second, another credential and another action are counted on their own.
    const other = trtcClient(env.cloud.port, SUB_USER_CREDENTIAL);
    expect((await errorOf(other.DescribeCloudRecording({ SdkAppId: CLOUD_APP, TaskId: "no-such-task" }))).code).toBe(
      "FailedOperation.TaskNotExist",
    );
    await expect(trtc.DescribeStreamIngest({ SdkAppId: CLOUD_APP, TaskId: "no-such-task" })).resolves.toBeDefined();
  });
});

describe("cloud-recording quotas", () => {
  const trtc = () => trtcClient(env.cloud.port);
  const task = (sdkAppId: number, roomId: string): CreateCloudRecordingRequest => ({
    SdkAppId: sdkAppId,
    RoomId: roomId,
    UserId: `recorder_${roomId}`,
    UserSig: "bot-sig",
    RecordParams: { RecordMode: 2 },
    StorageParams: { CloudVod: { TencentVod: { MediaType: 0 } } },
  });

  it("refuses a task past the app's concurrent-task quota with FailedOperation.RestrictedConcurrency", async () => {
    const first = await trtc().CreateCloudRecording(task(CLOUD_APP, "3001"));
    const second = await trtc().CreateCloudRecording(task(CLOUD_APP, "3002"));

    const refused = await errorOf(trtc().CreateCloudRecording(task(CLOUD_APP, "3003")));
    expect(refused.code).toBe("FailedOperation.RestrictedConcurrency");
    expect(refused.message).toContain("Maximum number of concurrent on-cloud recording tasks reached");
    expect(refused.message).toContain(`app ${CLOUD_APP} already runs ${TASK_LIMIT}`);

    // The quota is the app's: another app of the account still starts one.
    const elsewhere = await trtc().CreateCloudRecording(task(OTHER_CLOUD_APP, "3003"));
    // And once a task ends, the app has a place again.
    await trtc().DeleteCloudRecording({ SdkAppId: CLOUD_APP, TaskId: first.TaskId ?? "" });
    const third = await trtc().CreateCloudRecording(task(CLOUD_APP, "3003"));

    for (const [sdkAppId, taskId] of [
      [CLOUD_APP, second.TaskId],
      [CLOUD_APP, third.TaskId],
      [OTHER_CLOUD_APP, elsewhere.TaskId],
    ] as const)
      await trtc().DeleteCloudRecording({ SdkAppId: sdkAppId, TaskId: taskId ?? "" });
  });
});

describe("SearchMedia pages", () => {
  it("searches up to Offset + Limit = 5000 and refuses past it with InvalidParameterValue.Limit", async () => {
    const vod = vodClient(env.cloud.port);
    await expect(vod.SearchMedia({ SubAppId: TEST_VOD_APP, Offset: 4990, Limit: 10 })).resolves.toMatchObject({
      TotalCount: 0,
    });
    const refused = await errorOf(vod.SearchMedia({ SubAppId: TEST_VOD_APP, Offset: 4991, Limit: 10 }));
    expect(refused.code).toBe("InvalidParameterValue.Limit");
    expect(refused.message).toContain("Offset + Limit must be at most 5000");
  });
});

describe("CSS template descriptions", () => {
  const live = () => liveClient(env.cloud.port);
  const callbackTemplate = (Description: string) => ({
    TemplateName: "console_callbacks",
    Description,
    RecordNotifyUrl: "http://127.0.0.1:9/callback",
  });

  it("takes Chinese characters, English letters, digits, _ and - in a description", async () => {
    const { TemplateId } = await live().CreateLiveCallbackTemplate(callbackTemplate("录制回调_TRTC-console2"));
    await live().DeleteLiveCallbackTemplate({ TemplateId: TemplateId ?? 0 });
    const record = await live().CreateLiveRecordTemplate({ TemplateName: "console_hls", Description: "录制模板_hls" });
    await live().DeleteLiveRecordTemplate({ TemplateId: record.TemplateId ?? 0 });
  });

  it("refuses other characters and more than 1024 bytes with InvalidParameterValue naming the rule", async () => {
    const spaced = await errorOf(live().CreateLiveCallbackTemplate(callbackTemplate("Managed by the console")));
    expect(spaced.code).toBe("InvalidParameterValue");
    expect(spaced.message).toContain("`Description`");
    expect(spaced.message).toContain("Chinese characters, English letters, digits, `_` and `-`");

    const record = await errorOf(live().CreateLiveRecordTemplate({ TemplateName: "hls", Description: "a.b" }));
    expect(record.code).toBe("InvalidParameterValue");

    // 342 Chinese characters are 1026 bytes.
    const long = await errorOf(live().CreateLiveCallbackTemplate(callbackTemplate("录".repeat(342))));
    expect(long.code).toBe("InvalidParameterValue");
    expect(long.message).toContain("at most 1024 bytes");
    expect((await live().DescribeLiveCallbackTemplates()).Templates).toEqual([]);
  });
});
