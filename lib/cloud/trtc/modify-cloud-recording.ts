import "server-only";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import type { StartTaskInput, Subscription } from "@/lib/schemas/task";
import { cloudWrite } from "../call";
import { cloudClients, type TrtcClient } from "../clients";
import { modifyCloudRecordingParts } from "./cloud-recording-request";

/**
 * Changes a running task's layout and subscription (ModifyCloudRecording). The API replaces both
 * whole, so the complete layout and lists are always sent, never a patch.
 */
export async function modifyCloudRecording(
  input: {
    sdkAppId: number;
    taskId: string;
    recordMode: StartTaskInput["recordMode"];
    layout: RecordingLayout;
    subscription: Subscription;
  },
  trtc: TrtcClient = cloudClients().trtc,
): Promise<void> {
  await cloudWrite("trtc:ModifyCloudRecording", () =>
    trtc.ModifyCloudRecording({
      SdkAppId: input.sdkAppId,
      TaskId: input.taskId,
      ...modifyCloudRecordingParts(input.recordMode, input.layout, input.subscription),
    }),
  );
}
