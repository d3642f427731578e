import "server-only";
import { applyRecordingTaskEvent } from "@/lib/actions/recording-tasks/recording-task-events";
import type { Db } from "@/lib/db/open-database";
import { foldRoomEvent, type VerifiedTrtcEvent } from "@/lib/actions/rooms/fold-room-event";
import type { ReceivedTrtcEvent } from "@/lib/callbacks/received-trtc-event";

/** TRTC's event groups (trtc.io 39558; reference §4.4): room, media, cloud recording. */
export const TRTC_EVENT_GROUPS = { room: 1, media: 2, recording: 3 } as const;

/** A room or media event as the room fold takes it; null when it names no room TRTC could have sent. */
function roomEventOf(event: ReceivedTrtcEvent): VerifiedTrtcEvent | null {
  const { RoomId, UserId, Role, Reason } = event.eventInfo;
  // A number for integer rooms, a string for string rooms: the type is part of the room's identity.
  if (typeof RoomId !== "number" && (typeof RoomId !== "string" || RoomId === "")) return null;
  return {
    sdkAppId: event.sdkAppId,
    eventGroupId: event.eventGroupId,
    eventType: event.eventType,
    eventInfo: {
      RoomId,
      EventMsTs: event.eventMs,
      ...(typeof UserId === "string" ? { UserId } : {}),
      ...(typeof Role === "number" ? { Role } : {}),
      ...(typeof Reason === "number" ? { Reason } : {}),
    },
    receivedAt: event.receivedAt,
  };
}

/**
 * What a verified event, stored for the first time, changes: room and media events (groups 1, 2)
 * fold into the live rooms, cloud-recording events (group 3) into the recording task they name.
 * Other groups (web recording 8, AI transcription 14, …) are kept in the inbox only. Runs in the
 * transaction that stored the event: if it throws, the event is not stored and TRTC's retry
 * brings it again.
 */
export async function handleVerifiedTrtcEvent(db: Db, event: ReceivedTrtcEvent): Promise<void> {
  if (event.eventGroupId === TRTC_EVENT_GROUPS.room || event.eventGroupId === TRTC_EVENT_GROUPS.media) {
    const roomEvent = roomEventOf(event);
    if (roomEvent) await foldRoomEvent(db, roomEvent);
    return;
  }
  if (event.eventGroupId === TRTC_EVENT_GROUPS.recording) await applyRecordingTaskEvent(db, event);
}
