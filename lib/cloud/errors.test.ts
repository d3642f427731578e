import TencentCloudSDKHttpException from "tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception";
import { describe, expect, it } from "vitest";
import type { CloudAction } from "./cloud-action";
import { messageText } from "@/lib/i18n/message-text";
import { toCloudError as toCloudErrorInMessages } from "./errors";

/** The CloudError with its message in English words, as a viewer of the default language reads it. */
function toCloudError(...args: Parameters<typeof toCloudErrorInMessages>) {
  const error = toCloudErrorInMessages(...args);
  error.message = messageText(error.message);
  return error;
}

function tencentError(code: string, message = `raw message for ${code}`): TencentCloudSDKHttpException {
  const error = new TencentCloudSDKHttpException(message, "req-1");
  error.code = code;
  return error;
}

/** The message a person sees for `code` answered to `action`. */
const shown = (code: string, action?: CloudAction, raw?: string) => toCloudError(tencentError(code, raw), action);

describe("toCloudError", () => {
  it.each([
    ["AuthFailure.SignatureFailure", "CLOUD_AUTH_FAILED", false],
    ["AuthFailure.SecretIdNotFound", "CLOUD_AUTH_FAILED", false],
    ["RequestLimitExceeded", "CLOUD_RATE_LIMITED", true],
    ["InternalError.DbError", "CLOUD_INTERNAL", true],
    ["FailedOperation.RoomNotExist", "CLOUD_NOT_FOUND", false],
    ["InvalidParameter.RoomId", "CLOUD_INVALID_PARAMETER", false],
    ["MissingParameter", "CLOUD_INVALID_PARAMETER", false],
    ["UnauthorizedOperation.SdkAppId", "CLOUD_UNAUTHORIZED_OPERATION", false],
    ["FailedOperation.RestrictedConcurrency", "CLOUD_OPERATION_FAILED", false],
  ])("maps %s to %s", (code, appCode, isRetryable) => {
    const error = toCloudError(tencentError(code));
    expect(error).toMatchObject({ code: appCode, cloudCode: code, requestId: "req-1", isRetryable });
    expect(error.message).not.toContain("raw message");
  });

  it("mentions the clock for an expired signature", () => {
    expect(toCloudError(tencentError("AuthFailure.SignatureExpire")).message).toContain("clock");
  });

  it("keeps Tencent's own message for the server only, and names the action", () => {
    const error = shown("InvalidParameterValue", "trtc:StartMCUMixTranscode", "Parameter `EncodeParams.VideoBitrate`");
    expect(error).toMatchObject({
      action: "trtc:StartMCUMixTranscode",
      cloudMessage: "Parameter `EncodeParams.VideoBitrate`",
    });
    expect(error.message).not.toContain("EncodeParams");
  });

  it("maps an HTTP failure and a network failure", () => {
    const http = new TencentCloudSDKHttpException("Bad Gateway");
    http.httpCode = 502;
    expect(toCloudError(http)).toMatchObject({ code: "CLOUD_BAD_RESPONSE", isRetryable: true });
    const network = new TencentCloudSDKHttpException(
      "request to http://127.0.0.1:1/ failed, reason: connect ECONNREFUSED",
    );
    expect(toCloudError(network)).toMatchObject({ code: "CLOUD_UNREACHABLE" });
  });

  it("maps a non-JSON answer, which the SDK does not wrap", () => {
    const fetchError = Object.assign(new Error("invalid json response body"), { type: "invalid-json" });
    expect(toCloudError(fetchError)).toMatchObject({ code: "CLOUD_BAD_RESPONSE", isRetryable: false });
    expect(toCloudError(new TypeError("Cannot read properties of undefined (reading 'Error')"))).toMatchObject({
      code: "CLOUD_BAD_RESPONSE",
    });
  });
});

