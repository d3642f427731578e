/** TRTC's legacy MCU layout templates (LayoutParams.Template). The new API numbers them differently. */
export const LAYOUT_TEMPLATES = { floating: 0, grid: 1, screenShare: 2, pictureInPicture: 3, custom: 4 } as const;
export type LayoutTemplate = (typeof LAYOUT_TEMPLATES)[keyof typeof LAYOUT_TEMPLATES];

export type StreamType = 0 | 1; // 0 camera, 1 screen share
export type RenderMode = 0 | 1 | 2; // 0 crop, 1 scale, 2 scale with black bars

/** A publisher in the room, in join order. */
export interface MixInput {
  userId: string;
  streamType: StreamType;
  hasVideo: boolean;
}

/** PresetLayoutConfig.MixInputType: 0 audio and video, 1 video only, 2 audio only. */
export type MixInputType = 0 | 1 | 2;

/** Where a custom layout puts one stream, in output pixels: what both APIs' slots have. */
export interface SlotPlace {
  /** Unset: the next user in join order (both APIs fill unnamed slots so). */
  userId?: string;
  /** The MCU's StreamType, the task's MediaId: 0 camera, 1 screen share. */
  streamType?: StreamType;
  x: number;
  y: number;
  width: number;
  height: number;
  /** ZOrder / ImageLayer: higher is drawn later, on top. */
  zOrder?: number;
}

/** A slot of the custom template (PresetLayoutConfig). */
export interface PresetSlot extends SlotPlace {
  renderMode?: RenderMode;
  mixInputType?: MixInputType;
}

export interface LayoutRequest {
  template: LayoutTemplate;
  canvas: { width: number; height: number };
  mainUserId?: string;
  mainStreamType?: StreamType;
  /** Screen share: the big picture on the right. */
  mainRightAlign?: boolean;
  /** Floating, grid, screen share: only these users get video (≤ 16); others are audio only. */
  mixVideoUserIds?: string[];
  /** 0 template default, 1 audio-only users take a tile, 2 they do not. */
  pureAudioHoldPlace?: 0 | 1 | 2;
  /** Picture-in-picture: the small picture's user and place. */
  small?: { userId: string; streamType: StreamType; x: number; y: number; width: number; height: number };
  presets?: PresetSlot[];
  renderMode?: RenderMode;
}

/**
 * How a picture of another aspect ratio goes into its tile: cut to fill it, stretched to it, or
 * scaled into it with bars. Both APIs number these differently (MCU RenderMode 0 crop, 1 scale,
 * 2 scale with bars; MixLayout RenderMode 0 stretch, 1 crop, 2 bars, 3 crop of at most 20 %).
 */
export type TileFit = "crop" | "stretch" | "fit";

export const MCU_RENDER_FIT: Record<RenderMode, TileFit> = { 0: "crop", 1: "stretch", 2: "fit" };

/** Where one input is drawn. Higher zOrder is drawn later (on top). */
export interface Tile {
  userId: string;
  streamType: StreamType;
  x: number;
  y: number;
  width: number;
  height: number;
  zOrder: number;
  fit: TileFit;
  /** 0 opaque (default) to 255 fully transparent, as MixLayout.Alpha. */
  alpha: number;
  /** No video to draw: the tile keeps its place (audio-only user) or shows a placeholder. */
  isPlaceholder: boolean;
}

/** The picture and the sound of a mix: the tiles drawn, and whose audio is heard. */
export interface MixPicture {
  tiles: Tile[];
  /** `userId/streamType` of each input whose audio is mixed. */
  audible: string[];
}

export const inputKey = (input: { userId: string; streamType: StreamType }) => `${input.userId}/${input.streamType}`;
