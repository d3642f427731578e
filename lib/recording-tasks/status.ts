import { msg } from "@/lib/i18n/message";

/**
 * A recording task's lifecycle, in one place: the database enum, the labels pages show, and the
 * rule that a status only moves forward (events and DescribeCloudRecording may arrive in any order).
 */
export const RECORDING_TASK_STATUSES = ["starting", "recording", "stopping", "ended", "failed"] as const;

export type RecordingTaskStatus = (typeof RECORDING_TASK_STATUSES)[number];

/** Catalog messages (`msg`): shown through `messageText` in the viewer's language. */
export const RECORDING_STATUS_LABELS: Record<RecordingTaskStatus, string> = {
  starting: msg("recordingTasks.status.starting"),
  recording: msg("recordingTasks.status.recording"),
  stopping: msg("recordingTasks.status.stopping"),
  ended: msg("recordingTasks.status.ended"),
  failed: msg("recordingTasks.status.failed"),
};

/** Running: the cloud still holds the task, so a layout change and a stop make sense. */
export const ACTIVE_STATUSES = ["starting", "recording", "stopping"] as const satisfies readonly RecordingTaskStatus[];

export const isActive = (status: RecordingTaskStatus): boolean =>
  (ACTIVE_STATUSES as readonly RecordingTaskStatus[]).includes(status);

/** Transitional statuses are polled quickly until they settle. */
export const isTransitional = (status: RecordingTaskStatus): boolean => status === "starting" || status === "stopping";

/** A layout can be changed only before a stop was asked for. */
export const canChangeLayout = (status: RecordingTaskStatus): boolean =>
  status === "starting" || status === "recording";

/** Ended and failed are both final: neither moves to the other. */
const STATUS_ORDER: Record<RecordingTaskStatus, number> = {
  starting: 0,
  recording: 1,
  stopping: 2,
  ended: 3,
  failed: 3,
};

/** The later of two statuses: what a row becomes when a report says `seen` of it. */
export const forwardStatus = (current: RecordingTaskStatus, seen: RecordingTaskStatus): RecordingTaskStatus =>
  STATUS_ORDER[seen] > STATUS_ORDER[current] ? seen : current;
