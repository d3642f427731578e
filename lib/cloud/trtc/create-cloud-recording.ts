import "server-only";
import type { StartTaskInput } from "@/lib/schemas/task";
import { cloudWrite } from "../call";
import { cloudClients, type CloudClients } from "../clients";
import { resolveSubAppId } from "../vod/sub-app-id";
import { createCloudRecordingRequest, type RecorderBot } from "./cloud-recording-request";

/**
 * Starts a cloud-recording task (CreateCloudRecording): the bot joins the room and records into
 * VOD, into the application chosen or else the account's default one, named by its SubAppId.
 * Returns the task's id.
 */
export async function createCloudRecording(
  input: StartTaskInput,
  bot: RecorderBot,
  clients: Pick<CloudClients, "trtc" | "vod"> = cloudClients(),
): Promise<{ taskId: string }> {
  const subAppId = await resolveSubAppId(input.subAppId, clients.vod);
  const request = createCloudRecordingRequest({ ...input, subAppId }, bot);
  const response = await cloudWrite("trtc:CreateCloudRecording", () => clients.trtc.CreateCloudRecording(request));
  return { taskId: response.TaskId ?? "" };
}
