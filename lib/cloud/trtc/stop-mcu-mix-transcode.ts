import "server-only";
import { isIntegerRoomId } from "@/lib/rooms/room-id";
import { cloudWrite } from "../call";
import { cloudClients, type TrtcClient } from "../clients";

/** Stops a room's MCU mix (StopMCUMixTranscode, ByStrRoomId for string rooms); its recording then goes to VOD. */
export async function stopMcuMixTranscode(
  input: { sdkAppId: number; roomId: string },
  trtc: TrtcClient = cloudClients().trtc,
): Promise<void> {
  const { sdkAppId: SdkAppId, roomId } = input;
  if (isIntegerRoomId(roomId)) {
    await cloudWrite("trtc:StopMCUMixTranscode", () => trtc.StopMCUMixTranscode({ SdkAppId, RoomId: Number(roomId) }));
  } else {
    await cloudWrite("trtc:StopMCUMixTranscodeByStrRoomId", () =>
      trtc.StopMCUMixTranscodeByStrRoomId({ SdkAppId, StrRoomId: roomId }),
    );
  }
}
