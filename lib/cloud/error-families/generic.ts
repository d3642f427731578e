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
      message: "The cloud had an internal error. Try again; if it persists, check Tencent Cloud's status.",
      isRetryable: true,
    };
  }
  if (code.startsWith("InternalError")) {
    return {
      code: "CLOUD_INTERNAL",
      message: `Tencent Cloud refused ${callName(action)} with an internal error it did not explain. Try again later; if it persists, give Tencent Cloud support the request id ${requestId ?? "(none)"}.`,
    };
  }
  if (NOT_FOUND_CODES.some((prefix) => code.startsWith(prefix))) {
    return {
      code: "CLOUD_NOT_FOUND",
      message: "The room, user or task no longer exists. Refresh to see the current state.",
    };
  }
  if (code.startsWith("InvalidParameter") || code.startsWith("MissingParameter") || code === "UnknownParameter") {
    return {
      code: "CLOUD_INVALID_PARAMETER",
      message: "The cloud rejected a value the console sent. Check the form values.",
    };
  }
  return { code: "CLOUD_OPERATION_FAILED", message: "The cloud refused the operation. Refresh and try again." };
}
