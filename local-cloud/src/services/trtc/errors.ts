import { ApiError } from "../../core/api-error";

/** TRTC's own error codes (tencentcloud-sdk TrtcErrorCode), with messages that say what to do. */
export const trtcErrors = {
  sdkAppIdNotExist: (sdkAppId: number) =>
    new ApiError(
      "FailedOperation.SdkAppIdNotExist",
      `The SdkAppId ${sdkAppId} does not exist in the local cloud (its apps are set by LOCAL_CLOUD_SDK_APP_IDS).`,
    ),
  roomNotExist: (roomId: string) =>
    new ApiError("FailedOperation.RoomNotExist", `The room \`${roomId}\` does not exist: nobody is in it now.`),
  taskNotExist: (taskId: string) =>
    new ApiError("FailedOperation.TaskNotExist", `The task \`${taskId}\` does not exist or has already ended.`),
  invalidRoomId: (message: string) => new ApiError("InvalidParameter.RoomId", message),
  invalidUserId: (message: string) => new ApiError("InvalidParameter.UserId", message),
  invalidStreamUrl: (message: string) => new ApiError("InvalidParameter.StreamUrl", message),
  ingestFailed: (message: string) => new ApiError("FailedOperation", message),
  endTimeBeforeStart: () =>
    new ApiError("InvalidParameter.EndTs", "Parameter `EndTime` must not be earlier than `StartTime`."),
  queryScaleOversize: (maxSeconds: number) =>
    new ApiError(
      "InvalidParameter.QueryScaleOversize",
      `The query window from \`StartTime\` to \`EndTime\` must not exceed ${maxSeconds / 3600} hours.`,
    ),
  startTimeExpire: (maxDays: number) =>
    new ApiError(
      "InvalidParameter.StartTimeExpire",
      `Parameter \`StartTime\` must be within the last ${maxDays} days.`,
    ),
} as const;
