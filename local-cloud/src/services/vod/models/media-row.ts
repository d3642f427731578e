import type { MediaMetadata } from "./probe-metadata";

/** One media item as stored; paths are relative to the VOD storage root. */
export interface MediaRow {
  file_id: string;
  sub_app_id: number;
  name: string;
  description: string;
  type: string;
  category: string;
  class_id: number;
  created_at: Date;
  updated_at: Date;
  /** Null: kept forever. */
  expire_at: Date | null;
  stream_id: string | null;
  domain: string | null;
  app_name: string | null;
  source_context: string | null;
  record_start: Date | null;
  record_end: Date | null;
  media_path: string;
  cover_path: string | null;
  meta: MediaMetadata;
  source_path: string;
  /** `Record` (CSS recording of a stream) or `TrtcRecord` (a cloud-recording task's file). */
  source_type: string;
  trtc_sdk_app_id: string | null;
  trtc_room_id: string | null;
  trtc_task_id: string | null;
  trtc_user_ids: string[] | null;
}

/** `sub_app_id` 0 stands for the main application, which requests name by leaving SubAppId out. */
export const MAIN_APP = 0;
export const partitionOf = (subAppId: number | null | undefined) => (subAppId && subAppId > 0 ? subAppId : MAIN_APP);
