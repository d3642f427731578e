import type { AppConfig } from "@shared/local-cloud-account";
import type { RecordingRecord } from "../../../media/recorder/recording-store";
import { createCloudRecordingSchema, type CreateCloudRecording } from "../schemas/cloud-recording";
import { LEAVE_CODES, type LeaveCode } from "./cloud-recording-events";
import { CLOUD_RECORDING_OUTLET } from "./cloud-recording-outlet";
import { planCloudRecording, type TaskConfig } from "./cloud-recording-request";
import type { StoredTask } from "./cloud-recording-store";

/** What a restart does with a task the previous run left: resume it (306), or end it (302, 311s, 312). */
export type TaskLeftover =
  | { kind: "resume"; stored: StoredTask; request: CreateCloudRecording; config: TaskConfig }
  | { kind: "end"; stored: StoredTask; leaveCode: LeaveCode; reason: string };

const LEAVE_CODE_VALUES: readonly number[] = Object.values(LEAVE_CODES);
const isLeaveCode = (code: number | null): code is LeaveCode => code !== null && LEAVE_CODE_VALUES.includes(code);

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Decides a left task's fate from what was stored and the app as the account has it now. A task
 * resumes unless it was already ending (it finishes ending, with its own LeaveCode) or it cannot
 * run any more: its app is gone or no longer of the cloud-recording generation, or its request no
 * longer reads. Those end as if the server had removed the bot (LeaveCode 3).
 */
export function judgeLeftover(stored: StoredTask, app: AppConfig | undefined): TaskLeftover {
  const end = (reason: string, leaveCode: LeaveCode = LEAVE_CODES.serverKicked): TaskLeftover => ({
    kind: "end",
    stored,
    leaveCode,
    reason,
  });
  if (stored.state === "exiting")
    return end(
      "it was ending when the local cloud stopped",
      isLeaveCode(stored.leaveCode) ? stored.leaveCode : LEAVE_CODES.serverKicked,
    );
  if (!app) return end(`app ${stored.room.sdkAppId} is no longer in the account`);
  if (app.generation !== "cloud")
    return end(`app ${stored.room.sdkAppId} no longer records with CreateCloudRecording (legacy generation)`);
  const parsed = createCloudRecordingSchema.safeParse(stored.request);
  if (!parsed.success) return end(`its stored request no longer reads: ${parsed.error.message}`);
  try {
    return { kind: "resume", stored, request: parsed.data, config: planCloudRecording(parsed.data) };
  } catch (error) {
    return end(`its stored request is no longer valid: ${describe(error)}`);
  }
}

/** Whether a file left open is a resuming task's: it then waits for its stream to continue. */
export function isResumingTaskFile(leftovers: readonly TaskLeftover[]): (record: RecordingRecord) => boolean {
  const resuming = new Set(leftovers.filter((left) => left.kind === "resume").map((left) => left.stored.taskId));
  return (record) =>
    record.owner.kind === CLOUD_RECORDING_OUTLET && resuming.has(String(record.owner.data.taskId ?? ""));
}
