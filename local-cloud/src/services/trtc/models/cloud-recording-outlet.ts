import type { TrtcCallbackTarget } from "../../../callbacks/trtc-callback-config";
import type { FinishedFile, RecordingOutlet, RecordingOwner } from "../../../media/recorder/recording-plan";
import type { CallbackSink, StoredMedia } from "../../../recording/contracts";
import { TASK_EVENTS, taskEventBody, vodCommitPayload } from "./cloud-recording-events";
import { ROOM_ID_TYPE, type RoomKey } from "./room-key";
import { taskFileName } from "./task-file-names";

export const CLOUD_RECORDING_OUTLET = "cloud-recording";

/** What a task's file remembers of its task, so that it is finished the same way after a restart. */
export interface TaskFileOwner {
  taskId: string;
  room: RoomKey;
  botUserId: string;
  /** The recorded user; empty for the mixed file. */
  userId: string;
  mediaId: "main" | "aux" | "mix";
  userDefineRecordId: string | undefined;
}

export function taskOwner(sourceId: string, owner: TaskFileOwner): RecordingOwner {
  return {
    kind: CLOUD_RECORDING_OUTLET,
    sourceId,
    data: {
      taskId: owner.taskId,
      sdkAppId: owner.room.sdkAppId,
      roomId: owner.room.roomId,
      roomIdType: owner.room.roomIdType,
      botUserId: owner.botUserId,
      userId: owner.userId,
      mediaId: owner.mediaId,
      userDefineRecordId: owner.userDefineRecordId ?? null,
    },
  };
}

function readOwner(owner: RecordingOwner): TaskFileOwner {
  const text = (key: string) => {
    const value = owner.data[key];
    return typeof value === "string" ? value : "";
  };
  const mediaId = text("mediaId");
  return {
    taskId: text("taskId"),
    room: {
      sdkAppId: Number(owner.data.sdkAppId),
      roomId: text("roomId"),
      roomIdType: owner.data.roomIdType === ROOM_ID_TYPE.string ? ROOM_ID_TYPE.string : ROOM_ID_TYPE.integer,
    },
    botUserId: text("botUserId"),
    userId: text("userId"),
    mediaId: mediaId === "aux" || mediaId === "mix" ? mediaId : "main",
    userDefineRecordId: text("userDefineRecordId") || undefined,
  };
}

const EXTENSION = { hls: "m3u8", mp4: "mp4", flv: "flv", aac: "aac" } as const;
const TRACK_TYPE = { "audio+video": "audio_video", audio: "audio", video: "video" } as const;

/** Hears of every single-stream file a task finishes (the usage ledger). */
export type TaskFileListener = (file: FinishedFile, media: StoredMedia) => Promise<void>;

/**
 * Finishes cloud-recording files: names per §5.2, VOD `SourceType: "TrtcRecord"`, and event 311
 * per file to the app's cloud-recording callback URL, signed with the HMAC-SHA256 `Sign` header.
 * TRTC's console holds that URL and key outside any API (here `/_local/trtc-callbacks`); they are
 * never a CSS template's RecordNotifyUrl.
 */
export function cloudRecordingOutlet(options: {
  recordingCallbackOf: (sdkAppId: number) => Promise<TrtcCallbackTarget | null>;
  callbacks: CallbackSink;
  onFile?: TaskFileListener;
}): RecordingOutlet {
  return {
    describe: (file) => {
      const owner = readOwner(file.record.owner);
      return {
        name: taskFileName({
          room: owner.room,
          userId: owner.mediaId === "mix" ? undefined : owner.userId,
          mediaId: owner.mediaId === "aux" ? "aux" : "main",
          index: file.record.fileIndex,
          isSplit: file.isSplit,
          userDefineRecordId: owner.userDefineRecordId,
        }),
        trtcRecord: { roomId: owner.room.roomId, taskId: owner.taskId, userIds: owner.userId ? [owner.userId] : [] },
      };
    },
    stored: async (file, finalized, media) => {
      const owner = readOwner(file.record.owner);
      const sdkAppId = owner.room.sdkAppId;
      const target = await options.recordingCallbackOf(sdkAppId);
      if (target) {
        const payload = vodCommitPayload({
          userId: owner.userId,
          trackType: TRACK_TYPE[file.record.tracks],
          mediaId: owner.mediaId,
          fileId: media.fileId,
          videoUrl: media.mediaUrl,
          cacheFile: `${finalized.name}.${EXTENSION[file.record.format]}`,
          startMs: file.startMs,
          endMs: file.endMs,
        });
        await options.callbacks.enqueue({
          url: target.url,
          body: taskEventBody({ ...owner, taskId: owner.taskId }, TASK_EVENTS.vodCommit, payload),
          signing: { kind: "trtc", key: target.key, sdkAppId },
          eventKey: `task-file:${file.record.id}`,
        });
      }
      // A mixed task's file is billed per input stream, from the mixer's runs, not as one file.
      if (owner.mediaId !== "mix") await options.onFile?.(file, media);
    },
  };
}
