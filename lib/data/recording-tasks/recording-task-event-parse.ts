import { msg } from "@/lib/i18n/message";
import { dateFromUnixMs } from "@/lib/callbacks/unix-time";
import type { TaskEventDto } from "@/lib/data/recording-tasks/recording-task-types";

/** A file event 311 says was uploaded to VOD. */
export interface TaskEventFile {
  fileId: string;
  /** The mp4/HLS file's name (`CacheFile`), which VOD keeps as the media's name plus its extension. */
  cacheFile: string | null;
  userId: string | null;
  /** `main`, `aux` or `mix` (a mixed task's one picture). */
  mediaId: string | null;
  durationSeconds: number | null;
}

/** One verified cloud-recording event (group 3) of a task, as the console acts on it. */
export interface TaskEvent {
  eventType: number;
  /** When it happened (EventMsTs, else EventTs): the order events are read in, whatever order they arrived. */
  atMs: number;
  /** Payload.Status: 0 ok; for 311 1 stuck, 2 failed; for 312 1 abnormal; for 301 1 failed. */
  status: number | null;
  /** 302's Payload.LeaveCode. */
  leaveCode: number | null;
  /** 311's Errmsg. */
  errorMessage: string | null;
  /** 311: the file, uploaded (Status 0) or not. */
  file: TaskEventFile | null;
}

/** TRTC's cloud-recording event types the console acts on (reference §4.4). */
export const TASK_EVENT_TYPES = {
  recorderStart: 301,
  recorderStop: 302,
  uploadStart: 303,
  failover: 306,
  vodCommit: 311,
  vodStop: 312,
} as const;

/**
 * RECORDER_STOP's LeaveCode in words (reference §4.4), as catalog messages (`msg`): a row keeps
 * the message, and the page shows it in the viewer's language.
 */
export const LEAVE_REASONS: Record<number, string> = {
  0: msg("recordingTasks.leaveReasons.normal"),
  1: msg("recordingTasks.leaveReasons.removeUser"),
  2: msg("recordingTasks.leaveReasons.dismissRoom"),
  3: msg("recordingTasks.leaveReasons.removedByServer"),
  4: msg("recordingTasks.leaveReasons.dismissedByServer"),
  99: msg("recordingTasks.leaveReasons.maxIdle"),
  100: msg("recordingTasks.leaveReasons.roomTimeout"),
  101: msg("recordingTasks.leaveReasons.botIdTaken"),
};

export const leaveReasonOf = (leaveCode: number): string =>
  LEAVE_REASONS[leaveCode] ?? msg("recordingTasks.leaveReasons.other", { leaveCode });

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function integer(value: unknown): number | null {
  const number = typeof value === "string" && /^-?\d{1,16}$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isSafeInteger(number) ? number : null;
}

function text(value: unknown, maxLength = 500): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value !== "" ? value.slice(0, maxLength) : null;
}

/**
 * 311's file. The current doc nests it under Payload.TencentVod with times in ms; an older sample
 * puts it in Payload itself with BeginTimeStamp/EndTimeStamp in seconds (reference §4.4).
 */
function fileOf(payload: Record<string, unknown>): TaskEventFile | null {
  const nested = record(payload.TencentVod);
  const isNested = Object.keys(nested).length > 0;
  const vod = isNested ? nested : payload;
  const fileId = text(vod.FileId, 64);
  if (fileId === null) return null;
  const start = integer(isNested ? vod.StartTimeStamp : vod.BeginTimeStamp);
  const end = integer(vod.EndTimeStamp);
  const unitMs = isNested ? 1 : 1000;
  const durationSeconds =
    start !== null && end !== null && end >= start ? Math.round(((end - start) * unitMs) / 1000) : null;
  return {
    fileId,
    cacheFile: text(vod.CacheFile, 300),
    userId: text(vod.UserId, 200),
    mediaId: text(vod.MediaId, 20),
    durationSeconds,
  };
}

