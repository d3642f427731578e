import "server-only";
import { CloudError } from "@/lib/cloud/errors";
import type { RoomReading, RoomsReading } from "@/lib/rooms/types";
import { getLiveRoom, listLiveRooms } from "./rooms";

/** Said once on the rooms pages when the app has no package for TRTC's room queries. */
export const ROOM_QUERIES_UNAVAILABLE =
  "This app cannot list who is in its rooms: since 1 April 2024 TRTC's room queries (DescribeRoomInfo, DescribeUserInfo) need a monthly package or the Monitoring Dashboard, and it has neither. Recording does not depend on them: start mixes and tasks as usual, typing the users' ids where a form asks for them.";

async function orUnavailable<T>(read: () => Promise<T>, empty: T): Promise<{ value: T; unavailable: string | null }> {
  try {
    return { value: await read(), unavailable: null };
  } catch (error) {
    if (error instanceof CloudError && error.code === "CLOUD_MONITORING_PACKAGE_REQUIRED")
      return { value: empty, unavailable: ROOM_QUERIES_UNAVAILABLE };
    throw error;
  }
}

/** The app's live rooms, or that the room queries are not available to it. */
export async function readLiveRooms(sdkAppId: number): Promise<RoomsReading> {
  const { value, unavailable } = await orUnavailable(() => listLiveRooms(sdkAppId), []);
  return { rooms: value, unavailable };
}

/** One live room, or that the room queries are not available to the app. */
export async function readLiveRoom(sdkAppId: number, roomId: string): Promise<RoomReading> {
  const { value, unavailable } = await orUnavailable(() => getLiveRoom(sdkAppId, roomId), null);
  return { room: value, unavailable };
}
