import "server-only";
import type { SearchMediaRequest } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import type { CurrentApplication } from "@/lib/applications/current-application";
import { cloudRead } from "@/lib/cloud/call";
import { cloudClients } from "@/lib/cloud/clients";
import { RECORDINGS_PAGE_SIZE, VOD_SEARCH_CAP, type RecordingSearch } from "@/lib/schemas/recording-search";
import { toRecording } from "./to-recording";
import type { RecordingPage } from "./types";

const MEDIA_TYPE: Record<string, string> = { hls: "m3u8", mp4: "mp4", flv: "flv", aac: "aac" };

/** The SearchMedia request for a library search: recordings of the app's stream path only. */
export function toSearchMediaRequest(search: RecordingSearch, application: CurrentApplication): SearchMediaRequest {
  const subAppId = search.subAppId ?? application.defaultVodSubAppId ?? undefined;
  // Room ids only appear in names of the auto-naming case: `<SdkAppId>_<RoomId>_…`.
  const prefixes = [search.prefix, search.roomId ? `${application.sdkAppId}_${search.roomId}_` : undefined].filter(
    (value): value is string => Boolean(value),
  );
  return {
    ...(subAppId ? { SubAppId: subAppId } : {}),
    SourceTypes: ["Record"],
    StreamPaths: [application.streamPath],
    ...(prefixes.length > 0 ? { NamePrefixes: prefixes } : {}),
    ...(search.text ? { Names: [search.text] } : {}),
    ...(search.streamId ? { StreamIds: [search.streamId] } : {}),
    ...(search.format ? { MediaTypes: [MEDIA_TYPE[search.format] ?? search.format] } : {}),
    ...(search.from || search.to
      ? {
          CreateTime: {
            ...(search.from ? { After: search.from.toISOString() } : {}),
            ...(search.to ? { Before: search.to.toISOString() } : {}),
          },
        }
      : {}),
    Sort: { Field: "CreateTime", Order: search.sort === "oldest" ? "Asc" : "Desc" },
    Filters: ["basicInfo", "metaData"],
    Offset: (search.page - 1) * RECORDINGS_PAGE_SIZE,
    Limit: RECORDINGS_PAGE_SIZE,
  };
}

export async function searchRecordings(
  search: RecordingSearch,
  application: CurrentApplication,
): Promise<RecordingPage> {
  const request = toSearchMediaRequest(search, application);
  const response = await cloudRead(() => cloudClients().vod.SearchMedia(request));
  const totalCount = response.TotalCount ?? 0;
  return {
    recordings: (response.MediaInfoSet ?? []).map((media) => toRecording(media, request.SubAppId ?? null)),
    totalCount,
    isCapped: totalCount >= VOD_SEARCH_CAP,
  };
}
