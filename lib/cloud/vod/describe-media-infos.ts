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

/** DescribeMediaInfos takes at most 20 FileIds (`FileIds.N`, N 0 to 19). */
const DESCRIBE_BATCH = 20;

/**
 * Many media of one VOD application, 20 per call, in the order asked; those VOD no longer has are
 * left out.
 */
export async function describeManyMediaInfos(
  fileIds: readonly string[],
  subAppId: number | null,
  vod: VodClient = cloudClients().vod,
): Promise<RecordingDto[]> {
  const SubAppId = await resolveSubAppId(subAppId, vod);
  const batches: string[][] = [];
  for (let start = 0; start < fileIds.length; start += DESCRIBE_BATCH) {
    batches.push(fileIds.slice(start, start + DESCRIBE_BATCH));
  }
  const answers = await Promise.all(
    batches.map((FileIds) =>
      cloudRead("vod:DescribeMediaInfos", () =>
        vod.DescribeMediaInfos({ FileIds, Filters: ["basicInfo", "metaData"], SubAppId }),
      ),
    ),
  );
  const found = new Map(
    answers.flatMap((answer) => answer.MediaInfoSet ?? []).map((media) => [media.FileId ?? "", media] as const),
  );
  return fileIds.flatMap((fileId) => {
    const media = found.get(fileId);
    return media ? [toRecording(media, subAppId)] : [];
  });
}
