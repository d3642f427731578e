import "server-only";
import { toRecording } from "./to-recording";
import type { RecordingDto } from "@/lib/recordings/types";
import { cloudRead } from "../call";
import { cloudClients, type VodClient } from "../clients";
import { resolveSubAppId } from "./sub-app-id";

/**
 * One medium by FileId in one VOD application (null: the account's default one), as a recording;
 * null when it is not there (deleted, expired, or in another application).
 */
export async function describeMediaInfos(
  fileId: string,
  subAppId: number | null,
  vod: VodClient = cloudClients().vod,
): Promise<RecordingDto | null> {
  const SubAppId = await resolveSubAppId(subAppId, vod);
  const response = await cloudRead("vod:DescribeMediaInfos", () =>
    vod.DescribeMediaInfos({ FileIds: [fileId], Filters: ["basicInfo", "metaData"], SubAppId }),
  );
  const media = response.MediaInfoSet?.find((item) => item.FileId === fileId);
  return media ? toRecording(media, subAppId) : null;
}
