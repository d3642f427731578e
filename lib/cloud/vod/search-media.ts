import "server-only";
import { toRecording } from "./to-recording";
import type { RecordingDto } from "@/lib/recordings/types";
import { cloudRead } from "../call";
import { cloudClients, type VodClient } from "../clients";
import { toSearchMediaRequest, type MediaQuery } from "./media-query";
import { resolveSubAppId } from "./sub-app-id";

export type { MediaQuery };

export interface MediaPage {
  recordings: RecordingDto[];
  /** How many VOD has in all for the query (it serves the first 5,000). */
  totalCount: number;
}

/**
 * VOD SearchMedia in the console's terms: the query's media as recordings, in the application
 * asked for (else the account's default one, always named by SubAppId).
 */
export async function searchMedia(query: MediaQuery, vod: VodClient = cloudClients().vod): Promise<MediaPage> {
  const subAppId = await resolveSubAppId(query.subAppId, vod);
  const response = await cloudRead("vod:SearchMedia", () =>
    vod.SearchMedia(toSearchMediaRequest({ ...query, subAppId })),
  );
  return {
    recordings: (response.MediaInfoSet ?? []).map((media) => toRecording(media, query.subAppId)),
    totalCount: response.TotalCount ?? 0,
  };
}
