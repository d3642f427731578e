import type {
  EncodeParams,
  LayoutParams,
  PresetLayoutConfig,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import { hexToRgbInt } from "@/lib/recording-tasks/layout/colour";
import type { EditorSlot } from "@/lib/recording-tasks/layout/editor-operations";
import { toPresetSlots } from "@/lib/recording-tasks/layout/editor-output";
import { MCU_RENDER_MODE } from "@/lib/recording-tasks/layout/render-modes";
import { LAYOUT_TEMPLATES } from "@shared/layouts/types";
import type { MixOutput } from "@/lib/schemas/mix";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";

/** StartMCUMixTranscode's LayoutParams.PresetLayoutConfig (reference §2.1). */
export function toPresetLayoutConfig(slots: readonly EditorSlot[]): PresetLayoutConfig[] {
  return toPresetSlots(slots).map((slot) => ({
    ...(slot.userId ? { UserId: slot.userId } : {}),
    StreamType: slot.streamType ?? 0,
    ImageWidth: slot.width,
    ImageHeight: slot.height,
    LocationX: slot.x,
    LocationY: slot.y,
    ZOrder: slot.zOrder ?? 0,
    RenderMode: slot.renderMode ?? 0,
  }));
}

/** StartMCUMixTranscode's LayoutParams: only what the template uses is sent. */
export function toLayoutParams(layout: RecordingLayout): LayoutParams {
  const usesMain = layout.template !== "grid" && layout.template !== "custom";
  const usesVideoUids =
    layout.template === "floating" || layout.template === "grid" || layout.template === "screenShare";
  return {
    Template: LAYOUT_TEMPLATES[layout.template],
    ...(usesMain && layout.mainUserId
      ? { MainVideoUserId: layout.mainUserId, MainVideoStreamType: layout.mainStreamType }
      : {}),
    ...(layout.template === "screenShare" ? { MainVideoRightAlign: layout.mainRightAlign ? 1 : 0 } : {}),
    ...(usesVideoUids && layout.mixVideoUserIds.length > 0 ? { MixVideoUids: layout.mixVideoUserIds } : {}),
    ...(layout.template === "pictureInPicture" && layout.small
      ? {
          SmallVideoLayoutParams: {
            UserId: layout.small.userId,
            StreamType: layout.small.streamType,
            ImageWidth: layout.small.width,
            ImageHeight: layout.small.height,
            LocationX: layout.small.x,
            LocationY: layout.small.y,
          },
        }
      : {}),
    ...(layout.template === "custom" ? { PresetLayoutConfig: toPresetLayoutConfig(layout.slots) } : {}),
    ...(layout.renderMode !== "default" ? { RenderMode: MCU_RENDER_MODE[layout.renderMode] } : {}),
  };
}

/** StartMCUMixTranscode's EncodeParams: an audio and video output, LC-AAC. */
export function toEncodeParams(output: MixOutput, backgroundColor: string): EncodeParams {
  return {
    AudioSampleRate: output.audioSampleRate,
    AudioBitrate: output.audioBitrateKbps,
    AudioChannels: output.audioChannels,
    VideoWidth: output.width,
    VideoHeight: output.height,
    VideoBitrate: output.videoBitrateKbps,
    VideoFramerate: output.framerate,
    VideoGop: output.gopSeconds,
    BackgroundColor: hexToRgbInt(backgroundColor),
  };
}
