import type { CurrentApplication } from "@/lib/data/applications/current-application";
import type { MediaQuery } from "@/lib/cloud/vod/media-query";
import { RECORDINGS_PAGE_SIZE, type RecordingSearch } from "@/lib/schemas/recording-search";

const MEDIA_TYPE: Record<string, string> = { hls: "m3u8", mp4: "mp4", flv: "flv", aac: "aac" };

/** VOD's media `Type` of a library format: HLS recordings are `m3u8`. */
export const vodMediaTypeOf = (format: string): string => MEDIA_TYPE[format] ?? format;

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

type Application = Pick<CurrentApplication, "sdkAppId" | "streamPath" | "defaultVodSubAppId">;

/** The VOD sub-application a search looks in: the one chosen, else the app's default, else the account's. */
export function searchSubAppId(search: RecordingSearch, application: Application): number | null {
  return search.subAppId ?? application.defaultVodSubAppId ?? null;
}

/** The filters both kinds of recording share: name, format, time, order and window. */
function commonFilters(search: RecordingSearch, window: SearchWindow) {
  return {
    ...(search.prefix ? { namePrefixes: [search.prefix] } : {}),
    ...(search.text ? { names: [search.text] } : {}),
    ...(search.format ? { mediaTypes: [vodMediaTypeOf(search.format)] } : {}),
    ...(search.from ? { createdAfter: search.from.toISOString() } : {}),
    ...(search.to ? { createdBefore: search.to.toISOString() } : {}),
    order: search.sort,
    offset: window.offset,
    limit: window.limit,
  } satisfies Partial<MediaQuery>;
}

/**
 * The SearchMedia query for the app's cloud recordings (CreateCloudRecording tasks' files, `SourceType:
 * "TrtcRecord"`), which carry the app and room but no stream: null when the search names a
 * stream id, which none of them has.
 */
export function cloudRecordingsQuery(
  search: RecordingSearch,
  application: Application,
  window: SearchWindow = pageWindow(search.page),
): MediaQuery | null {
  if (search.streamId) return null;
  return {
    subAppId: searchSubAppId(search, application),
    sourceTypes: ["TrtcRecord"],
    trtcSdkAppIds: [application.sdkAppId],
    ...(search.roomId ? { trtcRoomIds: [search.roomId] } : {}),
    ...commonFilters(search, window),
  };
}

/**
 * The SearchMedia query for a library search: the app's legacy recordings (its stream path), every other
 * field ANDed on, as SearchMedia ANDs different parameters. The room is not in it: SearchMedia's
 * only room filter, `TrtcRoomIds`, applies to cloud recordings (SourceType TrtcRecord) and not to
 * these, so `searchRecordings` filters rooms itself.
 */
export function legacyRecordingsQuery(
  search: RecordingSearch,
  application: Application,
  window: SearchWindow = pageWindow(search.page),
): MediaQuery {
  return {
    subAppId: searchSubAppId(search, application),
    sourceTypes: ["Record"],
    streamPaths: [application.streamPath],
    ...(search.streamId ? { streamIds: [search.streamId] } : {}),
    ...commonFilters(search, window),
  };
}
