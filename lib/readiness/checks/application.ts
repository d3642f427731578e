import { msg } from "@/lib/i18n/message";
import type { ReadinessCheck } from "../check-context";
import { FIX_URLS } from "../fix-urls";
import { sentences } from "../format";
import { isCamDenial, isUnanswered, whyUnread, type ProbeOutcome } from "../probe-outcome";
import type { ReadinessLine } from "../types";

/** TRTC's answers for an SdkAppId it does not know in the keys' account (TRTC errors.go). */
const UNKNOWN_APP_CODES = new Set([
  "FailedOperation.SdkAppIdNotExist",
  "InvalidParameter.SdkAppId",
  "InvalidParameterValue.SdkAppId",
  "UnauthorizedOperation.SdkAppId",
]);

const K = "readiness.checks.application";

/**
 * Whether TRTC knows the app, from DescribeRoomInfo: it looks the app up before anything else,
 * so a package error still means the app is there. (Room control and task actions check their
 * parameters first, so their incomplete probes cannot tell.)
 */
export function interpretApplication(sdkAppId: number, roomInfo: ProbeOutcome<void>): ReadinessLine {
  const id = "application";
  const app = String(sdkAppId);
  if (!roomInfo.ok) {
    const { failure } = roomInfo;
    if (failure.cloudCode && UNKNOWN_APP_CODES.has(failure.cloudCode)) {
      return {
        id,
        status: "blocking",
        title: msg(`${K}.unknownTitle`, { sdkAppId: app }),
        detail: msg(`${K}.unknownDetail`, {
          cloudCode: failure.cloudCode,
          sdkAppId: app,
          orPolicy: failure.cloudCode === "UnauthorizedOperation.SdkAppId" ? "yes" : "no",
        }),
        fixUrl: FIX_URLS.trtcApplications,
      };
    }
    if (isUnanswered(failure) || isCamDenial(failure) || failure.code === "CLOUD_RATE_LIMITED") {
      return {
        id,
        status: "not-checked",
        title: msg(`${K}.notCheckedTitle`, { sdkAppId: app }),
        detail: sentences(msg(`${K}.notCheckedDetail`), whyUnread(failure, "trtc:DescribeRoomInfo")),
      };
    }
  }
  return {
    id,
    status: "ok",
    title: msg(`${K}.okTitle`, { sdkAppId: app }),
    detail: msg(`${K}.okDetail`),
  };
}

export const applicationCheck: ReadinessCheck = async ({ probes, target }) =>
  interpretApplication(target.sdkAppId, await probes.roomInfo());
