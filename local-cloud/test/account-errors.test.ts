import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServiceName, ServiceState } from "@shared/local-cloud-account";
import { LOCAL_ACCOUNT_UIN } from "../src/core/gate/cam-check";
import { changeAccount } from "./helpers/account-control";
import { type AccountTestCloud, startAccountTestCloud, SUB_USER_CREDENTIAL } from "./helpers/account-test-cloud";
import {
  cloudApp,
  errorOf,
  legacyApp,
  liveClient,
  TEST_APP,
  TEST_CREDENTIAL,
  TEST_VOD_APP,
  testAccount,
  trtcClient,
  vodClient,
} from "./helpers/test-cloud";

const CLOUD_APP = 1400000456;
const ROOT_DENIAL =
  "You are not authorized to perform this operation. Check your CAM policies, and ensure that you are using the correct access keys. [[request id:";

let env: AccountTestCloud;

beforeAll(async () => {
  env = await startAccountTestCloud({ account: testAccount([legacyApp(TEST_APP), cloudApp(CLOUD_APP)]) });
});

afterAll(async () => {
  await env?.close();
});

const setDenied = (actions: string[]) =>
  changeAccount(env.cloud, (account) => ({ ...account, deniedActions: { [SUB_USER_CREDENTIAL.secretId]: actions } }));
const setService = (service: ServiceName, state: ServiceState) =>
  changeAccount(env.cloud, (account) => ({ ...account, services: { ...account.services, [service]: state } }));

describe("CAM: a sub-user without permission", () => {
  it("gets AuthFailure.UnauthorizedOperation naming the action and the app, before its parameters are looked at", async () => {
    await setDenied(["trtc:CreateCloudRecording"]);
    const subUser = trtcClient(env.cloud.port, SUB_USER_CREDENTIAL);
    // RecordParams and StorageParams are missing: a permitted caller would hear about them.
    const request = { SdkAppId: CLOUD_APP, RoomId: "4001", UserId: "bot", UserSig: "sig" } as Parameters<
      typeof subUser.CreateCloudRecording
    >[0];

    const denied = await errorOf(subUser.CreateCloudRecording(request));
    expect(denied.code).toBe("AuthFailure.UnauthorizedOperation");
    expect(denied.message.startsWith(ROOT_DENIAL)).toBe(true);
    expect(denied.message).toMatch(
      new RegExp(
        `\\]you are not authorized to perform operation \\(trtc:CreateCloudRecording\\)\\nresource \\(qcs::trtc::uin/${LOCAL_ACCOUNT_UIN}:sdkappid/${CLOUD_APP}\\) has no permission\\n\\]$`,
      ),
    );

    // The root credential, and the sub-user's other actions, are not affected.
    expect((await errorOf(trtcClient(env.cloud.port, TEST_CREDENTIAL).CreateCloudRecording(request))).code).toBe(
      "MissingParameter",
    );
    expect((await errorOf(subUser.DescribeCloudRecording({ SdkAppId: CLOUD_APP, TaskId: "no-such-task" }))).code).toBe(
      "FailedOperation.TaskNotExist",
    );
  });

  it("denies a whole service by `vod:*`, naming the VOD application, and lets the call through once granted", async () => {
    await setDenied(["vod:*"]);
    const subUser = vodClient(env.cloud.port, SUB_USER_CREDENTIAL);
    const denied = await errorOf(subUser.SearchMedia({ SubAppId: TEST_VOD_APP }));
    expect(denied.code).toBe("AuthFailure.UnauthorizedOperation");
    expect(denied.message).toContain(
      `(vod:SearchMedia)\nresource (qcs::vod::uin/${LOCAL_ACCOUNT_UIN}:subAppId/${TEST_VOD_APP}) has no permission`,
    );

    await setDenied([]);
    await expect(subUser.SearchMedia({ SubAppId: TEST_VOD_APP })).resolves.toMatchObject({ TotalCount: 0 });
  });
});

describe("a service the account cannot use", () => {
  const live = () => liveClient(env.cloud.port);
  const vod = () => vodClient(env.cloud.port);
  const trtc = () => trtcClient(env.cloud.port);

  it("answers CSS calls with ResourceNotFound.UserNotExist, StopService or UserDisableService", async () => {
    const cases: Array<[ServiceState, string, string]> = [
      ["not-activated", "ResourceNotFound.UserNotExist", "The CSS service has not been activated."],
      [
        "stopped-arrears",
        "ResourceNotFound.StopService",
        "The service has been suspended due to account arrears. Please top up it to a positive balance to activate the service first.",
      ],
      ["disabled-by-user", "ResourceNotFound.UserDisableService", "You disabled the service."],
    ];
    for (const [state, code, message] of cases) {
      await setService("live", state);
      expect(await errorOf(live().DescribeLiveRecordTemplates({})), state).toEqual({ code, message });
    }
    await setService("live", "active");
    await expect(live().DescribeLiveRecordTemplates({})).resolves.toMatchObject({ Templates: [] });
  });

  it("answers VOD calls with FailedOperation.InvalidVodUser while VOD is not activated", async () => {
    await setService("vod", "not-activated");
    expect(await errorOf(vod().SearchMedia({ SubAppId: TEST_VOD_APP }))).toEqual({
      code: "FailedOperation.InvalidVodUser",
      message: "The VOD service is not enabled.",
    });
    await setService("vod", "stopped-arrears");
    expect((await errorOf(vod().SearchMedia({ SubAppId: TEST_VOD_APP }))).code).toBe("FailedOperation.InvalidAccount");
    await setService("vod", "active");
    await expect(vod().SearchMedia({ SubAppId: TEST_VOD_APP })).resolves.toMatchObject({ TotalCount: 0 });
  });

  it("answers TRTC calls with a FailedOperation that says why, and only for TRTC", async () => {
    await setService("trtc", "stopped-arrears");
    const stopped = await errorOf(trtc().DescribeCloudRecording({ SdkAppId: CLOUD_APP, TaskId: "no-such-task" }));
    expect(stopped.code).toBe("FailedOperation");
    expect(stopped.message).toContain("arrears");
    await expect(live().DescribeLiveRecordTemplates({})).resolves.toBeDefined();
    await setService("trtc", "active");
    expect((await errorOf(trtc().DescribeCloudRecording({ SdkAppId: CLOUD_APP, TaskId: "no-such-task" }))).code).toBe(
      "FailedOperation.TaskNotExist",
    );
  });

  it("checks CAM before the service state, and both before the parameters", async () => {
    await setDenied(["live:DescribeLiveRecordTemplate"]);
    await setService("live", "stopped-arrears");
    const subUser = liveClient(env.cloud.port, SUB_USER_CREDENTIAL);
    // TemplateId is missing from both calls.
    const badRequest = {} as Parameters<typeof subUser.DescribeLiveRecordTemplate>[0];
    expect((await errorOf(subUser.DescribeLiveRecordTemplate(badRequest))).code).toBe(
      "AuthFailure.UnauthorizedOperation",
    );
    expect((await errorOf(live().DescribeLiveRecordTemplate(badRequest))).code).toBe("ResourceNotFound.StopService");
    await setService("live", "active");
    await setDenied([]);
    expect((await errorOf(live().DescribeLiveRecordTemplate(badRequest))).code).toBe("MissingParameter");
  });
});
