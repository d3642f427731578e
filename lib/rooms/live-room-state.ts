import type { LiveRoomMemberRow, LiveRoomRow } from "@/lib/db/schema";
import type { RoomKey } from "./room-key";

/** A live room's row with its present members, as the fold left them. */
export interface LiveRoomState {
  key: RoomKey;
  room: LiveRoomRow;
  /** Present members, in join order. */
  members: LiveRoomMemberRow[];
}
