/** TRTC's role of a user in a room (103/104/105 `Role`: 20 anchor, 21 audience). */
export type RoomRole = "anchor" | "audience";

/**
 * A user in a live room, as TRTC's room and media events say: since when they are in it, their
 * role, and which of video, audio and sub-stream (screen share) they publish, each since when.
 * Times are ISO strings of the events' own times.
 */
export interface RoomUser {
  userId: string;
  joinedAt: string;
  role: RoomRole | null;
  hasVideo: boolean;
  videoSince: string | null;
  hasAudio: boolean;
  audioSince: string | null;
  hasSubStream: boolean;
  subStreamSince: string | null;
}

/**
 * A room that has had no event for the stale period: its users may have left without their exit
 * (104) or the room's dismissal (102) reaching the console, as Tencent drops a callback it could
 * not deliver within a minute. `note` says what the console did about it, as a `msg` string.
 */
export interface RoomStaleness {
  lastEventAt: string;
  note: string;
}

/** A live room, folded from TRTC's room and media events (lib/actions/rooms/fold-room-event.ts). */
export interface LiveRoom {
  roomId: string;
  isIntegerRoom: boolean;
  createdAt: string;
  /** The newest event's own time. */
  lastEventAt: string;
  /** In join order. */
  users: RoomUser[];
  stale: RoomStaleness | null;
}

/** A sample clip the local cloud offers for demos and tests. */
export interface SampleClip {
  name: string;
  url: string;
  width: number;
  height: number;
  durationSeconds: number;
}

/** The app's live rooms, and after how long without an event a room is shown as stale. */
export interface RoomsReading {
  rooms: LiveRoom[];
  staleAfterMinutes: number;
}

/** One live room (null: nobody is in it, as far as the events say). */
export interface RoomReading {
  room: LiveRoom | null;
  staleAfterMinutes: number;
}
