import "server-only";
import { isIntegerRoomId } from "@/lib/rooms/room-id";
import { cloudWrite } from "../call";
import { cloudClients, type TrtcClient } from "../clients";

/** Removes everyone from a room (DismissRoom for integer rooms, DismissRoomByStrRoomId otherwise). */
export async function dismissRoom(
  input: { sdkAppId: number; roomId: string },
  trtc: TrtcClient = cloudClients().trtc,
): Promise<void> {
  const { sdkAppId: SdkAppId, roomId } = input;
  if (isIntegerRoomId(roomId)) {
    await cloudWrite("trtc:DismissRoom", () => trtc.DismissRoom({ SdkAppId, RoomId: Number(roomId) }));
  } else {
    await cloudWrite("trtc:DismissRoomByStrRoomId", () => trtc.DismissRoomByStrRoomId({ SdkAppId, RoomId: roomId }));
  }
}
