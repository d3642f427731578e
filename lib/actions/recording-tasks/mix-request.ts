import "server-only";
import { startMcuMixTranscode } from "@/lib/cloud/trtc/start-mcu-mix-transcode";
import { stopMcuMixTranscode } from "@/lib/cloud/trtc/stop-mcu-mix-transcode";
import type { StartMixInput } from "@/lib/schemas/mix";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";

/**
 * Starts a mix or changes its layout: a layout change is the same call with the same RecordId,
 * StreamId and EncodeParams, as TRTC's guide requires. No RecordId: relayed only (a
 * cloud-recording app records nothing by it anyway).
 */
export function sendStartMix(sdkAppId: number, input: StartMixInput, layout: RecordingLayout = input.layout) {
  return startMcuMixTranscode({
    sdkAppId,
    roomId: input.roomId,
    streamId: input.streamId,
    recordId: input.recordId,
    output: input.output,
    layout,
  });
}

export function sendStopMix(sdkAppId: number, roomId: string) {
  return stopMcuMixTranscode({ sdkAppId, roomId });
}
