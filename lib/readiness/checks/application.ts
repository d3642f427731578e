import type { ReadinessCheck } from "../check-context";
import { FIX_URLS } from "../fix-urls";
import { isCamDenial, isUnanswered, whyUnread, type ProbeOutcome } from "../probe-outcome";
import type { ReadinessLine } from "../types";

/** TRTC's answers for an SdkAppId it does not know in the keys' account (TRTC errors.go). */
const UNKNOWN_APP_CODES = new Set([
  "FailedOperation.SdkAppIdNotExist",
  "InvalidParameter.SdkAppId",
  "InvalidParameterValue.SdkAppId",
  "UnauthorizedOperation.SdkAppId",
]);

/**
 * Whether TRTC knows the app, from DescribeRoomInfo: it looks the app up before anything else,
 * so a package error still means the app is there. (Room control and task actions check their
 * parameters first, so their incomplete probes cannot tell.)
 */
export function interpretApplication(sdkAppId: number, roomInfo: ProbeOutcome<void>): ReadinessLine {
  const id = "application";
  if (!roomInfo.ok) {
    const { failure } = roomInfo;
    if (failure.cloudCode && UNKNOWN_APP_CODES.has(failure.cloudCode)) {
      return {
        id,
        status: "blocking",
        title: `TRTC does not know app ${sdkAppId}`,
        detail:
          `TRTC answered ${failure.cloudCode} for SdkAppId ${sdkAppId}: it is not an app of the account these keys belong to` +
          `${failure.cloudCode === "UnauthorizedOperation.SdkAppId" ? ", or the CAM policy leaves it out" : ""}. ` +
          "Check the SdkAppId in TRTC's console (Application management) and under Applications.",
        fixUrl: FIX_URLS.trtcApplications,
      };
    }
    if (isUnanswered(failure) || isCamDenial(failure) || failure.code === "CLOUD_RATE_LIMITED") {
      return {
        id,
        status: "not-checked",
        title: `Whether TRTC knows app ${sdkAppId} was not checked`,
        detail: `DescribeRoomInfo, the read that tells, was not answered. ${whyUnread(failure, "trtc:DescribeRoomInfo")}`,
      };
    }
  }
  return {
    id,
    status: "ok",
    title: `TRTC knows app ${sdkAppId}`,
    detail: "DescribeRoomInfo found the app in the account of the console's keys.",
  };
}

export const applicationCheck: ReadinessCheck = async ({ probes, target }) =>
  interpretApplication(target.sdkAppId, await probes.roomInfo());
