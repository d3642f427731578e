import "server-only";
import { cloudWrite } from "../call";
import { cloudClients, type TrtcClient } from "../clients";

/** Stops a task (DeleteCloudRecording): it then exits and uploads what it recorded. */
export async function deleteCloudRecording(
  input: { sdkAppId: number; taskId: string },
  trtc: TrtcClient = cloudClients().trtc,
): Promise<void> {
  await cloudWrite("trtc:DeleteCloudRecording", () =>
    trtc.DeleteCloudRecording({ SdkAppId: input.sdkAppId, TaskId: input.taskId }),
  );
}
