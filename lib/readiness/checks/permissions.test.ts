import { describe, expect, it } from "vitest";
import type { CloudAction } from "@/lib/cloud/cloud-action";
import { messageText } from "@/lib/i18n/message-text";
import { CONSOLE_ACTIONS } from "../console-actions";
import { inEnglish, answered, camDenialMessage, succeeded, unreachable } from "../testing/outcomes";
import {
  interpretPermissions as interpretPermissionsMessages,
  permissionVerdict,
  type PermissionVerdict,
} from "./permissions";

// The checks make messages (lib/i18n/message.ts): the tests read them in English words.
const interpretPermissions = inEnglish(interpretPermissionsMessages);

const RESOURCE = "qcs::trtc::uin/100000000001:sdkappid/1400000456";

describe("permissionVerdict", () => {
  it("reads AuthFailure.UnauthorizedOperation as denied, with the resource CAM names", () => {
    const outcome = answered(
      "AuthFailure.UnauthorizedOperation",
      "trtc:CreateCloudRecording",
      camDenialMessage("trtc:CreateCloudRecording", RESOURCE),
    );
    expect(permissionVerdict(outcome)).toEqual({
      kind: "denied",
      cloudCode: "AuthFailure.UnauthorizedOperation",
      resource: RESOURCE,
    });
  });

  it.each(["UnauthorizedOperation", "UnauthorizedOperation.SdkAppId", "InternalError.NotPermmitOperat"])(
    "reads %s as denied",
    (code) => {
      expect(permissionVerdict(answered(code, "live:CreateLiveRecordRule")).kind).toBe("denied");
    },
  );

  it.each([
    "MissingParameter",
    "InvalidParameter.RoomId",
    "FailedOperation.TaskNotExist",
    "FailedOperation.SdkAppIdNotExist",
    "ResourceNotFound.StopService",
    "InvalidParameter.StartTimeOversize",
  ])("reads the product's own answer %s as allowed: CAM let the call through", (code) => {
    expect(permissionVerdict(answered(code, "trtc:DescribeRoomInfo"))).toEqual({ kind: "allowed" });
  });

  it("cannot tell from refused keys, an unreachable cloud or a lasting rate limit", () => {
    expect(permissionVerdict(answered("AuthFailure.SecretIdNotFound", "vod:DeleteMedia")).kind).toBe("unknown");
    expect(permissionVerdict(unreachable("vod:DeleteMedia")).kind).toBe("unknown");
    const limited = permissionVerdict(answered("RequestLimitExceeded", "vod:DeleteMedia"));
    expect(limited.kind === "unknown" ? { kind: limited.kind, why: messageText(limited.why) } : limited).toEqual({
      kind: "unknown",
      why: "Tencent Cloud kept rate-limiting the check's calls: run it again in a few seconds.",
    });
  });
});

const sent = CONSOLE_ACTIONS.filter((entry) => entry.probe.kind === "sent").map((entry) => entry.action);
const verdicts = (overrides: Partial<Record<CloudAction, PermissionVerdict>> = {}) =>
  new Map<CloudAction, PermissionVerdict>(sent.map((action) => [action, overrides[action] ?? { kind: "allowed" }]));

