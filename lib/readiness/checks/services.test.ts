import { describe, expect, it } from "vitest";
import { inEnglish, answered, camDenialMessage, succeeded } from "../testing/outcomes";
import { interpretServiceState as interpretServiceStateMessages } from "./services";

// The checks make messages (lib/i18n/message.ts): the tests read them in English words.
const interpretServiceState = inEnglish(interpretServiceStateMessages);

const OK = succeeded(undefined);

describe("interpretServiceState", () => {
  it.each([
    [
      "ResourceNotFound.UserNotExist",
      "The CSS service has not been activated.",
      "CSS (Cloud Streaming Services) is not activated on this account",
      "https://console.cloud.tencent.com/live",
    ],
    [
      "ResourceNotFound.StopService",
      "The service has been suspended due to account arrears.",
      "CSS (Cloud Streaming Services) is suspended: the account is in arrears",
      "https://console.cloud.tencent.com/expense/recharge",
    ],
    [
      "ResourceNotFound.UserDisableService",
      "You disabled the service.",
      "CSS (Cloud Streaming Services) was turned off on this account",
      "https://console.cloud.tencent.com/live",
    ],
    [
      "ResourceNotFound.ForbidService",
      "banned",
      "CSS (Cloud Streaming Services) is frozen or banned on this account",
      "https://console.cloud.tencent.com/live",
    ],
  ])("CSS %s blocks a legacy app", (code, message, title, fixUrl) => {
    const line = interpretServiceState("live", "legacy", answered(code, "live:DescribeLiveDomains", message), []);
    expect(line).toMatchObject({ id: "service.live", status: "blocking", title, fixUrl });
    expect(line.detail).toContain(`answered ${code}.`);
    expect(line.detail).toContain("Legacy recording is CSS recording of the relayed streams.");
  });

  it("CSS not activated is only a warning for a cloud-recording app", () => {
    const line = interpretServiceState(
      "live",
      "cloud",
      answered("ResourceNotFound.UserNotExist", "live:DescribeLiveDomains"),
      [],
    );
    expect(line.status).toBe("warning");
    expect(line.detail).toContain("Cloud recording does not need CSS");
  });

  it.each([
    [
      "FailedOperation.InvalidVodUser",
      "The VOD service is not enabled.",
      "VOD (Video on Demand) is not activated on this account",
    ],
    [
      "FailedOperation.InvalidAccount",
      "The account is abnormal: VOD is suspended because the account is in arrears.",
      "VOD (Video on Demand) is suspended: the account is in arrears",
    ],
    [
      "FailedOperation.InvalidAccount",
      "The account is abnormal: VOD has been disabled on this account.",
      "VOD (Video on Demand) was turned off on this account",
    ],
    ["FailedOperation.InvalidAccount", "用户账户异常", "VOD (Video on Demand) refuses to serve this account"],
  ])("VOD %s (%s) blocks", (code, message, title) => {
    const line = interpretServiceState("vod", "cloud", answered(code, "vod:DescribeSubAppIds", message), []);
    expect(line).toMatchObject({ id: "service.vod", status: "blocking", title });
    expect(line.detail).toContain("Recordings are stored in VOD.");
  });

  it.each([
    [
      "TRTC is not activated on this account: activate it in the TRTC console first.",
      "TRTC is not activated on this account",
    ],
    [
      "TRTC is suspended because the account is in arrears: top up the account to a positive balance.",
      "TRTC is suspended: the account is in arrears",
    ],
    ["TRTC has been disabled on this account: enable it in the TRTC console.", "TRTC was turned off on this account"],
    ["something else", "TRTC refuses to serve this account"],
  ])("TRTC's bare FailedOperation on the gate read (%s) blocks", (message, title) => {
    const line = interpretServiceState(
      "trtc",
      "legacy",
      answered("FailedOperation", "trtc:DescribeRecordStatistic", message),
      [],
    );
    expect(line).toMatchObject({ id: "service.trtc", status: "blocking", title });
  });

  it("a bare FailedOperation without state words elsewhere is a business answer, not a state", () => {
    const line = interpretServiceState("trtc", "legacy", OK, [
      answered("FailedOperation", "trtc:StartStreamIngest", "ffmpeg could not play the URL"),
    ]);
    expect(line).toMatchObject({ status: "ok", title: "TRTC is activated and serves this account" });
  });

  it("is not checked when CAM refused every call", () => {
    const denied = answered(
      "AuthFailure.UnauthorizedOperation",
      "vod:DescribeSubAppIds",
      camDenialMessage("vod:DescribeSubAppIds", "*"),
    );
    const line = interpretServiceState("vod", "legacy", denied, [denied]);
    expect(line).toMatchObject({
      status: "not-checked",
      title: "Whether VOD (Video on Demand) serves this account was not checked",
    });
  });

  it("is fine when the product answered, parameter errors included", () => {
    const line = interpretServiceState("trtc", "cloud", OK, [answered("MissingParameter", "trtc:DismissRoom")]);
    expect(line).toEqual({
      id: "service.trtc",
      status: "ok",
      title: "TRTC is activated and serves this account",
      detail: "TRTC answered the check's calls.",
    });
  });
});
