import { ROOM_ID_TYPE, type RoomKey } from "./room-key";

/** TRTC cloud-recording callback events (EventGroupId 3, reference §4.4) the local cloud sends. */
export const TASK_EVENTS = {
  recorderStart: 301,
  recorderStop: 302,
  /** The task was moved to a new machine and goes on there: here, resumed after a restart. */
  failover: 306,
  vodCommit: 311,
  vodStop: 312,
} as const;

/** RECORDER_STOP's LeaveCode. */
export const LEAVE_CODES = {
  stopped: 0,
  botKicked: 1,
  roomDismissed: 2,
  serverKicked: 3,
  idle: 99,
  sameUserReentered: 101,
} as const;
export type LeaveCode = (typeof LEAVE_CODES)[keyof typeof LEAVE_CODES];

/** One file committed to VOD (event 311's `Payload.TencentVod`, the current intl doc's nesting, times in ms). */
export interface VodCommit {
  userId: string;
  trackType: "audio" | "video" | "audio_video";
  mediaId: "main" | "aux" | "mix";
  fileId: string;
  videoUrl: string;
  cacheFile: string;
  startMs: number;
  endMs: number;
}

/**
 * The JSON body of a TRTC recording callback: the room id has the type the clients used (a number
 * for integer rooms), the bot is the event's UserId.
 */
export function taskEventBody(
  task: { room: RoomKey; botUserId: string; taskId: string },
  eventType: number,
  payload: Record<string, unknown>,
  nowMs = Date.now(),
): Record<string, unknown> {
  return {
    EventGroupId: 3,
    EventType: eventType,
    CallbackTs: nowMs,
    EventInfo: {
      RoomId: task.room.roomIdType === ROOM_ID_TYPE.integer ? Number(task.room.roomId) : task.room.roomId,
      EventTs: Math.floor(nowMs / 1000),
      EventMsTs: nowMs,
      UserId: task.botUserId,
      TaskId: task.taskId,
      Payload: payload,
    },
  };
}

export function vodCommitPayload(commit: VodCommit): Record<string, unknown> {
  return {
    Status: 0,
    TencentVod: {
      UserId: commit.userId,
      TrackType: commit.trackType,
      MediaId: commit.mediaId,
      FileId: commit.fileId,
      VideoUrl: commit.videoUrl,
      CacheFile: commit.cacheFile,
      StartTimeStamp: commit.startMs,
      EndTimeStamp: commit.endMs,
    },
  };
}
