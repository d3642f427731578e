import { ApiError } from "../../core/api-error";

/** TRTC's own error codes (tencentcloud-sdk TrtcErrorCode), with messages that say what to do. */
export const trtcErrors = {
  sdkAppIdNotExist: (sdkAppId: number) =>
    new ApiError(
      "FailedOperation.SdkAppIdNotExist",
      `The SdkAppId ${sdkAppId} does not exist in this account (the local cloud's apps: LOCAL_CLOUD_ACCOUNT, LOCAL_CLOUD_SDK_APP_IDS or PUT /_local/account).`,
    ),
  /** TRTC's code for an unsupported recording method (COVERAGE.md "What a real account imposes"). */
  legacyRecordingApp: (sdkAppId: number) =>
    new ApiError(
      "FailedOperation.CRUnsupportMethod",
      `App ${sdkAppId} uses the legacy recording (created before 2022-08-01): it records through CSS (record rules, StartMCUMixTranscode OutputParams.RecordId), and one app supports one recording generation only, so CreateCloudRecording is not available to it.`,
    ),
  /** The code TRTC documents for a query outside what the app's package allows (COVERAGE.md). */
  noMonitoringPackage: (action: string, sdkAppId: number) =>
    new ApiError(
      "InvalidParameter.StartTimeOversize",
      `Since 2024-04-01 ${action} needs a TRTC monthly package (尊享版 or 旗舰版) or a paid Monitoring Dashboard package (基础版 or 进阶版), and app ${sdkAppId} has neither, so no time range can be queried. It serves history only, never real-time logic.`,
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
