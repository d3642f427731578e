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

/** A slot of the custom template (PresetLayoutConfig), in output pixels. */
export interface PresetSlot {
  userId?: string;
  streamType?: StreamType;
  x: number;
  y: number;
  width: number;
  height: number;
  zOrder?: number;
  renderMode?: RenderMode;
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

/** Where one input is drawn. Higher zOrder is drawn later (on top). */
export interface Tile {
  userId: string;
  streamType: StreamType;
  x: number;
  y: number;
  width: number;
  height: number;
  zOrder: number;
  renderMode: RenderMode;
  /** No video to draw: the tile keeps its place (audio-only user) or shows a placeholder. */
  isPlaceholder: boolean;
}
