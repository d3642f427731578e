import { computeMcuPicture } from "@shared/layouts/compute-layout";
import type {
  LayoutRequest,
  LayoutTemplate,
  MixPicture,
  PresetSlot,
  RenderMode,
  StreamType,
  MixInput,
} from "@shared/layouts/types";
import { ApiError } from "../../../core/api-error";
import type { MixEncoding } from "../../../media/mixer/mix-graph";
import type { McuMixRequest } from "../schemas/mcu-mix";

/** What an MCU mix draws and how it is encoded, once the request has been checked as a whole. */
export interface McuMixPlan {
  encoding: MixEncoding;
  picture: (inputs: MixInput[]) => MixPicture;
  streamId: string;
  recordId: string | undefined;
  recordAudioOnly: boolean;
  /** The audio settings, which must not change while the mix runs. */
  audioKey: string;
}

const invalid = (code: string, message: string) => new ApiError(code, message);
/** libx264 with 4:2:0 chroma needs even sizes; TRTC accepts odd ones, so they are rounded up. */
const evenUp = (value: number) => value + (value % 2);

function videoSettings(encode: McuMixRequest["EncodeParams"]) {
  const missing = (["VideoWidth", "VideoHeight", "VideoBitrate", "VideoFramerate", "VideoGop"] as const).filter(
    (field) => encode[field] === undefined,
  );
  if (missing.length > 0)
    throw invalid(
      "MissingParameter.VideoEncodeParams",
      `An audio and video mix needs EncodeParams.${missing.join(", EncodeParams.")} (or OutputParams.PureAudioStream = 1 for audio only).`,
    );
  const width = encode.VideoWidth ?? 0;
  const height = encode.VideoHeight ?? 0;
  if (width < 2 || height < 2)
    throw invalid(
      "InvalidParameter.VideoResolution",
      `EncodeParams.VideoWidth and VideoHeight must be at least 2 for an audio and video mix (got ${width}x${height}).`,
    );
  return {
    width: evenUp(width),
    height: evenUp(height),
    fps: encode.VideoFramerate ?? 15,
    videoKbps: encode.VideoBitrate ?? 1000,
    gopSeconds: encode.VideoGop ?? 2,
  };
}

function checkAudioCodec(encode: McuMixRequest["EncodeParams"]): void {
  if ((encode.AudioCodec ?? 0) !== 0 && encode.AudioSampleRate === 8000)
    throw invalid(
      "InvalidParameter.AudioEncodeParams",
      "HE-AAC (EncodeParams.AudioCodec 1 or 2) does not allow an AudioSampleRate of 8000 Hz.",
    );
  if (encode.AudioCodec === 2 && encode.AudioChannels !== 2)
    throw invalid(
      "InvalidParameter.AudioEncodeParams",
      "HE-AACv2 (EncodeParams.AudioCodec 2) needs AudioChannels = 2.",
    );
}

/** A box must lie inside the canvas: X + W ≤ width and Y + H ≤ height (reference §2.1). */
function checkInside(
  code: string,
  field: string,
  box: { x: number; y: number; width: number; height: number },
  canvas: { width: number; height: number },
): void {
  if (box.x + box.width > canvas.width || box.y + box.height > canvas.height)
    throw invalid(
      code,
      `${field} must lie inside the ${canvas.width}x${canvas.height} output: LocationX + ImageWidth ≤ ${canvas.width} and LocationY + ImageHeight ≤ ${canvas.height} (got ${box.x}+${box.width}, ${box.y}+${box.height}).`,
    );
}

function presets(layout: McuMixRequest["LayoutParams"], canvas: { width: number; height: number }): PresetSlot[] {
  return (layout.PresetLayoutConfig ?? []).map((slot, index) => {
    const box = {
      x: slot.LocationX ?? 0,
      y: slot.LocationY ?? 0,
      width: slot.ImageWidth ?? 0,
      height: slot.ImageHeight ?? 0,
    };
    checkInside("InvalidParameter.PresetLayoutConfig", `LayoutParams.PresetLayoutConfig.${index}`, box, canvas);
    return {
      ...(slot.UserId ? { userId: slot.UserId } : {}),
      streamType: (slot.StreamType ?? 0) as StreamType,
      ...box,
      zOrder: slot.ZOrder ?? 0,
      renderMode: (slot.RenderMode ?? 0) as RenderMode,
      mixInputType: (slot.MixInputType ?? 0) as 0 | 1 | 2,
    };
  });
}

function layoutRequest(
  layout: McuMixRequest["LayoutParams"],
  canvas: { width: number; height: number },
): LayoutRequest {
  const template = (layout.Template ?? 0) as LayoutTemplate;
  if (template === 4 && !layout.PresetLayoutConfig?.length)
    throw invalid(
      "MissingParameter.PresetLayoutConfig",
      "The custom template (LayoutParams.Template 4) needs LayoutParams.PresetLayoutConfig with at least one slot.",
    );
  const small = layout.SmallVideoLayoutParams;
  const smallBox = small && {
    userId: small.UserId,
    streamType: small.StreamType as StreamType,
    x: small.LocationX ?? 0,
    y: small.LocationY ?? 0,
    width: small.ImageWidth ?? 0,
    height: small.ImageHeight ?? 0,
  };
  if (smallBox)
    checkInside("InvalidParameter.SmallVideoLayoutParams", "LayoutParams.SmallVideoLayoutParams", smallBox, canvas);
  return {
    template,
    canvas,
    ...(layout.MainVideoUserId ? { mainUserId: layout.MainVideoUserId } : {}),
    mainStreamType: (layout.MainVideoStreamType ?? 0) as StreamType,
    mainRightAlign: layout.MainVideoRightAlign === 1,
    ...(layout.MixVideoUids?.length ? { mixVideoUserIds: layout.MixVideoUids } : {}),
    pureAudioHoldPlace: (layout.PureAudioHoldPlaceMode ?? 0) as 0 | 1 | 2,
    ...(smallBox && smallBox.width > 0 && smallBox.height > 0 ? { small: smallBox } : {}),
    presets: presets(layout, canvas),
    ...(layout.RenderMode !== undefined ? { renderMode: layout.RenderMode as RenderMode } : {}),
  };
}

/**
 * Checks a StartMCUMixTranscode request as a whole (the schema checked each field) and turns it
 * into what the mixer needs. Throws the Tencent error a caller would get.
 */
export function planMcuMix(request: McuMixRequest): McuMixPlan {
  const encode = request.EncodeParams;
  checkAudioCodec(encode);
  const isAudioOnly = request.OutputParams.PureAudioStream === 1;
  const video = isAudioOnly ? { width: 2, height: 2, fps: 15, videoKbps: 1, gopSeconds: 1 } : videoSettings(encode);
  const canvas = { width: video.width, height: video.height };
  const layout = layoutRequest(request.LayoutParams, canvas);
  return {
    encoding: {
      ...video,
      audioSampleRate: encode.AudioSampleRate,
      audioKbps: encode.AudioBitrate,
      audioChannels: encode.AudioChannels,
      backgroundColor: encode.BackgroundColor ?? 0,
      isAudioOnly,
      showPlaceholders: request.LayoutParams.PlaceHolderMode === 1,
    },
    picture: (inputs) => computeMcuPicture(inputs, layout),
    streamId: request.OutputParams.StreamId,
    recordId: request.OutputParams.RecordId,
    recordAudioOnly: request.OutputParams.RecordAudioOnly === 1,
    audioKey: `${encode.AudioSampleRate}/${encode.AudioBitrate}/${encode.AudioChannels}/${encode.AudioCodec ?? 0}`,
  };
}
