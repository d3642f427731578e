import path from "node:path";
import type { MediaInfo } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import type { MediaRow } from "./media-row";

export const FOREVER = "9999-12-31T23:59:59Z";
const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

/** The URL the local cloud serves a stored file at. */
export const mediaFileUrl = (baseUrl: string, row: MediaRow, relativePath: string) =>
  `${baseUrl}/vod/${row.file_id}/${path.basename(relativePath)}`;

/** Where the media came from: a live recording of a stream, or a cloud-recording task's file. */
function sourceInfo(row: MediaRow): NonNullable<NonNullable<MediaInfo["BasicInfo"]>["SourceInfo"]> {
  if (row.source_type === "TrtcRecord")
    return {
      SourceType: "TrtcRecord",
      SourceContext: "",
      TrtcRecordInfo: {
        SdkAppId: Number(row.trtc_sdk_app_id ?? 0),
        RoomId: row.trtc_room_id ?? "",
        TaskId: row.trtc_task_id ?? "",
        UserIds: row.trtc_user_ids ?? [],
      },
    };
  // EditMedia's output: VOD records only where it came from, not which files it joined.
  if (row.source_type === "VideoProcessing")
    return { SourceType: "VideoProcessing", SourceContext: row.source_context ?? "" };
  return {
    SourceType: "Record",
    SourceContext: row.source_context ?? "",
    LiveRecordInfo: {
      Domain: row.domain ?? "",
      Path: row.app_name ?? "",
      StreamId: row.stream_id ?? "",
      RecordStartTime: row.record_start ? iso(row.record_start) : "",
      RecordEndTime: row.record_end ? iso(row.record_end) : "",
    },
  };
}

/** A stored row as VOD's MediaInfo, limited to the parts `filters` asks for (all by default). */
export function toMediaInfo(row: MediaRow, baseUrl: string, filters?: string[]): MediaInfo {
  const wants = (part: string) => !filters || filters.length === 0 || filters.includes(part);
  return {
    FileId: row.file_id,
    ...(wants("basicInfo")
      ? {
          BasicInfo: {
            Name: row.name,
            Description: row.description,
            CreateTime: iso(row.created_at),
            UpdateTime: iso(row.updated_at),
            ExpireTime: row.expire_at ? iso(row.expire_at) : FOREVER,
            ClassId: row.class_id,
            ClassName: row.class_id === 0 ? "其他" : "",
            ClassPath: row.class_id === 0 ? "其他" : "",
            CoverUrl: row.cover_path ? mediaFileUrl(baseUrl, row, row.cover_path) : "",
            Type: row.type,
            MediaUrl: mediaFileUrl(baseUrl, row, row.media_path),
            SourceInfo: sourceInfo(row),
            StorageRegion: "ap-guangzhou",
            TagSet: [],
            Vid: `${row.app_name ?? "vod"}_${row.file_id.slice(-12)}`,
            Category: row.category,
            Status: "Normal",
            StorageClass: "STANDARD",
          },
        }
      : {}),
    ...(wants("metaData") ? { MetaData: row.meta } : {}),
  };
}
