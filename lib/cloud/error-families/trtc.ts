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
      message:
        "TRTC's room and user history (DescribeRoomInfo, DescribeUserInfo) needs a TRTC monthly package (Premium or Ultimate) or a paid Monitoring Dashboard package (Standard or Advanced) since 2024-04-01, and this application has neither. Subscribe in TRTC's console to see it; recording works without it.",
    };
  }
  if (code === "FailedOperation.CRUnsupportMethod") {
    return {
      code: "CLOUD_WRONG_RECORDING_GENERATION",
      message: `TRTC refused ${callName(action)}: this application uses the legacy recording (apps created before 2022-08-01 record through CSS), and an app supports one recording generation only. Record it with the recording settings and MCU mixes; if the app was created on or after 2022-08-01, change its recording generation under Applications.`,
    };
  }
  if (code === "FailedOperation.SdkAppIdNotExist") {
    return {
      code: "CLOUD_NOT_FOUND",
      message:
        "TRTC does not know this SdkAppId in the account of the console's keys. Check the SdkAppId under Applications.",
    };
  }
  return null;
};
