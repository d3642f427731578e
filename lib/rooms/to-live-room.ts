import type { LiveRoomMemberRow } from "@/lib/db/schema";
import type { LiveRoomState } from "./live-room-state";
import { TRTC_ROLE } from "./room-events";
import { ROOM_ID_TYPE } from "./room-key";
import type { LiveRoom, RoomRole, RoomStaleness, RoomUser } from "./types";

const iso = (ms: number) => new Date(ms).toISOString();

function roleOf(role: number | null): RoomRole | null {
  if (role === TRTC_ROLE.anchor) return "anchor";
  if (role === TRTC_ROLE.audience) return "audience";
  return null;
}

/**
 * A member as the page shows them. A stream flag set no later than the room's last dismissal
 * belongs to an earlier life of the room: the 102 ended it, whatever the row still says.
 */
function toRoomUser(member: LiveRoomMemberRow, voidUpToMs: number): RoomUser {
  const stream = (isOn: boolean, atMs: number) => {
    const isLive = isOn && atMs > voidUpToMs;
    return { isOn: isLive, since: isLive ? iso(atMs) : null };
  };
  const video = stream(member.hasVideo, member.videoAtMs);
  const audio = stream(member.hasAudio, member.audioAtMs);
  const subStream = stream(member.hasSubStream, member.subStreamAtMs);
  const enteredAtMs = member.enteredAtMs !== null && member.enteredAtMs > voidUpToMs ? member.enteredAtMs : null;
  return {
    userId: member.userId,
    // Without the 103 of this stay (lost, or not yet arrived): the first sign of them that is kept.
    joinedAt: iso(enteredAtMs ?? member.presenceAtMs),
    role: roleOf(member.role),
    hasVideo: video.isOn,
    videoSince: video.since,
    hasAudio: audio.isOn,
    audioSince: audio.since,
    hasSubStream: subStream.isOn,
    subStreamSince: subStream.since,
  };
}

/**
 * A folded room as the pages show it. Its start is its 101 when that belongs to the current life,
 * else its earliest user's entry (the 101 was lost or is still on its way).
 */
export function toLiveRoom(state: LiveRoomState, stale: RoomStaleness | null): LiveRoom {
  const voidUpToMs = state.room.dismissedAtMs ?? -1;
  const users = state.members
    .map((member) => toRoomUser(member, voidUpToMs))
    .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt) || a.userId.localeCompare(b.userId));
  const createdAtMs = state.room.createdAtMs;
  const firstJoin = users[0]?.joinedAt;
  const createdAt =
    createdAtMs !== null && createdAtMs > voidUpToMs ? iso(createdAtMs) : (firstJoin ?? iso(state.room.lastOpenAtMs));
  return {
    roomId: state.key.roomId,
    isIntegerRoom: state.key.roomIdType === ROOM_ID_TYPE.integer,
    createdAt,
    lastEventAt: iso(state.room.lastEventAtMs),
    users,
    stale,
  };
}
