import type { Client as TrtcClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_client";
import type {
  RoomState,
  UserInformation,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import { TEST_APP } from "./test-cloud";

const HOUR = 3600;
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Every life of the room within the last hour, through DescribeRoomInfo as the console reads it. */
export async function roomLives(trtc: TrtcClient, roomId: string): Promise<RoomState[]> {
  const now = nowSeconds();
  const response = await trtc.DescribeRoomInfo({
    SdkAppId: TEST_APP,
    StartTime: now - HOUR,
    EndTime: now,
    RoomId: roomId,
    PageSize: 100,
  });
  return response.RoomList ?? [];
}

export async function liveRoom(trtc: TrtcClient, roomId: string): Promise<RoomState | undefined> {
  return (await roomLives(trtc, roomId)).find((room) => !room.IsFinished);
}

export async function usersOf(trtc: TrtcClient, commId: string): Promise<UserInformation[]> {
  const now = nowSeconds();
  const response = await trtc.DescribeUserInfo({
    SdkAppId: TEST_APP,
    CommId: commId,
    StartTime: now - HOUR,
    EndTime: now,
    PageSize: 100,
  });
  return response.UserList ?? [];
}

/** User ids in the room now (empty when the room does not exist), like the e2e fixture reads them. */
export async function usersInRoom(trtc: TrtcClient, roomId: string): Promise<string[]> {
  const room = await liveRoom(trtc, roomId);
  if (!room?.CommId) return [];
  return (await usersOf(trtc, room.CommId)).filter((user) => !user.Finished).map((user) => user.UserId ?? "");
}
