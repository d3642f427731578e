import "server-only";
import type { MixOutput } from "@/lib/schemas/mix";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import { isIntegerRoomId } from "@/lib/rooms/room-id";
import { cloudWrite } from "../call";
import { cloudClients, type TrtcClient } from "../clients";
import { toEncodeParams, toLayoutParams } from "./mcu-params";

/**
 * Starts a room's MCU mix, or re-lays it out (StartMCUMixTranscode, ByStrRoomId for string
 * rooms): a layout change is the same call with the same RecordId, StreamId and EncodeParams, as
 * TRTC's guide requires. Without a RecordId the mix is relayed only; with one, a legacy app's CSS
 * rules record it (a cloud-recording app records nothing by it).
 */
export async function startMcuMixTranscode(
  input: {
    sdkAppId: number;
    roomId: string;
    streamId: string;
    recordId?: string | null;
    output: MixOutput;
    layout: RecordingLayout;
  },
  trtc: TrtcClient = cloudClients().trtc,
): Promise<void> {
  const { sdkAppId: SdkAppId, roomId } = input;
  const body = {
    OutputParams: { StreamId: input.streamId, ...(input.recordId ? { RecordId: input.recordId } : {}) },
    EncodeParams: toEncodeParams(input.output, input.layout.backgroundColor),
    LayoutParams: toLayoutParams(input.layout),
  };
  if (isIntegerRoomId(roomId)) {
    await cloudWrite("trtc:StartMCUMixTranscode", () =>
      trtc.StartMCUMixTranscode({ SdkAppId, RoomId: Number(roomId), ...body }),
    );
  } else {
    await cloudWrite("trtc:StartMCUMixTranscodeByStrRoomId", () =>
      trtc.StartMCUMixTranscodeByStrRoomId({ SdkAppId, StrRoomId: roomId, ...body }),
    );
  }
}
