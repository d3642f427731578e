import { msg } from "@/lib/i18n/message";
import type { ReadinessCheck } from "../check-context";
import { FIX_URLS } from "../fix-urls";
import { whyUnread, type ProbeOutcome } from "../probe-outcome";
import type { ReadinessLine } from "../types";

const K = "readiness.checks.roomQueries";

/**
 * Whether DescribeRoomInfo answers for the app: since 2024-04-01 it needs a TRTC monthly package or
 * a paid Monitoring Dashboard (doc 647/97310). The console does not need it: live rooms come from
 * TRTC's room and media event callbacks, and the query only repairs a room whose exit event was
 * lost. So both answers are fine.
 */
export function interpretRoomQueries(roomInfo: ProbeOutcome<void>): ReadinessLine {
  const id = "room-queries";
  if (roomInfo.ok) {
    return {
      id,
      status: "ok",
      title: msg(`${K}.availableTitle`),
      detail: msg(`${K}.availableDetail`),
    };
  }
  const { failure } = roomInfo;
  if (failure.code === "CLOUD_MONITORING_PACKAGE_REQUIRED") {
    return {
      id,
      status: "ok",
      title: msg(`${K}.unavailableTitle`),
      detail: msg(`${K}.unavailableDetail`, { cloudCode: failure.cloudCode ?? msg("readiness.format.anError") }),
      fixUrl: FIX_URLS.trtcPackages,
    };
  }
  return {
    id,
    status: "not-checked",
    title: msg(`${K}.notChecked`),
    detail: whyUnread(failure, "trtc:DescribeRoomInfo"),
  };
}

export const roomQueriesCheck: ReadinessCheck = async ({ probes }) => interpretRoomQueries(await probes.roomInfo());