describe("the keys: fixed in the console's environment", () => {
  it("AuthFailure.SecretIdNotFound", () => {
    expect(shown("AuthFailure.SecretIdNotFound", "trtc:DescribeRoomInfo").message).toBe(
      "Tencent Cloud does not know the console's SecretId: it was deleted, disabled or mistyped. Check TENCENTCLOUD_SECRET_ID against CAM → API keys (no spaces around it).",
    );
  });

  it("AuthFailure.SignatureFailure", () => {
    expect(shown("AuthFailure.SignatureFailure", "vod:SearchMedia").message).toBe(
      "Tencent Cloud could not verify the request's signature: TENCENTCLOUD_SECRET_KEY is not the key of TENCENTCLOUD_SECRET_ID. Check both in the console's environment.",
    );
  });

  it("AuthFailure.UnRealNameAuthenticated", () => {
    expect(shown("AuthFailure.UnRealNameAuthenticated", "trtc:CreateCloudRecording").message).toContain(
      "real-name verification",
    );
  });
});

describe("CAM: a user without the permission is told the action and the policy, not to check the keys", () => {
  it("AuthFailure.UnauthorizedOperation on a write names the full-access policy", () => {
    const error = shown("AuthFailure.UnauthorizedOperation", "trtc:CreateCloudRecording");
    expect(error.code).toBe("CLOUD_UNAUTHORIZED_OPERATION");
    expect(error.message).toBe(
      "The CAM user whose keys the console uses is not allowed to call trtc:CreateCloudRecording. In CAM, attach the preset policy QcloudTRTCFullAccess to that user (or a custom policy that allows trtc:CreateCloudRecording), then try again.",
    );
    expect(error.message).not.toContain("TENCENTCLOUD_SECRET");
  });

  it("UnauthorizedOperation on a VOD read names the read-only policy too", () => {
    expect(shown("UnauthorizedOperation", "vod:SearchMedia").message).toBe(
      "The CAM user whose keys the console uses is not allowed to call vod:SearchMedia. In CAM, attach the preset policy QcloudVODReadonlyAccess (read only) or QcloudVODFullAccess to that user (or a custom policy that allows vod:SearchMedia), then try again.",
    );
  });

  it("a CSS write names QcloudLIVEFullAccess", () => {
    expect(shown("AuthFailure.UnauthorizedOperation", "live:CreateLiveRecordRule").message).toContain(
      "attach the preset policy QcloudLIVEFullAccess",
    );
  });

  it("UnauthorizedOperation.SdkAppId: another account's app, or a policy that leaves the app out", () => {
    expect(shown("UnauthorizedOperation.SdkAppId", "trtc:StartMCUMixTranscode").message).toBe(
      "The console's keys may not use this SdkAppId for trtc:StartMCUMixTranscode: either the app belongs to another Tencent Cloud account (check the SdkAppId under Applications), or the CAM user's policy leaves this app out (attach QcloudTRTCFullAccess, or a custom policy whose resource names qcs::trtc::uin/<your uin>:sdkappid/<SdkAppId>).",
    );
  });
});

