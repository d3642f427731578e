import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { liveRoomMembers, liveRooms } from "@/lib/db/schema";
import { memberChangeOf, ROOM_EVENT, type MemberChange } from "@/lib/rooms/room-events";
import { roomKeyOf, type RoomKey } from "@/lib/rooms/room-key";

/** A TRTC room or media event (EventGroupId 1 or 2) whose Sign verified, as the receiver hands it on. */
export interface VerifiedTrtcEvent {
  sdkAppId: number;
  eventGroupId: number;
  eventType: number;
  eventInfo: {
    /** A number for integer rooms (RoomIdType 1), a string for string rooms (0). */
    RoomId: number | string;
    /** The event's time in ms (the receiver falls back to EventTs * 1000). */
    EventMsTs: number;
    UserId?: string;
    Role?: number;
    Reason?: number;
  };
  receivedAt: Date;
}

/**
 * Events older than this (by their own time, against their arrival) are not folded: the receiver
 * already refuses bodies over 10 minutes old, and rooms closed longer ago may have been pruned.
 */
export const FOLD_HORIZON_MS = 60 * 60_000;

/** Whether an event is one the fold reads: group 1 or 2, a known type, a usable time. */
function isFoldable(event: VerifiedTrtcEvent): boolean {
  const atMs = event.eventInfo.EventMsTs;
  if (event.eventGroupId !== 1 && event.eventGroupId !== 2) return false;
  if (!Number.isSafeInteger(atMs) || atMs <= 0) return false;
  return atMs >= event.receivedAt.getTime() - FOLD_HORIZON_MS;
}

/**
 * The room's row, as a maximum of every event's time per column: creation (101), open evidence
 * (any start), dismissal (102), newest event and its arrival. `greatest` ignores nulls.
 */
async function upsertRoom(
  db: Db,
  room: RoomKey,
  atMs: number,
  receivedAt: Date,
  marks: { isCreate: boolean; isOpen: boolean; isDismiss: boolean },
): Promise<void> {
  await db
    .insert(liveRooms)
    .values({
      ...room,
      createdAtMs: marks.isCreate ? atMs : null,
      lastOpenAtMs: marks.isOpen ? atMs : 0,
      dismissedAtMs: marks.isDismiss ? atMs : null,
      lastEventAtMs: atMs,
      lastEventReceivedAt: receivedAt,
    })
    .onConflictDoUpdate({
      target: [liveRooms.sdkAppId, liveRooms.roomIdType, liveRooms.roomId],
      set: {
        createdAtMs: sql`greatest(${liveRooms.createdAtMs}, excluded.created_at_ms)`,
        lastOpenAtMs: sql`greatest(${liveRooms.lastOpenAtMs}, excluded.last_open_at_ms)`,
        dismissedAtMs: sql`greatest(${liveRooms.dismissedAtMs}, excluded.dismissed_at_ms)`,
        lastEventAtMs: sql`greatest(${liveRooms.lastEventAtMs}, excluded.last_event_at_ms)`,
        lastEventReceivedAt: sql`greatest(${liveRooms.lastEventReceivedAt}, excluded.last_event_received_at)`,
      },
    });
}

/**
 * A boolean attribute as a last-writer-wins register over (time, off > on): the event's value is
 * taken when it is newer, or as new with "off" (an exit and a start in the same millisecond end
 * off, whichever arrives first). Inserted untouched attributes carry (false, 0), which never wins.
 */
const lww = (flag: string, at: string) =>
  sql.raw(
    `case when excluded.${at} > live_room_members.${at} or (excluded.${at} = live_room_members.${at} and not excluded.${flag}) then excluded.${flag} else live_room_members.${flag} end`,
  );
const newest = (at: string) => sql.raw(`greatest(live_room_members.${at}, excluded.${at})`);
/**
 * The guard of the member upsert: an event no newer than every attribute it carries (a repeat, or
 * one overtaken by later events) writes nothing. Ties pass: at the same millisecond "off" may win.
 */
const isNewerForSomeAttribute = sql.raw(
  [
    ...["presence_at_ms", "role_at_ms", "video_at_ms", "audio_at_ms", "sub_stream_at_ms"].map(
      (at) => `(excluded.${at} > 0 and excluded.${at} >= live_room_members.${at})`,
    ),
    "excluded.entered_at_ms > coalesce(live_room_members.entered_at_ms, 0)",
  ].join(" or "),
);

