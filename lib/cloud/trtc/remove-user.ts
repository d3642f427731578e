import "server-only";
import { isIntegerRoomId } from "@/lib/rooms/room-id";
import { cloudWrite } from "../call";
import { cloudClients, type TrtcClient } from "../clients";

/** Removes users from a room (RemoveUser for integer rooms, RemoveUserByStrRoomId otherwise). */
export async function removeUser(
  input: { sdkAppId: number; roomId: string; userIds: string[] },
  trtc: TrtcClient = cloudClients().trtc,
): Promise<void> {
  const { sdkAppId: SdkAppId, roomId, userIds: UserIds } = input;
  if (isIntegerRoomId(roomId)) {
    await cloudWrite("trtc:RemoveUser", () => trtc.RemoveUser({ SdkAppId, RoomId: Number(roomId), UserIds }));
  } else {
    await cloudWrite("trtc:RemoveUserByStrRoomId", () =>
      trtc.RemoveUserByStrRoomId({ SdkAppId, RoomId: roomId, UserIds }),
    );
  }
}