describe("interpretPermissions", () => {
  it("says per product that every action sent is allowed, and lists the three creates it does not send", () => {
    const lines = interpretPermissions("legacy", verdicts());
    expect(lines.map((line) => [line.id, line.status])).toEqual([
      ["cam.trtc", "ok"],
      ["cam.vod", "ok"],
      ["cam.vod:CreateSubAppId", "not-checked"],
      ["cam.live", "ok"],
      ["cam.live:CreateLiveRecordTemplate", "not-checked"],
      ["cam.live:CreateLiveCallbackTemplate", "not-checked"],
    ]);
    expect(lines[0]?.title).toBe("CAM allows all 18 TRTC actions the console sends");
    expect(lines[0]?.detail).toContain("CreateCloudRecording, DescribeCloudRecording, ModifyCloudRecording");
    expect(lines[2]?.detail).toBe(
      "Not sent: its only required parameter is the new application's name, so any request the check could send might create a VOD application. Its neighbours: vod:DescribeSubAppIds is allowed. The preset policy QcloudVODFullAccess allows it; without it the console cannot create VOD applications (Settings).",
    );
  });

  it("blocks on a denied action the app's generation records with, naming it, the resource and the policy", () => {
    const denied: PermissionVerdict = {
      kind: "denied",
      cloudCode: "AuthFailure.UnauthorizedOperation",
      resource: RESOURCE,
    };
    const lines = interpretPermissions("cloud", verdicts({ "trtc:CreateCloudRecording": denied }));
    expect(lines.find((line) => line.id === "cam.trtc")?.title).toBe(
      "CAM allows 17 of the 18 TRTC actions the console sends",
    );
    expect(lines.find((line) => line.id === "cam.trtc:CreateCloudRecording")).toEqual({
      id: "cam.trtc:CreateCloudRecording",
      status: "blocking",
      title: "CAM denies trtc:CreateCloudRecording",
      detail: `The CAM user of the console's keys may not call trtc:CreateCloudRecording on ${RESOURCE}, so the console cannot start cloud-recording tasks — this app cannot record without it. In CAM, attach the preset policy QcloudTRTCFullAccess to that user, or a custom policy that allows trtc:CreateCloudRecording on that resource.`,
      fixUrl: "https://console.cloud.tencent.com/cam/policy",
    });
  });

  it("only warns about a denied action the app's generation does not record with", () => {
    const denied: PermissionVerdict = {
      kind: "denied",
      cloudCode: "AuthFailure.UnauthorizedOperation",
      resource: RESOURCE,
    };
    const line = interpretPermissions("legacy", verdicts({ "trtc:CreateCloudRecording": denied })).find(
      (candidate) => candidate.id === "cam.trtc:CreateCloudRecording",
    );
    expect(line?.status).toBe("warning");
    expect(line?.detail).not.toContain("cannot record without it");
  });

  it("names the read-only policy for a denied read, and says a not-sent create is then likely denied", () => {
    const denied: PermissionVerdict = { kind: "denied", cloudCode: "AuthFailure.UnauthorizedOperation", resource: "*" };
    const lines = interpretPermissions(
      "legacy",
      verdicts({ "live:DescribeLiveRecordTemplates": denied, "live:ModifyLiveRecordTemplate": denied }),
    );
    expect(lines.find((line) => line.id === "cam.live:DescribeLiveRecordTemplates")?.detail).toContain(
      "attach the preset policy QcloudLIVEReadOnlyAccess (read only) or QcloudLIVEFullAccess",
    );
    expect(lines.find((line) => line.id === "cam.live:CreateLiveRecordTemplate")?.detail).toContain(
      "Its neighbours: live:ModifyLiveRecordTemplate is denied and live:DescribeLiveRecordTemplates is denied, so it is most likely denied too.",
    );
  });

  it("says UnauthorizedOperation.SdkAppId may also mean another account's app", () => {
    const denied: PermissionVerdict = { kind: "denied", cloudCode: "UnauthorizedOperation.SdkAppId", resource: null };
    const line = interpretPermissions("cloud", verdicts({ "trtc:DescribeCloudRecording": denied })).find(
      (candidate) => candidate.id === "cam.trtc:DescribeCloudRecording",
    );
    expect(line?.detail).toContain("the app belongs to another account");
  });

  it("gives one not-checked line per product when nothing could be asked", () => {
    const unknown: PermissionVerdict = { kind: "unknown", why: "The cloud endpoint cannot be reached." };
    const lines = interpretPermissions("legacy", new Map(sent.map((action) => [action, unknown])));
    expect(lines.filter((line) => !line.id.includes(":")).map((line) => [line.id, line.status, line.detail])).toEqual([
      ["cam.trtc", "not-checked", "The cloud endpoint cannot be reached."],
      ["cam.vod", "not-checked", "The cloud endpoint cannot be reached."],
      ["cam.live", "not-checked", "The cloud endpoint cannot be reached."],
    ]);
  });

  it("keeps success of a read as allowed", () => {
    expect(permissionVerdict(succeeded(undefined))).toEqual({ kind: "allowed" });
  });
});
