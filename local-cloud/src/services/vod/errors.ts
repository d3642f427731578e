import { ApiError } from "../../core/api-error";

/** VOD errors the local cloud answers (Tencent's VOD error families). */
export const vodErrors = {
  mediaNotFound: (fileId: string) => new ApiError("ResourceNotFound.FileNotExist", `No media has FileId ${fileId}.`),
  /** VOD's code for a bad SubAppId; for a missing one on a new account it is UNCONFIRMED (COVERAGE.md). */
  subAppIdRequired: (defaultSubAppId: number) =>
    new ApiError(
      "InvalidParameterValue.SubAppId",
      `SubAppId is required: this VOD account was opened on or after 2023-12-25, so every call must name its application, the default one included (${defaultSubAppId}; DescribeSubAppIds lists them).`,
    ),
  subAppNotFound: (subAppId: number) =>
    new ApiError("InvalidParameterValue.SubAppId", `SubAppId ${subAppId} is not a sub-application of this account.`),
  searchCap: (offset: number, limit: number) =>
    new ApiError(
      "InvalidParameterValue.Limit",
      `Offset + Limit must be at most 5000 (got ${offset} + ${limit}): VOD returns the first 5000 results of a search only.`,
    ),
  expireTime: (value: string) =>
    new ApiError(
      "InvalidParameterValue.ExpireTime",
      `\`ExpireTime\` must be an ISO 8601 time such as 2030-01-01T00:00:00Z, got ${JSON.stringify(value)}.`,
    ),
};

/** EditMedia's errors (UNCONFIRMED codes: COVERAGE.md "Media editing"). */
export const vodEditErrors = {
  fileInfosRequired: () =>
    new ApiError(
      "InvalidParameterValue.FileInfos",
      "`FileInfos` must list at least one file when `InputType` is File.",
    ),
  streamUnsupported: () =>
    new ApiError("UnsupportedOperation", "The local cloud edits files only: `InputType` Stream is not implemented."),
  outputType: (type: string) =>
    new ApiError(
      "InvalidParameterValue.Type",
      `\`OutputConfig.Type\` ${JSON.stringify(type)} is not supported: use mp4.`,
    ),
  offsets: (fileId: string) =>
    new ApiError(
      "InvalidParameterValue.EndTimeOffset",
      `\`EndTimeOffset\` of ${fileId} must be after its \`StartTimeOffset\`.`,
    ),
  taskNotFound: (taskId: string) =>
    new ApiError("InvalidParameterValue.TaskId", `No task has TaskId ${taskId} in this application.`),
};
