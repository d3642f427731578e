import "server-only";
import { describeRoomInfo, type RoomRecord } from "@/lib/cloud/trtc/describe-room-info";
import { describeUserInfo, type UserRecord } from "@/lib/cloud/trtc/describe-user-info";
import { isIntegerRoomId } from "@/lib/rooms/room-id";
import type { LiveRoom, RoomUser } from "@/lib/rooms/types";

const PAGE_SIZE = 100;
/** DescribeRoomInfo allows at most 24 h per query, DescribeUserInfo at most 4 h (reference §2.4). */
const ROOM_WINDOW_SECONDS = 24 * 3600 - 1;
const USER_WINDOW_SECONDS = 4 * 3600 - 1;
const MAX_PAGES = 20;

const isoFromSeconds = (seconds: number) => new Date(seconds * 1000).toISOString();

function reshapeUser(user: UserRecord): RoomUser {
  return {
    userId: user.userId,
    joinedAt: isoFromSeconds(user.joinedAt),
    deviceType: user.deviceType,
    clientIp: user.clientIp,
  };
}

async function listRoomStates(sdkAppId: number, now: number, roomId?: string): Promise<RoomRecord[]> {
  const rooms: RoomRecord[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const window = { startTime: now - ROOM_WINDOW_SECONDS, endTime: now };
    const response = await describeRoomInfo({ sdkAppId, ...window, roomId, pageNumber: page, pageSize: PAGE_SIZE });
    const list = response.rooms;
    rooms.push(...list);
    if (list.length < PAGE_SIZE || rooms.length >= response.total) break;
  }
  return rooms;
}

async function listPresentUsers(sdkAppId: number, commId: string, now: number): Promise<RoomUser[]> {
  const users: UserRecord[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const window = { startTime: now - USER_WINDOW_SECONDS, endTime: now };
    const response = await describeUserInfo({ sdkAppId, commId, ...window, pageNumber: page, pageSize: PAGE_SIZE });
    const list = response.users;
    users.push(...list);
    if (list.length < PAGE_SIZE || users.length >= response.total) break;
  }
  return users.filter((user) => !user.isFinished).map(reshapeUser);
}

async function toLiveRoom(sdkAppId: number, room: RoomRecord, now: number): Promise<LiveRoom> {
  return {
    roomId: room.roomId,
    isIntegerRoom: isIntegerRoomId(room.roomId),
    commId: room.commId,
    createdAt: isoFromSeconds(room.createdAt),
    users: await listPresentUsers(sdkAppId, room.commId, now),
  };
}

const isLive = (room: RoomRecord) => !room.isFinished && Boolean(room.commId);

/**
 * The rooms of the app that are live now, each with the users in it. Rooms that started more
 * than 24 h ago are outside what DescribeRoomInfo can see.
 */
export async function listLiveRooms(sdkAppId: number): Promise<LiveRoom[]> {
  const now = Math.floor(Date.now() / 1000);
  const states = (await listRoomStates(sdkAppId, now)).filter(isLive);
  return Promise.all(states.map((room) => toLiveRoom(sdkAppId, room, now)));
}

/** The live instance of one room with the users in it now, or null when nobody is in it. */
export async function getLiveRoom(sdkAppId: number, roomId: string): Promise<LiveRoom | null> {
  const now = Math.floor(Date.now() / 1000);
  const live = (await listRoomStates(sdkAppId, now, roomId)).find((room) => isLive(room) && room.roomId === roomId);
  return live ? toLiveRoom(sdkAppId, live, now) : null;
}

/** Whether anyone is in a room now (one DescribeRoomInfo call, no user listing). */
export async function isRoomLive(sdkAppId: number, roomId: string): Promise<boolean> {
  const now = Math.floor(Date.now() / 1000);
  return (await listRoomStates(sdkAppId, now, roomId)).some((room) => isLive(room) && room.roomId === roomId);
}
