import "server-only";
import type { EditMediaOutputConfig } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import { cloudWrite } from "../call";
import { cloudClients, type VodClient } from "../clients";
import { resolveSubAppId } from "./sub-app-id";

/**
 * Starts VOD's media editing to join files, in order, into one new MP4 in the same application
 * (null: the account's default one). Returns the task's id; the new FileId comes with its end.
 */
export async function editMedia(
  fileIds: readonly string[],
  output: Pick<EditMediaOutputConfig, "MediaName" | "ClassId" | "ExpireTime">,
  subAppId: number | null,
  vod: VodClient = cloudClients().vod,
): Promise<string> {
  const SubAppId = await resolveSubAppId(subAppId, vod);
  const response = await cloudWrite("vod:EditMedia", () =>
    vod.EditMedia({
      InputType: "File",
      FileInfos: fileIds.map((FileId) => ({ FileId })),
      OutputConfig: { ...output, Type: "mp4" },
      SubAppId,
    }),
  );
  if (!response.TaskId) throw new Error("VOD's EditMedia answered without a TaskId.");
  return response.TaskId;
}
