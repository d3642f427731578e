import "server-only";
import { cloudRead } from "../call";
import { cloudClients, type TrtcClient } from "../clients";

/** A task's state as TRTC names it: `Idle` (starting), `InProgress` (recording), `Exited`. */
export type CloudRecordingStatus = "Idle" | "InProgress" | "Exited";

const STATUSES: readonly string[] = ["Idle", "InProgress", "Exited"];

/**
 * A live task's status (DescribeCloudRecording; null when TRTC names one the console does not
 * know). TRTC answers only while the task lives: afterwards the call fails (CLOUD_NOT_FOUND).
 */
export async function describeCloudRecording(
  input: { sdkAppId: number; taskId: string },
  trtc: TrtcClient = cloudClients().trtc,
): Promise<{ status: CloudRecordingStatus | null; rawStatus: string | null }> {
  const response = await cloudRead("trtc:DescribeCloudRecording", () =>
    trtc.DescribeCloudRecording({ SdkAppId: input.sdkAppId, TaskId: input.taskId }),
  );
  const rawStatus = response.Status ?? null;
  return {
    status: rawStatus !== null && STATUSES.includes(rawStatus) ? (rawStatus as CloudRecordingStatus) : null,
    rawStatus,
  };
}
