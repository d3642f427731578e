import "server-only";
import { cloudRead } from "@/lib/cloud/call";
import { cloudClients } from "@/lib/cloud/clients";
import { toRecording } from "./to-recording";
import type { RecordingDto } from "./types";

/** One recording by FileId, or null when VOD does not have it (deleted or expired). */
export async function getRecording(fileId: string, subAppId: number | null): Promise<RecordingDto | null> {
  const response = await cloudRead(() =>
    cloudClients().vod.DescribeMediaInfos({
      FileIds: [fileId],
      Filters: ["basicInfo", "metaData"],
      ...(subAppId ? { SubAppId: subAppId } : {}),
    }),
  );
  const media = response.MediaInfoSet?.find((item) => item.FileId === fileId);
  return media ? toRecording(media, subAppId) : null;
}
