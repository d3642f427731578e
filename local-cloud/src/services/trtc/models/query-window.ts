import { trtcErrors } from "../errors";

export interface QueryWindow {
  startTime: number;
  endTime: number;
}

export interface Page {
  number: number;
  size: number;
}

/** History TRTC keeps for these queries (the monitoring package's longer tier, reference §2.4). */
const HISTORY_DAYS = 14;

/** Checks a query's window the way TRTC does: ordered, at most `maxSeconds` long, not older than 14 days. */
export function checkQueryWindow(window: QueryWindow, maxSeconds: number, nowSeconds: number): void {
  if (window.endTime < window.startTime) throw trtcErrors.endTimeBeforeStart();
  if (window.endTime - window.startTime > maxSeconds) throw trtcErrors.queryScaleOversize(maxSeconds);
  if (window.startTime < nowSeconds - HISTORY_DAYS * 24 * 3600) throw trtcErrors.startTimeExpire(HISTORY_DAYS);
}
