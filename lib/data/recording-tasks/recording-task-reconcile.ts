import type { RecordingTaskRow } from "@/lib/db/schema";

/**
 * DescribeCloudRecording only reconciles: while a task's events reach the console, it is asked at
 * most once a minute (TRTC drops a callback it could not deliver within a minute, so a lost 302
 * shows by then). A task nothing was heard of, or one stopped whose 302 has not come, is asked
 * every 10 seconds: then Describe is the only word on it.
 */
export const RECONCILE_HEARD_MS = 60_000;
export const RECONCILE_UNHEARD_MS = 10_000;

/**
 * Whether an active task is due a DescribeCloudRecording now, given how many of its events arrived
 * and when it was last described (null: never, by this process).
 */
export function isReconcileDue(
  row: Pick<RecordingTaskRow, "stopRequestedAt">,
  eventCount: number,
  lastDescribedMs: number | null,
  nowMs: number,
): boolean {
  if (lastDescribedMs === null) return true;
  const isWaitingForStop = row.stopRequestedAt !== null;
  const interval = eventCount > 0 && !isWaitingForStop ? RECONCILE_HEARD_MS : RECONCILE_UNHEARD_MS;
  return nowMs - lastDescribedMs >= interval;
}
