import type { AccountConfig, ServiceName } from "@shared/local-cloud-account";
import { ApiError } from "../api-error";

/** The root account's uin in CAM resource names; the local account has no other. */
export const LOCAL_ACCOUNT_UIN = "100000000001";

const integerParam = (params: unknown, ...names: string[]): number | undefined => {
  if (typeof params !== "object" || params === null) return undefined;
  for (const name of names) {
    const value = (params as Record<string, unknown>)[name];
    if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) return value;
  }
  return undefined;
};

/**
 * The CAM resource ("资源六段式") a call acts on, as each service's CAM page names it: TRTC
 * `qcs::trtc::uin/<uin>:sdkappid/<SdkAppId>` (doc 647/46765, 598/70059), VOD
 * `qcs::vod::uin/<uin>:subAppId/<SubAppId>` (598/70068), and `*` for calls that name no app, the
 * way CAM writes operation-level resources. CSS is written `*` (UNCONFIRMED: see COVERAGE.md).
 */
export function camResourceOf(service: ServiceName, params: unknown, account: AccountConfig): string {
  if (service === "trtc") {
    // DescribeTrtcRoomUsage spells it SdkAppid (reference §7).
    const sdkAppId = integerParam(params, "SdkAppId", "SdkAppid");
    return sdkAppId ? `qcs::trtc::uin/${LOCAL_ACCOUNT_UIN}:sdkappid/${sdkAppId}` : "*";
  }
  if (service === "vod") {
    // Without SubAppId a call reaches the default application.
    const subAppId = integerParam(params, "SubAppId") ?? account.vod.defaultSubAppId;
    return `qcs::vod::uin/${LOCAL_ACCOUNT_UIN}:subAppId/${subAppId}`;
  }
  return "*";
}

/** Whether a `deniedActions` entry (`trtc:CreateCloudRecording`, `vod:*`) names this call. */
const names = (entry: string, service: ServiceName, action: string) =>
  entry === `${service}:${action}` || entry === `${service}:*`;

/**
 * `AuthFailure.UnauthorizedOperation` for a CAM user whose policies do not grant the call, worded
 * as Tencent's gateway words it (seen in real SDK errors, e.g. tencentcloud-sdk-java#78):
 * "You are not authorized to perform this operation. Check your CAM policies, and ensure that you
 * are using the correct access keys. [[request id:…]you are not authorized to perform operation
 * (sms:SendSms)\nresource (*) has no permission\n]". Null when the call is allowed.
 */
export function camDenial(
  account: AccountConfig,
  call: { service: ServiceName; action: string; secretId: string; params: unknown; requestId: string },
): ApiError | null {
  const denied = account.deniedActions[call.secretId] ?? [];
  if (!denied.some((entry) => names(entry, call.service, call.action))) return null;
  const resource = camResourceOf(call.service, call.params, account);
  return new ApiError(
    "AuthFailure.UnauthorizedOperation",
    "You are not authorized to perform this operation. Check your CAM policies, and ensure that you are using the correct access keys. " +
      `[[request id:${call.requestId}]you are not authorized to perform operation (${call.service}:${call.action})\n` +
      `resource (${resource}) has no permission\n]`,
  );
}
