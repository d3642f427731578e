/** A generated test clip: a solid colour with its name and a running clock, plus its own tone. */
export interface SampleClipSpec {
  name: string;
  width: number;
  height: number;
  /** An ffmpeg colour name. */
  color: string;
  /** Distinct per clip, so that a mixed recording tells by ear which inputs it contains. */
  toneHz: number;
}

export const SAMPLE_CLIPS: readonly SampleClipSpec[] = [
  { name: "red-360p", width: 640, height: 360, color: "red", toneHz: 440 },
  { name: "green-360p", width: 640, height: 360, color: "green", toneHz: 550 },
  { name: "blue-720p", width: 1280, height: 720, color: "blue", toneHz: 660 },
  { name: "yellow-720p", width: 1280, height: 720, color: "yellow", toneHz: 770 },
];

export const DEFAULT_SAMPLE_DURATION_SECONDS = 30;
export const SAMPLE_FONT_FILE = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

export function findSampleSpec(name: string): SampleClipSpec | undefined {
  return SAMPLE_CLIPS.find((spec) => spec.name === name);
}
