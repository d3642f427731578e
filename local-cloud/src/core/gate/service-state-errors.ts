import type { ServiceName, ServiceState } from "@shared/local-cloud-account";
import { ApiError } from "../api-error";

type UnusableState = Exclude<ServiceState, "active">;

/**
 * What each product answers when the account cannot use it. CSS documents all three on its
 * actions' error lists (e.g. CreateLiveCallbackTemplate, 267/30815; DeleteLiveRecordRule,
 * 267/30843). VOD documents `FailedOperation.InvalidVodUser` ("没有开通点播业务", on its actions'
 * lists); its arrears and disabled states are UNCONFIRMED (`FailedOperation.InvalidAccount`, "用户
 * 账户异常", is the closest code VOD documents). TRTC documents none of them: a `FailedOperation`
 * that says why (UNCONFIRMED).
 */
const ERRORS: Record<ServiceName, Record<UnusableState, () => ApiError>> = {
  live: {
    "not-activated": () => new ApiError("ResourceNotFound.UserNotExist", "The CSS service has not been activated."),
    "stopped-arrears": () =>
      new ApiError(
        "ResourceNotFound.StopService",
        "The service has been suspended due to account arrears. Please top up it to a positive balance to activate the service first.",
      ),
    "disabled-by-user": () => new ApiError("ResourceNotFound.UserDisableService", "You disabled the service."),
  },
  vod: {
    "not-activated": () => new ApiError("FailedOperation.InvalidVodUser", "The VOD service is not enabled."),
    "stopped-arrears": () =>
      new ApiError(
        "FailedOperation.InvalidAccount",
        "The account is abnormal: VOD is suspended because the account is in arrears. Top up the account to a positive balance.",
      ),
    "disabled-by-user": () =>
      new ApiError(
        "FailedOperation.InvalidAccount",
        "The account is abnormal: VOD has been disabled on this account. Enable the service in the VOD console.",
      ),
  },
  trtc: {
    "not-activated": () =>
      new ApiError("FailedOperation", "TRTC is not activated on this account: activate it in the TRTC console first."),
    "stopped-arrears": () =>
      new ApiError(
        "FailedOperation",
        "TRTC is suspended because the account is in arrears: top up the account to a positive balance.",
      ),
    "disabled-by-user": () =>
      new ApiError("FailedOperation", "TRTC has been disabled on this account: enable it in the TRTC console."),
  },
};

/** The error a call to `service` gets while the account's service is in `state`; null when active. */
export function serviceStateError(service: ServiceName, state: ServiceState): ApiError | null {
  return state === "active" ? null : ERRORS[service][state]();
}