describe("the account's products: activated, paid, enabled", () => {
  it("ResourceNotFound.StopService: top up", () => {
    const error = shown("ResourceNotFound.StopService", "live:CreateLiveRecordRule");
    expect(error.code).toBe("CLOUD_SERVICE_UNAVAILABLE");
    expect(error.message).toBe(
      "CSS (Cloud Streaming Services) has stopped serving this account because it is in arrears. Top up the Tencent Cloud account (Billing Center → Top up); the service resumes once the balance is positive.",
    );
  });

  it("ResourceNotFound.UserDisableService: re-enable the service", () => {
    expect(shown("ResourceNotFound.UserDisableService", "trtc:CreateCloudRecording").message).toBe(
      "TRTC was turned off on this account by its owner. Re-enable it in Tencent Cloud's TRTC console, then try again.",
    );
  });

  it("FailedOperation.InvalidVodUser: VOD not activated", () => {
    expect(shown("FailedOperation.InvalidVodUser", "vod:SearchMedia")).toMatchObject({
      code: "CLOUD_SERVICE_UNAVAILABLE",
      message:
        "VOD (Video on Demand), where recordings are stored, is not activated on this Tencent Cloud account. Activate VOD in Tencent Cloud's VOD console, then try again.",
    });
  });

  it("ResourceUnavailable.InvalidVodStatus: CSS cannot record into a VOD that is not activated", () => {
    expect(shown("ResourceUnavailable.InvalidVodStatus", "live:CreateLiveRecordTemplate").message).toContain(
      "Activate VOD in Tencent Cloud's VOD console",
    );
  });

  it("ServiceNotExist: the product is not activated", () => {
    expect(shown("ResourceNotFound.ServiceNotExist", "vod:DescribeSubAppIds").message).toBe(
      "VOD (Video on Demand) is not activated on this Tencent Cloud account. Activate it in its console, then try again.",
    );
  });
});

describe("limits", () => {
  it("RequestLimitExceeded on a read: retried, then a clear message", () => {
    const error = shown("RequestLimitExceeded", "trtc:DescribeCloudRecording");
    expect(error).toMatchObject({ code: "CLOUD_RATE_LIMITED", isRetryable: true });
    expect(error.message).toBe(
      "Tencent Cloud kept rate-limiting trtc:DescribeCloudRecording (at most 20 requests a second per action) while the console backed off and retried. Wait a few seconds and refresh.",
    );
  });

  it("RequestLimitExceeded on a write: nothing was changed", () => {
    expect(shown("RequestLimitExceeded", "trtc:CreateCloudRecording").message).toBe(
      "Tencent Cloud is rate-limiting trtc:CreateCloudRecording (at most 20 requests a second per action), so nothing was changed. Wait a few seconds and try again.",
    );
  });

  it("FailedOperation.RestrictedConcurrency: 100 concurrent tasks", () => {
    expect(shown("FailedOperation.RestrictedConcurrency", "trtc:CreateCloudRecording").message).toBe(
      "The application already runs as many cloud-recording tasks at once as TRTC allows (100 per app by default). Stop a task, or ask Tencent Cloud to raise the limit, then try again.",
    );
  });

  it("a quota is not a rate limit: LimitExceeded.* is not retried", () => {
    expect(shown("LimitExceeded.TooMuchTemplate", "vod:CreateSubAppId")).toMatchObject({
      code: "CLOUD_OPERATION_FAILED",
      isRetryable: false,
    });
  });
});

describe("CSS's business errors, which arrive as InternalError.*: each its own message, never retried", () => {
  it.each([
    ["InternalError.RuleAlreadyExist", "CLOUD_CONFLICT", "CSS already has a rule for this push domain and stream path"],
    [
      "FailedOperation.RuleAlreadyExist",
      "CLOUD_CONFLICT",
      "CSS already has a rule for this push domain and stream path",
    ],
    ["InternalError.ConfInUsed", "CLOUD_CONFLICT", "The CSS template is still bound by a rule"],
    ["InternalError.ConfNotFound", "CLOUD_NOT_FOUND", "Save the recording settings again to recreate it."],
    ["InternalError.RuleNotFound", "CLOUD_NOT_FOUND", "The CSS rule the console manages is gone"],
    ["InternalError.RuleInUsing", "CLOUD_CONFLICT", "The CSS rule is in use by another operation."],
    ["InternalError.ConfOutLimit", "CLOUD_OPERATION_FAILED", "Delete templates no longer used in CSS's console"],
    ["InternalError.RuleOutLimit", "CLOUD_OPERATION_FAILED", "Delete rules no longer used in CSS's console"],
  ])("%s", (code, appCode, words) => {
    const error = shown(code, "live:CreateLiveRecordRule");
    expect(error).toMatchObject({ code: appCode, isRetryable: false });
    expect(error.message).toContain(words);
  });

  it.each(["ResourceNotFound.DomainNotExist", "InternalError.DomainNotExist", "InternalError.PushDomainNoRecord"])(
    "%s: check the application's push domain under Applications",
    (code) => {
      expect(shown(code, "live:CreateLiveCallbackRule")).toMatchObject({
        code: "CLOUD_PUSH_DOMAIN_NOT_FOUND",
        message:
          "CSS does not know the push domain the console sent. Check the application's push domain under Applications: it must be the account's <bizid>.livepush.myqcloud.com that CSS lists (relay to CDN enabled in TRTC's console), not one made from the SdkAppId.",
        isRetryable: false,
      });
    },
  );

  it("an InternalError no one documents is not retried either, and gives the request id", () => {
    expect(shown("InternalError.SomethingNew", "live:DescribeLiveRecordRules")).toMatchObject({
      code: "CLOUD_INTERNAL",
      isRetryable: false,
      message:
        "Tencent Cloud refused live:DescribeLiveRecordRules with an internal error it did not explain. Try again later; if it persists, give Tencent Cloud support the request id req-1.",
    });
  });
});

