import type { FinalizedRecording, StoredMedia } from "../../recording/contracts";
import type { RecordedStream } from "./recorded-stream";

/*
 * Bodies of the CSS recording callbacks (§4.3), without `t`/`sign`: the CallbackSink adds those
 * when it signs. Kept behind these two functions so the shared builders in src/callbacks/events
 * can take their place.
 */

const seconds = (unixMs: number) => Math.floor(unixMs / 1000);
const usec = (unixMs: number) => (unixMs % 1000) * 1000;

/** Event 100: one finalized recording file. */
export function recordFileEventBody(recording: FinalizedRecording, media: StoredMedia): Record<string, unknown> {
  return {
    event_type: 100,
    appid: recording.sdkAppId,
    app: recording.domain,
    appname: recording.appName,
    stream_id: recording.streamId,
    channel_id: recording.streamId,
    file_id: media.fileId,
    record_file_id: media.fileId,
    file_format: recording.format,
    task_id: "",
    start_time: seconds(recording.startTime),
    end_time: seconds(recording.endTime),
    start_time_usec: usec(recording.startTime),
    end_time_usec: usec(recording.endTime),
    duration: Math.round(media.durationSeconds),
    file_size: media.sizeBytes,
    stream_param: recording.streamParam,
    video_url: media.mediaUrl,
    video_id: media.fileId,
    media_start_time: 0,
    record_bps: 0,
    callback_ext: JSON.stringify({ session_id: recording.name }),
    record_temp_id: String(recording.recordTemplateId),
  };
}

export type RecordStatusEvent =
  | "record_start_succeeded"
  | "record_start_failed"
  | "record_paused"
  | "record_resumed"
  | "record_error"
  | "record_ended";

/** Event 332: a change in a stream's recording. */
export function recordStatusEventBody(
  stream: RecordedStream,
  event: RecordStatusEvent,
  detail: { sessionId: string; seq: number; detail: string; eventTimeMs: number },
): Record<string, unknown> {
  return {
    event_type: 332,
    appid: stream.sdkAppId,
    domain: stream.domain,
    appname: stream.appName,
    stream_id: stream.streamId,
    record_event: event,
    record_detail: detail.detail,
    session_id: detail.sessionId,
    seq: detail.seq,
    event_time: seconds(detail.eventTimeMs),
  };
}
