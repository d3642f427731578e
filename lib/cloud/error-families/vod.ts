import { msg } from "@/lib/i18n/message";
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
      message: msg("cloudErrors.vod.subAppRequired", { call: callName(action) }),
    };
  }
  if (code === "InvalidParameterValue.SubAppId") {
    return {
      code: "CLOUD_INVALID_PARAMETER",
      message: msg("cloudErrors.vod.subAppUnknown"),
    };
  }
  if (code === "ResourceNotFound.FileNotExist" || code === "InvalidParameterValue.FileId") {
    return {
      code: "CLOUD_NOT_FOUND",
      message: msg("cloudErrors.vod.fileGone"),
    };
  }
  if (code === "InvalidParameterValue.Limit" || code === "InvalidParameterValue.OffsetTooLarge") {
    return {
      code: "CLOUD_INVALID_PARAMETER",
      message: msg("cloudErrors.vod.searchLimit"),
    };
  }
  return null;
};
