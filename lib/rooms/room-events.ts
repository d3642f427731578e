/** TRTC's room (EventGroupId 1) and media (2) event types (trtc.io 39558; cloud.tencent.com 647/51586). */
export const ROOM_EVENT = {
  createRoom: 101,
  dismissRoom: 102,
  enterRoom: 103,
  exitRoom: 104,
  changeRole: 105,
  startVideo: 201,
  stopVideo: 202,
  startAudio: 203,
  stopAudio: 204,
  startSubStream: 205,
  stopSubStream: 206,
} as const;

/** TRTC's Role in 103/104/105: MEMBER_TRTC_ANCHOR and MEMBER_TRTC_VIEWER. */
export const TRTC_ROLE = { anchor: 20, audience: 21 } as const;

/** What one event says of its user at its time; an attribute left undefined is not touched. */
export interface MemberChange {
  atMs: number;
  isPresent?: boolean;
  /** A 103: the start of a stay. */
  isEntry?: boolean;
  role?: number;
  hasVideo?: boolean;
  hasAudio?: boolean;
  hasSubStream?: boolean;
}

/**
 * A member event as attribute changes. 104 turns presence and every stream off: TRTC sends no
 * 202/204 for a user who exits (documented). A start (103, 105, 201, 203, 205) also shows the user
 * present, so a lost 103 does not hide a publisher; a stop (202, 204, 206) says nothing of presence.
 * Null for 101/102 (room events) and unknown types.
 */
export function memberChangeOf(eventType: number, atMs: number, role: number | undefined): MemberChange | null {
  const withRole = Number.isSafeInteger(role) ? { role } : {};
  switch (eventType) {
    case ROOM_EVENT.enterRoom:
      return { atMs, isPresent: true, isEntry: true, ...withRole };
    case ROOM_EVENT.exitRoom:
      return { atMs, isPresent: false, hasVideo: false, hasAudio: false, hasSubStream: false, ...withRole };
    case ROOM_EVENT.changeRole:
      return { atMs, isPresent: true, ...withRole };
    case ROOM_EVENT.startVideo:
      return { atMs, isPresent: true, hasVideo: true };
    case ROOM_EVENT.stopVideo:
      return { atMs, hasVideo: false };
    case ROOM_EVENT.startAudio:
      return { atMs, isPresent: true, hasAudio: true };
    case ROOM_EVENT.stopAudio:
      return { atMs, hasAudio: false };
    case ROOM_EVENT.startSubStream:
      return { atMs, isPresent: true, hasSubStream: true };
    case ROOM_EVENT.stopSubStream:
      return { atMs, hasSubStream: false };
    default:
      return null;
  }
}
