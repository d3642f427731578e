import "server-only";
import { cloudClients } from "@/lib/cloud/clients";
import { toEncodeParams, toLayoutParams } from "@/lib/layouts/mcu-params";
import { isIntegerRoomId } from "@/lib/rooms/room-id";
import type { MixLayout, StartMixInput } from "@/lib/schemas/mix";

/**
 * Sends StartMCUMixTranscode (ByStrRoomId for string rooms). A layout change is the same call with
 * the same RecordId, StreamId and EncodeParams, as TRTC's guide requires.
 */
export function sendStartMix(sdkAppId: number, input: StartMixInput, layout: MixLayout = input.layout) {
  const { trtc } = cloudClients();
  const body = {
    OutputParams: { StreamId: input.streamId, RecordId: input.recordId },
    EncodeParams: toEncodeParams(input.output, layout.backgroundColor),
    LayoutParams: toLayoutParams(layout),
  };
  return isIntegerRoomId(input.roomId)
    ? trtc.StartMCUMixTranscode({ SdkAppId: sdkAppId, RoomId: Number(input.roomId), ...body })
    : trtc.StartMCUMixTranscodeByStrRoomId({ SdkAppId: sdkAppId, StrRoomId: input.roomId, ...body });
}

export function sendStopMix(sdkAppId: number, roomId: string) {
  const { trtc } = cloudClients();
  return isIntegerRoomId(roomId)
    ? trtc.StopMCUMixTranscode({ SdkAppId: sdkAppId, RoomId: Number(roomId) })
    : trtc.StopMCUMixTranscodeByStrRoomId({ SdkAppId: sdkAppId, StrRoomId: roomId });
}
