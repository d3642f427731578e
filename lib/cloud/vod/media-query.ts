import type { SearchMediaRequest } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";

/**
 * A SearchMedia search in the console's terms. Different fields are ANDed and the values of one
 * field ORed, as SearchMedia does (reference §3.1).
 */
export interface MediaQuery {
  /** The VOD application searched; null: the account's default one. */
  subAppId: number | null;
  /** `Record`: CSS (legacy) recordings; `TrtcRecord`: cloud-recording tasks' files; none: any source. */
  sourceTypes?: Array<"Record" | "TrtcRecord">;
  streamPaths?: string[];
  streamIds?: string[];
  trtcSdkAppIds?: number[];
  trtcRoomIds?: string[];
  namePrefixes?: string[];
  /** Fuzzy name matches. */
  names?: string[];
  /** VOD's media types: `m3u8`, `mp4`, `flv`, `aac`. */
  mediaTypes?: string[];
  /** ISO 8601 instants. */
  createdAfter?: string;
  createdBefore?: string;
  order: "oldest" | "newest";
  /** Offset + limit stay within VOD's 5,000. */
  offset?: number;
  limit: number;
}

const nonEmpty = <K extends string, V>(key: K, values: V[] | undefined) =>
  values && values.length > 0 ? ({ [key]: values } as Record<K, V[]>) : {};

/** The SearchMedia request for a query whose SubAppId is resolved (null only where none is needed). */
export function toSearchMediaRequest(query: MediaQuery): SearchMediaRequest {
  const hasTime = query.createdAfter !== undefined || query.createdBefore !== undefined;
  return {
    ...(query.subAppId !== null ? { SubAppId: query.subAppId } : {}),
    ...nonEmpty("SourceTypes", query.sourceTypes),
    ...nonEmpty("StreamPaths", query.streamPaths),
    ...nonEmpty("StreamIds", query.streamIds),
    ...nonEmpty("TrtcSdkAppIds", query.trtcSdkAppIds),
    ...nonEmpty("TrtcRoomIds", query.trtcRoomIds),
    ...nonEmpty("NamePrefixes", query.namePrefixes),
    ...nonEmpty("Names", query.names),
    ...nonEmpty("MediaTypes", query.mediaTypes),
    ...(hasTime
      ? {
          CreateTime: {
            ...(query.createdAfter !== undefined ? { After: query.createdAfter } : {}),
            ...(query.createdBefore !== undefined ? { Before: query.createdBefore } : {}),
          },
        }
      : {}),
    Sort: { Field: "CreateTime", Order: query.order === "oldest" ? "Asc" : "Desc" },
    Filters: ["basicInfo", "metaData"],
    ...(query.offset !== undefined ? { Offset: query.offset } : {}),
    Limit: query.limit,
  };
}
