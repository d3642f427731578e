import { msg } from "@/lib/i18n/message";
import { actionName } from "../cloud-action";
import { callName, type ErrorFamily } from "./mapped-error";

const ROOM_QUERIES = new Set(["DescribeRoomInfo", "DescribeUserInfo"]);

/**
 * What DescribeRoomInfo / DescribeUserInfo answer without a package. Tencent documents the rule
 * (SDK comments, doc 647/97310) but not the code: the local cloud answers
 * InvalidParameter.StartTimeOversize, the others are the closest in TRTC's error list (COVERAGE.md).
 */
const NO_PACKAGE_CODES = new Set([
  "InvalidParameter.StartTimeOversize",
  "InvalidParameter.StartTsOversize",
  "FailedOperation.NotAbility",
  "AuthFailure.UnsupportedOperation",
  "UnsupportedOperation",
]);

/** TRTC's own answers: a paid query without its package, a call the app's recording generation lacks. */
export const trtcErrors: ErrorFamily = ({ code, action }) => {
  if (action && ROOM_QUERIES.has(actionName(action)) && NO_PACKAGE_CODES.has(code)) {
    return {
      code: "CLOUD_MONITORING_PACKAGE_REQUIRED",
      message: msg("cloudErrors.trtc.monitoringPackageRequired"),
    };
  }
  if (code === "FailedOperation.CRUnsupportMethod") {
    return {
      code: "CLOUD_WRONG_RECORDING_GENERATION",
      message: msg("cloudErrors.trtc.wrongRecordingGeneration", { call: callName(action) }),
    };
  }
  if (code === "FailedOperation.SdkAppIdNotExist") {
    return {
      code: "CLOUD_NOT_FOUND",
      message: msg("cloudErrors.trtc.sdkAppIdNotExist"),
    };
  }
  return null;
};
