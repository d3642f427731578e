import { msg } from "@/lib/i18n/message";
import { callName, type MappedError, type TencentFailure } from "./mapped-error";

/**
 * The internal errors that are Tencent's own trouble, which its recording guide says to retry:
 * the bare code and the sub-codes errors.go describes as a database, network, backend or system
 * failure (trtc, vod, live). Any other InternalError.* is a business answer and is not retried.
 */
const TRANSIENT_INTERNAL_ERRORS = new Set([
  "InternalError",
  "InternalError.SystemError",
  "InternalError.NetworkError",
  "InternalError.DBError",
  "InternalError.DbError",
  "InternalError.ConnectDbError",
  "InternalError.CallOtherSvrError",
  "InternalError.BackendFail",
  "InternalError.BackendTimeOut",
  "InternalError.EsQueryError",
  "InternalError.GetRoomCacheIpError",
  "InternalError.GetRoomFromCacheError",
  "InternalError.GetMediaListError",
  "InternalError.GetFileInfoError",
]);

const NOT_FOUND_CODES = ["FailedOperation.RoomNotExist", "ResourceNotFound", "FailedOperation.TaskNotExist"];

/** What is left once the product families had their say: the code's category decides. */
export function genericErrors({ code, action, requestId }: TencentFailure): MappedError {
  if (TRANSIENT_INTERNAL_ERRORS.has(code)) {
    return {
      code: "CLOUD_INTERNAL",
      message: msg("cloudErrors.generic.transientInternal"),
      isRetryable: true,
    };
  }
  if (code.startsWith("InternalError")) {
    return {
      code: "CLOUD_INTERNAL",
      message: msg("cloudErrors.generic.unexplainedInternal", {
        call: callName(action),
        requestId: requestId ?? msg("cloudErrors.noRequestId"),
      }),
    };
  }
  if (NOT_FOUND_CODES.some((prefix) => code.startsWith(prefix))) {
    return {
      code: "CLOUD_NOT_FOUND",
      message: msg("cloudErrors.generic.notFound"),
    };
  }
  if (code.startsWith("InvalidParameter") || code.startsWith("MissingParameter") || code === "UnknownParameter") {
    return {
      code: "CLOUD_INVALID_PARAMETER",
      message: msg("cloudErrors.generic.invalidParameter"),
    };
  }
  return { code: "CLOUD_OPERATION_FAILED", message: msg("cloudErrors.generic.operationFailed") };
}
