import type { StreamType } from "./types";

/** CreateCloudRecording's MixLayoutMode: numbered unlike the MCU's Template (grid is 3 here, 1 there). */
export const TASK_LAYOUT_MODES = { floating: 1, screenShare: 2, grid: 3, custom: 4 } as const;
export type TaskLayoutMode = (typeof TASK_LAYOUT_MODES)[keyof typeof TASK_LAYOUT_MODES];

/** MixLayout.RenderMode: 0 stretch, 1 crop (default), 2 scale with bars, 3 crop of at most 20 %. */
export type TaskRenderMode = 0 | 1 | 2 | 3;

/** One MixLayoutList entry, in output pixels. */
export interface TaskSlot {
  userId?: string;
  /** MediaId: 0 main, 1 aux. */
  streamType?: StreamType;
  /** Left and Top. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** ImageLayer: smaller is further back. */
  zOrder?: number;
  /** 0 opaque to 255 transparent. */
  alpha?: number;
  renderMode?: TaskRenderMode;
}

export interface TaskLayoutRequest {
  mode: TaskLayoutMode;
  canvas: { width: number; height: number };
  /** MaxResolutionUserId and its MediaId: the big picture of floating and screen share. */
  mainUserId?: string;
  mainStreamType?: StreamType;
  /** MaxResolutionUserAlign = 1: screen share's big picture on the right. */
  mainRightAlign?: boolean;
  /** Template modes' RenderMode. */
  renderMode?: TaskRenderMode;
  /** PureAudioDisableLayout: audio-only users take no place. */
  pureAudioDisableLayout?: boolean;
  slots?: TaskSlot[];
}