async function upsertMember(db: Db, room: RoomKey, userId: string, change: MemberChange): Promise<void> {
  const register = (value: boolean | undefined) => ({
    value: value ?? false,
    atMs: value === undefined ? 0 : change.atMs,
  });
  const presence = register(change.isPresent);
  const video = register(change.hasVideo);
  const audio = register(change.hasAudio);
  const subStream = register(change.hasSubStream);
  const hasRole = change.role !== undefined;
  await db
    .insert(liveRoomMembers)
    .values({
      ...room,
      userId,
      isPresent: presence.value,
      presenceAtMs: presence.atMs,
      enteredAtMs: change.isEntry ? change.atMs : null,
      role: change.role ?? null,
      roleAtMs: hasRole ? change.atMs : 0,
      hasVideo: video.value,
      videoAtMs: video.atMs,
      hasAudio: audio.value,
      audioAtMs: audio.atMs,
      hasSubStream: subStream.value,
      subStreamAtMs: subStream.atMs,
    })
    .onConflictDoUpdate({
      target: [liveRoomMembers.sdkAppId, liveRoomMembers.roomIdType, liveRoomMembers.roomId, liveRoomMembers.userId],
      set: {
        isPresent: lww("is_present", "presence_at_ms"),
        presenceAtMs: newest("presence_at_ms"),
        enteredAtMs: newest("entered_at_ms"),
        // Role ties (same millisecond) go to the larger number, so the result does not depend on arrival.
        role: sql.raw(
          "case when excluded.role_at_ms > live_room_members.role_at_ms or (excluded.role_at_ms = live_room_members.role_at_ms and excluded.role > coalesce(live_room_members.role, -1)) then excluded.role else live_room_members.role end",
        ),
        roleAtMs: newest("role_at_ms"),
        hasVideo: lww("has_video", "video_at_ms"),
        videoAtMs: newest("video_at_ms"),
        hasAudio: lww("has_audio", "audio_at_ms"),
        audioAtMs: newest("audio_at_ms"),
        hasSubStream: lww("has_sub_stream", "sub_stream_at_ms"),
        subStreamAtMs: newest("sub_stream_at_ms"),
      },
      setWhere: isNewerForSomeAttribute,
    });
}

/**
 * Folds one verified room or media event into `live_rooms` / `live_room_members`, as atomic
 * upserts whose every column only moves forward in event time (see the tables' comments): the
 * same event twice, events in any order, or events split between console instances on one
 * database all end in the same rows. Idempotent, so folding a duplicate delivery is harmless.
 * Events of other groups, of unknown types, without a time or older than FOLD_HORIZON_MS are ignored.
 */
export async function foldRoomEvent(db: Db, event: VerifiedTrtcEvent): Promise<void> {
  if (!isFoldable(event)) return;
  const room = roomKeyOf(event.sdkAppId, event.eventInfo.RoomId);
  if (!room) return;
  const atMs = event.eventInfo.EventMsTs;
  const change = memberChangeOf(event.eventType, atMs, event.eventInfo.Role);
  const isDismiss = event.eventType === ROOM_EVENT.dismissRoom;
  if (!change && !isDismiss && event.eventType !== ROOM_EVENT.createRoom) return;
  const userId = event.eventInfo.UserId;
  // Each statement is a single-row atomic upsert of a maximum of times, so neither depends on what
  // runs between them. Inside the receiver's transaction every fold locks the room's row before
  // the member's: one order, so concurrent folds wait for each other and never deadlock.
  await upsertRoom(db, room, atMs, event.receivedAt, {
    isCreate: event.eventType === ROOM_EVENT.createRoom,
    isOpen: event.eventType === ROOM_EVENT.createRoom || change?.isPresent === true,
    isDismiss,
  });
  if (change && userId) await upsertMember(db, room, userId, change);
}

/**
 * Closes a room as of `atMs` as a 102 would (a repair after DescribeRoomInfo said it finished):
 * only what is no newer than `atMs` ends, so a later event still reopens it.
 */
export async function closeRoomAt(db: Db, room: RoomKey, atMs: number): Promise<void> {
  await db
    .update(liveRooms)
    .set({ dismissedAtMs: sql`greatest(${liveRooms.dismissedAtMs}, ${atMs})` })
    .where(
      and(
        eq(liveRooms.sdkAppId, room.sdkAppId),
        eq(liveRooms.roomIdType, room.roomIdType),
        eq(liveRooms.roomId, room.roomId),
      ),
    );
}