/** A stored verified body read as a task event; null when it is not one (no TaskId, no event type). */
export function taskEventOf(eventType: number | null, body: unknown, receivedAt: Date): TaskEvent | null {
  if (eventType === null) return null;
  const info = record(record(body).EventInfo);
  const payload = record(info.Payload);
  const eventMs = integer(info.EventMsTs);
  const eventSeconds = integer(info.EventTs);
  // A signed body may still carry a time no Date can hold: then the time it arrived stands in.
  const at =
    dateFromUnixMs(eventMs) ?? dateFromUnixMs(eventSeconds === null ? null : eventSeconds * 1000) ?? receivedAt;
  const atMs = at.getTime();
  return {
    eventType,
    atMs,
    status: integer(payload.Status),
    leaveCode: integer(payload.LeaveCode),
    errorMessage: text(payload.Errmsg),
    file: eventType === TASK_EVENT_TYPES.vodCommit ? fileOf(payload) : null,
  };
}

const statusOf = (event: TaskEvent) => msg("recordingTasks.events.status", { status: String(event.status) });

/** What one event says, in words (catalog messages, `msg`; a file name as it is), for the task's page. */
function describeEvent(event: TaskEvent): Pick<TaskEventDto, "name" | "detail" | "isProblem"> {
  const ok = event.status === null || event.status === 0;
  switch (event.eventType) {
    case TASK_EVENT_TYPES.recorderStart:
      return ok
        ? { name: msg("recordingTasks.events.recorderStarted"), detail: null, isProblem: false }
        : { name: msg("recordingTasks.events.recorderNotStarted"), detail: statusOf(event), isProblem: true };
    case TASK_EVENT_TYPES.recorderStop:
      return {
        name: msg("recordingTasks.events.recorderStopped"),
        detail: event.leaveCode === null ? null : leaveReasonOf(event.leaveCode),
        isProblem: false,
      };
    case TASK_EVENT_TYPES.uploadStart:
      return ok
        ? { name: msg("recordingTasks.events.uploadStarted"), detail: null, isProblem: false }
        : { name: msg("recordingTasks.events.uploadNotStarted"), detail: statusOf(event), isProblem: true };
    case TASK_EVENT_TYPES.failover:
      return {
        name: msg("recordingTasks.events.failover"),
        detail: msg("recordingTasks.events.failoverDetail"),
        isProblem: false,
      };
    case TASK_EVENT_TYPES.vodCommit: {
      const file = event.file?.cacheFile ?? event.file?.fileId ?? null;
      if (ok) return { name: msg("recordingTasks.events.fileUploaded"), detail: file, isProblem: false };
      return {
        name: msg("recordingTasks.events.fileNotUploaded"),
        detail: msg("recordingTasks.events.fileNotUploadedDetail", {
          hasFile: file ? "yes" : "no",
          file: file ?? "",
          stuck: event.status === 1 ? "yes" : "no",
          hasError: event.errorMessage ? "yes" : "no",
          error: event.errorMessage ?? "",
        }),
        isProblem: true,
      };
    }
    case TASK_EVENT_TYPES.vodStop:
      return ok
        ? {
            name: msg("recordingTasks.events.uploadFinished"),
            detail: msg("recordingTasks.events.uploadFinishedDetail"),
            isProblem: false,
          }
        : { name: msg("recordingTasks.events.uploadAbnormal"), detail: statusOf(event), isProblem: true };
    default:
      return {
        name: msg("recordingTasks.events.other", { eventType: event.eventType }),
        detail: null,
        isProblem: false,
      };
  }
}

/** A task's events as its page lists them, in the order they happened. */
export function toTaskEventDtos(events: readonly TaskEvent[]): TaskEventDto[] {
  return [...events]
    .sort((a, b) => a.atMs - b.atMs || a.eventType - b.eventType)
    .map((event) => ({
      eventType: event.eventType,
      at: new Date(event.atMs).toISOString(),
      fileId: event.file && (event.status ?? 0) === 0 ? event.file.fileId : null,
      ...describeEvent(event),
    }));
}
