import "server-only";
import type {
  RoomState,
  UserInformation,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import { cloudRead } from "@/lib/cloud/call";
import { cloudClients } from "@/lib/cloud/clients";
import { isIntegerRoomId } from "@/lib/rooms/room-id";
import type { LiveRoom, RoomUser } from "@/lib/rooms/types";

const PAGE_SIZE = 100;
/** DescribeRoomInfo allows at most 24 h per query, DescribeUserInfo at most 4 h (reference §2.4). */
const ROOM_WINDOW_SECONDS = 24 * 3600 - 1;
const USER_WINDOW_SECONDS = 4 * 3600 - 1;
const MAX_PAGES = 20;

const isoFromSeconds = (seconds: number | undefined) => new Date((seconds ?? 0) * 1000).toISOString();

function reshapeUser(user: UserInformation): RoomUser {
  return {
    userId: user.UserId ?? "",
    joinedAt: isoFromSeconds(user.JoinTs),
    deviceType: user.DeviceType ?? "",
    clientIp: user.ClientIp ?? "",
  };
}

async function listRoomStates(sdkAppId: number, now: number, roomId?: string): Promise<RoomState[]> {
  const { trtc } = cloudClients();
  const rooms: RoomState[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const response = await cloudRead(() =>
      trtc.DescribeRoomInfo({
        SdkAppId: sdkAppId,
        StartTime: now - ROOM_WINDOW_SECONDS,
        EndTime: now,
        ...(roomId ? { RoomId: roomId } : {}),
        PageNumber: page,
        PageSize: PAGE_SIZE,
      }),
    );
    const list = response.RoomList ?? [];
    rooms.push(...list);
    if (list.length < PAGE_SIZE || rooms.length >= (response.Total ?? 0)) break;
  }
  return rooms;
}

async function listPresentUsers(sdkAppId: number, commId: string, now: number): Promise<RoomUser[]> {
  const { trtc } = cloudClients();
  const users: UserInformation[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const response = await cloudRead(() =>
      trtc.DescribeUserInfo({
        SdkAppId: sdkAppId,
        CommId: commId,
        StartTime: now - USER_WINDOW_SECONDS,
        EndTime: now,
        PageNumber: page,
        PageSize: PAGE_SIZE,
      }),
    );
    const list = response.UserList ?? [];
    users.push(...list);
    if (list.length < PAGE_SIZE || users.length >= (response.Total ?? 0)) break;
  }
  return users.filter((user) => !user.Finished).map(reshapeUser);
}

async function toLiveRoom(sdkAppId: number, room: RoomState, now: number): Promise<LiveRoom> {
  const roomId = room.RoomString ?? "";
  return {
    roomId,
    isIntegerRoom: isIntegerRoomId(roomId),
    commId: room.CommId ?? "",
    createdAt: isoFromSeconds(room.CreateTime),
    users: await listPresentUsers(sdkAppId, room.CommId ?? "", now),
  };
}

const isLive = (room: RoomState) => !room.IsFinished && Boolean(room.CommId);

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
  const live = (await listRoomStates(sdkAppId, now, roomId)).find((room) => isLive(room) && room.RoomString === roomId);
  return live ? toLiveRoom(sdkAppId, live, now) : null;
}

/** Whether anyone is in a room now (one DescribeRoomInfo call, no user listing). */
export async function isRoomLive(sdkAppId: number, roomId: string): Promise<boolean> {
  const now = Math.floor(Date.now() / 1000);
  return (await listRoomStates(sdkAppId, now, roomId)).some((room) => isLive(room) && room.RoomString === roomId);
}
