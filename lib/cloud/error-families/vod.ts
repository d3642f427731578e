import { serviceOf } from "../cloud-action";
import { callName, type ErrorFamily } from "./mapped-error";

/**
 * VOD's answers about applications and media. Accounts that opened VOD on or after 2023-12-25 must
 * send SubAppId on every call (SDK vod_models comments); which code a call without one gets is
 * not documented: MissingParameter naming SubAppId, or InvalidParameterValue.SubAppId saying it is
 * required (what the local cloud answers), are taken as it (COVERAGE.md).
 */
export const vodErrors: ErrorFamily = ({ code, action, rawMessage }) => {
  if (!action || serviceOf(action) !== "vod") return null;
  const namesSubAppId = code.endsWith(".SubAppId") || rawMessage.includes("SubAppId");
  const isMissing =
    (code.startsWith("MissingParameter") && namesSubAppId) ||
    (code === "InvalidParameterValue.SubAppId" && /required|must/i.test(rawMessage));
  if (isMissing) {
    return {
      code: "CLOUD_VOD_SUB_APP_REQUIRED",
      message: `VOD requires this account to name a VOD application (SubAppId) on every call, and ${callName(action)} named none. Set the application's VOD sub-application under Applications, then try again.`,
    };
  }
  if (code === "InvalidParameterValue.SubAppId") {
    return {
      code: "CLOUD_INVALID_PARAMETER",
      message:
        "VOD does not know the VOD application (SubAppId) the console sent: it was deleted or belongs to another account. Choose another VOD application under Applications or in the recording settings.",
    };
  }
  if (code === "ResourceNotFound.FileNotExist" || code === "InvalidParameterValue.FileId") {
    return {
      code: "CLOUD_NOT_FOUND",
      message: "The recording is gone from VOD (deleted or expired). Refresh the list.",
    };
  }
  if (code === "InvalidParameterValue.Limit" || code === "InvalidParameterValue.OffsetTooLarge") {
    return {
      code: "CLOUD_INVALID_PARAMETER",
      message: "VOD returns the first 5,000 results of a search only: narrow the search.",
    };
  }
  return null;
};
