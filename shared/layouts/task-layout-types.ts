import type { SlotPlace, StreamType } from "./types";

/** CreateCloudRecording's MixLayoutMode: numbered unlike the MCU's Template (grid is 3 here, 1 there). */
export const TASK_LAYOUT_MODES = { floating: 1, screenShare: 2, grid: 3, custom: 4 } as const;
export type TaskLayoutMode = (typeof TASK_LAYOUT_MODES)[keyof typeof TASK_LAYOUT_MODES];

/** MixLayout.RenderMode: 0 stretch, 1 crop (default), 2 scale with bars, 3 crop of at most 20 %. */
export type TaskRenderMode = 0 | 1 | 2 | 3;

/** One MixLayoutList entry (Left, Top, Width, Height, ImageLayer, MediaId). */
export interface TaskSlot extends SlotPlace {
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

/**
 * MixLayoutMode of one of the console's template names. CreateCloudRecording has no
 * picture-in-picture: the schemas refuse it for a task and the editor does not offer it, so
 * meeting one here is a bug, not an input to answer.
 */
export function taskLayoutModeOf(template: keyof typeof TASK_LAYOUT_MODES | "pictureInPicture"): TaskLayoutMode {
  if (template === "pictureInPicture") throw new Error("CreateCloudRecording has no picture-in-picture layout.");
  return TASK_LAYOUT_MODES[template];
}
