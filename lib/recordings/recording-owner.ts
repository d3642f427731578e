import { msg } from "@/lib/i18n/message";
import type { CurrentApplication } from "@/lib/data/applications/current-application";
import type { RecordingDto } from "./types";

/** Which TRTC app a VOD file is from, and what said so. */
export type RecordingOwner =
  | { kind: "app"; sdkAppId: number; by: "trtcRecordInfo" | "streamPath" | "name" }
  /** A live recording of a stream path that is no TRTC app's (`trtc_<SdkAppId>`). */
  | { kind: "streamPath"; streamPath: string }
  | { kind: "unknown" };

type Application = Pick<CurrentApplication, "sdkAppId" | "streamPath">;

const TRTC_STREAM_PATH = /^trtc_(\d{1,10})$/;

/**
 * Who a recording belongs to, from what VOD says of the file, most trusted first: a cloud
 * recording's TrtcRecordInfo.SdkAppId, then a live recording's stream path (`trtc_<SdkAppId>`,
 * LiveRecordInfo.Path), and only when VOD says neither, the SdkAppId in its name (reference §5),
 * which a user-defined record id could imitate.
 */
export function recordingOwnerOf(recording: Pick<RecordingDto, "source" | "parts">): RecordingOwner {
  const trtcAppId = recording.source.trtcRecord?.sdkAppId;
  if (trtcAppId) return { kind: "app", sdkAppId: trtcAppId, by: "trtcRecordInfo" };
  const streamPath = recording.source.liveRecord?.path;
  if (streamPath) {
    const match = TRTC_STREAM_PATH.exec(streamPath);
    return match ? { kind: "app", sdkAppId: Number(match[1]), by: "streamPath" } : { kind: "streamPath", streamPath };
  }
  const named = recording.parts?.sdkAppId;
  return named ? { kind: "app", sdkAppId: named, by: "name" } : { kind: "unknown" };
}

/**
 * Null when the recording is the application's to change; else why not (a `msg` string), naming
 * the FileId, the app it belongs to and the selected one.
 */
export function foreignRecordingProblem(
  recording: Pick<RecordingDto, "fileId" | "source" | "parts">,
  application: Application,
): string | null {
  const { fileId } = recording;
  const sdkAppId = application.sdkAppId;
  const owner = recordingOwnerOf(recording);
  switch (owner.kind) {
    case "app":
      return owner.sdkAppId === application.sdkAppId
        ? null
        : msg("recordings.errors.otherApp", { fileId, owner: owner.sdkAppId, sdkAppId });
    case "streamPath":
      return msg("recordings.errors.otherStreamPath", {
        fileId,
        streamPath: owner.streamPath,
        sdkAppId,
        appStreamPath: application.streamPath,
      });
    case "unknown":
      return msg("recordings.errors.notTrtc", { fileId, sdkAppId });
  }
}
