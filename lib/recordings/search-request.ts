import type { SearchMediaRequest } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import type { CurrentApplication } from "@/lib/applications/current-application";
import { RECORDINGS_PAGE_SIZE, type RecordingSearch } from "@/lib/schemas/recording-search";

const MEDIA_TYPE: Record<string, string> = { hls: "m3u8", mp4: "mp4", flv: "flv", aac: "aac" };

/** Which results one SearchMedia call asks for; Offset + Limit stay within VOD's 5,000. */
export interface SearchWindow {
  offset: number;
  limit: number;
}

/** The window of a library page. */
export const pageWindow = (page: number): SearchWindow => ({
  offset: (page - 1) * RECORDINGS_PAGE_SIZE,
  limit: RECORDINGS_PAGE_SIZE,
});

/** The VOD sub-application a search looks in: the one chosen, else the app's default, else the main one. */
export function searchSubAppId(search: RecordingSearch, application: CurrentApplication): number | null {
  return search.subAppId ?? application.defaultVodSubAppId ?? null;
}

/** The filters both kinds of recording share: name, format, time, order and window. */
function commonFilters(search: RecordingSearch, window: SearchWindow): Partial<SearchMediaRequest> {
  return {
    ...(search.prefix ? { NamePrefixes: [search.prefix] } : {}),
    ...(search.text ? { Names: [search.text] } : {}),
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
    Offset: window.offset,
    Limit: window.limit,
  };
}

/**
 * The SearchMedia request for the app's cloud recordings (CreateCloudRecording tasks' files,
 * `SourceType: "TrtcRecord"`), which carry the app and room but no stream: null when the search
 * names a stream id, which none of them has.
 */
export function toCloudRecordingSearchRequest(
  search: RecordingSearch,
  application: CurrentApplication,
  window: SearchWindow = pageWindow(search.page),
): SearchMediaRequest | null {
  if (search.streamId) return null;
  const subAppId = searchSubAppId(search, application);
  return {
    ...(subAppId ? { SubAppId: subAppId } : {}),
    SourceTypes: ["TrtcRecord"],
    TrtcSdkAppIds: [application.sdkAppId],
    ...(search.roomId ? { TrtcRoomIds: [search.roomId] } : {}),
    ...commonFilters(search, window),
  };
}

/**
 * The SearchMedia request for a library search: the app's legacy recordings (its stream path),
 * every other field ANDed on, as SearchMedia ANDs different parameters. The room is not in it:
 * SearchMedia's only room filter, `TrtcRoomIds`, applies to cloud recordings (SourceType
 * TrtcRecord) and not to these, so `searchRecordings` filters rooms itself.
 */
export function toSearchMediaRequest(
  search: RecordingSearch,
  application: CurrentApplication,
  window: SearchWindow = pageWindow(search.page),
): SearchMediaRequest {
  const subAppId = searchSubAppId(search, application);
  return {
    ...(subAppId ? { SubAppId: subAppId } : {}),
    SourceTypes: ["Record"],
    StreamPaths: [application.streamPath],
    ...(search.streamId ? { StreamIds: [search.streamId] } : {}),
    ...commonFilters(search, window),
  };
}
