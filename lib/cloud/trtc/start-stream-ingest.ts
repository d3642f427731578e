import "server-only";
import { isIntegerRoomId } from "@/lib/rooms/room-id";
import { cloudWrite } from "../call";
import { cloudClients, type TrtcClient } from "../clients";
import { generateUserSig } from "../user-sig";

/** A looping participant stops after this long, so a forgotten one does not publish forever. */
const LOOP_MAX_SECONDS = 120;

/**
 * Adds a participant that publishes a media URL into a room (StartStreamIngest), signed in with a
 * UserSig made here from the app's SDK secret key. Returns the ingest task's id.
 */
export async function startStreamIngest(
  input: {
    sdkAppId: number;
    sdkSecretKey: string;
    roomId: string;
    userId: string;
    streamUrl: string;
    isLooping: boolean;
  },
  trtc: TrtcClient = cloudClients().trtc,
): Promise<{ taskId: string }> {
  const { sdkAppId, sdkSecretKey, userId } = input;
  const response = await cloudWrite("trtc:StartStreamIngest", () =>
    trtc.StartStreamIngest({
      SdkAppId: sdkAppId,
      RoomId: input.roomId,
      RoomIdType: isIntegerRoomId(input.roomId) ? 1 : 0,
      UserId: userId,
      UserSig: generateUserSig({ sdkAppId, sdkSecretKey, userId }),
      StreamUrl: input.streamUrl,
      RepeatNum: input.isLooping ? -1 : 1,
      ...(input.isLooping ? { MaxDuration: LOOP_MAX_SECONDS } : {}),
    }),
  );
  return { taskId: response.TaskId ?? "" };
}