describe("TRTC and VOD rules of a real account", () => {
  it("DescribeRoomInfo without a monitoring package says so plainly", () => {
    const error = shown("InvalidParameter.StartTimeOversize", "trtc:DescribeRoomInfo");
    expect(error.code).toBe("CLOUD_MONITORING_PACKAGE_REQUIRED");
    expect(error.message).toBe(
      "TRTC's room and user history (DescribeRoomInfo, DescribeUserInfo) needs a TRTC monthly package (Premium or Ultimate) or a paid Monitoring Dashboard package (Standard or Advanced) since 2024-04-01, and this application has neither. Subscribe in TRTC's console to see it; recording works without it.",
    );
    expect(shown("InvalidParameter.StartTimeOversize", "trtc:DescribeUserInfo").code).toBe(
      "CLOUD_MONITORING_PACKAGE_REQUIRED",
    );
  });

  it("CreateCloudRecording on a legacy app names the generation", () => {
    expect(shown("FailedOperation.CRUnsupportMethod", "trtc:CreateCloudRecording")).toMatchObject({
      code: "CLOUD_WRONG_RECORDING_GENERATION",
      message: expect.stringContaining("this application uses the legacy recording") as string,
    });
  });

  it("a VOD call without SubAppId names the VOD application setting", () => {
    expect(shown("MissingParameter", "vod:SearchMedia", "The parameter `SubAppId` is required.")).toMatchObject({
      code: "CLOUD_VOD_SUB_APP_REQUIRED",
      message:
        "VOD requires this account to name a VOD application (SubAppId) on every call, and vod:SearchMedia named none. Set the application's VOD sub-application under Applications, then try again.",
    });
  });

  it("InvalidParameterValue.SubAppId: a VOD application the account does not have", () => {
    expect(shown("InvalidParameterValue.SubAppId", "vod:DescribeMediaInfos").message).toContain(
      "Choose another VOD application under Applications or in the recording settings.",
    );
  });
});

describe("the missing SubAppId as the local cloud answers it", () => {
  it("InvalidParameterValue.SubAppId saying it is required", () => {
    expect(
      shown("InvalidParameterValue.SubAppId", "vod:DeleteMedia", "SubAppId is required: this VOD account was opened …"),
    ).toMatchObject({ code: "CLOUD_VOD_SUB_APP_REQUIRED" });
  });
});

describe("an action the account's region does not offer", () => {
  it("AuthFailure.UnsupportedOperation points at the region, not the keys", () => {
    const error = shown("AuthFailure.UnsupportedOperation", "trtc:DescribeRecordingUsage");
    expect(error.code).toBe("CLOUD_OPERATION_FAILED");
    expect(error.message).toContain("Check TENCENTCLOUD_REGION");
  });
});
