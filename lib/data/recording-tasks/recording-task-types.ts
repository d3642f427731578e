import type { Currency } from "@/lib/costs/money";
import type { LayoutChangeEntry, ProducedFileEntry } from "@/lib/db/schema";
import type { MixOutput } from "@/lib/schemas/mix";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import type { RecordingFormat } from "@/lib/schemas/recording-settings";
import type { Subscription, TaskOutput } from "@/lib/schemas/task";
import type { RecordingTaskStatus } from "@/lib/recording-tasks/status";

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

/**
 * A recording started from the console, as pages show it (reshaped from a recording_tasks row and
 * what the cloud says of it now). Plain data, safe for the browser: no UserSig, no keys.
 */
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
  layout: RecordingLayout;
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
  layout: RecordingLayout;
  subscription: Subscription;
}

export type RecordingTaskDto = McuMixTaskDto | CloudTaskDto;

/** What the application's recording settings say, for a new task's defaults. */
export interface TaskSettingsDefaults {
  formats: readonly RecordingFormat[];
  retentionDays: number;
  subAppId: number | null;
}
