import type { ReadinessCheck } from "../check-context";
import { FIX_URLS } from "../fix-urls";
import { whyUnread, type ProbeOutcome } from "../probe-outcome";
import type { ReadinessLine } from "../types";

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
      title: "DescribeRoomInfo is available (monitoring package)",
      detail:
        "The app has a TRTC monthly package or a Monitoring Dashboard package. The console uses the query only to repair a room whose exit event was lost; live rooms come from TRTC's event callbacks.",
    };
  }
  const { failure } = roomInfo;
  if (failure.code === "CLOUD_MONITORING_PACKAGE_REQUIRED") {
    return {
      id,
      status: "ok",
      title: "DescribeRoomInfo is not available (no monitoring package)",
      detail: `TRTC answered ${failure.cloudCode ?? "an error"}: since 2024-04-01 the query needs a monthly package (Premium or Ultimate) or a paid Monitoring Dashboard. Not needed: live rooms come from TRTC's room and media event callbacks, and a room whose exit event was lost is marked stale instead of repaired.`,
      fixUrl: FIX_URLS.trtcPackages,
    };
  }
  return {
    id,
    status: "not-checked",
    title: "Whether DescribeRoomInfo is available was not checked",
    detail: whyUnread(failure, "trtc:DescribeRoomInfo"),
  };
}

export const roomQueriesCheck: ReadinessCheck = async ({ probes }) => interpretRoomQueries(await probes.roomInfo());
