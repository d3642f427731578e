import type {
  EncodeParams,
  LayoutParams,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import type { MixLayout, MixOutput } from "@/lib/schemas/mix";
import { hexToRgbInt } from "./colour";
import type { Canvas } from "./editor-operations";
import { toPresetLayoutConfig, toPresetSlots } from "./editor-output";
import { MCU_RENDER_MODE } from "./render-modes";
import { LAYOUT_TEMPLATES, type LayoutRequest } from "./types";

/**
 * What compute-layout takes for a form's layout: the preview draws exactly what the local cloud's
 * mixer will, since both run computeMcuPicture on the same request.
 */
export function toMcuLayoutRequest(layout: MixLayout, canvas: Canvas): LayoutRequest {
  return {
    template: LAYOUT_TEMPLATES[layout.template],
    canvas,
    ...(layout.mainUserId ? { mainUserId: layout.mainUserId } : {}),
    mainStreamType: layout.mainStreamType,
    mainRightAlign: layout.mainRightAlign,
    ...(layout.mixVideoUserIds.length > 0 ? { mixVideoUserIds: layout.mixVideoUserIds } : {}),
    ...(layout.template === "pictureInPicture" && layout.small ? { small: layout.small } : {}),
    ...(layout.template === "custom" ? { presets: toPresetSlots(layout.slots) } : {}),
    ...(layout.renderMode !== "default" ? { renderMode: MCU_RENDER_MODE[layout.renderMode] } : {}),
  };
}

/** StartMCUMixTranscode's LayoutParams: only what the template uses is sent. */
export function toLayoutParams(layout: MixLayout): LayoutParams {
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
