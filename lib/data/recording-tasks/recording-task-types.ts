import type { Currency } from "@/lib/costs/money";
import type { LayoutChangeEntry, ProducedFileEntry } from "@/lib/db/schema";
import type { MixLayout, MixOutput } from "@/lib/schemas/mix";
import type { RecordingFormat } from "@/lib/schemas/recording-settings";
import type { Subscription, TaskLayout, TaskOutput } from "@/lib/schemas/task";

/**
 * A recording started from the console, as pages show it (reshaped from a recording_tasks row and
 * what the cloud says of it now). Plain data, safe for the browser: no UserSig, no keys.
 */
export type RecordingTaskStatus = "starting" | "recording" | "stopping" | "ended" | "failed";

export const RECORDING_STATUS_LABELS: Record<RecordingTaskStatus, string> = {
  starting: "Starting",
  recording: "Recording",
  stopping: "Stopping",
  ended: "Ended",
  failed: "Failed to start",
};

/** Transitional statuses are polled quickly until they settle. */
export const isTransitional = (status: RecordingTaskStatus): boolean => status === "starting" || status === "stopping";
/** Running: a layout change and a stop make sense. */
export const isActive = (status: RecordingTaskStatus): boolean =>
  status === "starting" || status === "recording" || status === "stopping";

export interface ProducedFile extends ProducedFileEntry {
  /** The recording's page in the library. */
  href: string;
}

/** The per-hour estimate a recording was started under, priced from the price book now. */
export interface HourlyCost {
  currency: Currency;
  perHour: number;
  /** Why the figure is not the whole cost (missing prices, monthly legacy billing, …). */
  gaps: string[];
}

interface RecordingTaskBase {
  id: string;
  roomId: string;
  status: RecordingTaskStatus;
  startedBy: string;
  startedAt: string;
  stoppedBy: string | null;
  stopRequestedAt: string | null;
  endedAt: string | null;
  endReason: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  layoutChanges: LayoutChangeEntry[];
  files: ProducedFile[];
  cost: HourlyCost;
}

export interface McuMixTaskDto extends RecordingTaskBase {
  kind: "mcu_mix";
  recordId: string;
  streamId: string;
  output: MixOutput;
  layout: MixLayout;
}

/** One cloud-recording event (301–312) TRTC sent about a task, as its page lists it. */
export interface TaskEventDto {
  eventType: number;
  name: string;
  /** When it happened (the event's own time), ISO. */
  at: string;
  detail: string | null;
  /** A failure worth an admin's attention (a start that failed, a file not uploaded). */
  isProblem: boolean;
  /** 311 of an uploaded file: its VOD FileId. */
  fileId: string | null;
}

export interface CloudTaskDto extends RecordingTaskBase {
  kind: "cloud_task";
  taskId: string | null;
  botUserId: string | null;
  /** What DescribeCloudRecording last said (Idle, InProgress, Exited); only a reconciliation now and then. */
  cloudStatus: string | null;
  /** What TRTC's cloud-recording callbacks said of the task, in the order it happened. */
  events: TaskEventDto[];
  recordMode: "single" | "mixed";
  userDefineRecordId: string | null;
  output: TaskOutput;
  layout: TaskLayout;
  subscription: Subscription;
}

export type RecordingTaskDto = McuMixTaskDto | CloudTaskDto;

/** What the application's recording settings say, for a new task's defaults. */
export interface TaskSettingsDefaults {
  formats: readonly RecordingFormat[];
  retentionDays: number;
  subAppId: number | null;
}
