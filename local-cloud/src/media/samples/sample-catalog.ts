/**
 * What a check clip does wrong, each made to fail one of the console's quality checks (local
 * design: Tencent has no such clips). `none` is their clean reference.
 */
export type SampleFault = "none" | "silence" | "frozen" | "black" | "shifted-audio" | "no-audio" | "drift";

/** A generated test clip: a solid colour with its name and a running clock, plus its own tone. */
export interface SampleClipSpec {
  name: string;
  width: number;
  height: number;
  /** An ffmpeg colour name: the background, or for a check clip the box behind its name. */
  color: string;
  /** Distinct per clip, so that a mixed recording tells by ear which inputs it contains. */
  toneHz: number;
  /**
   * A check clip: a moving test pattern (a solid colour with a clock reads as frozen to a freeze
   * detector) with this fault, see sample-fault.ts.
   */
  fault?: SampleFault;
}

export const SAMPLE_CLIPS: readonly SampleClipSpec[] = [
  { name: "red-360p", width: 640, height: 360, color: "red", toneHz: 440 },
  { name: "green-360p", width: 640, height: 360, color: "green", toneHz: 550 },
  { name: "blue-720p", width: 1280, height: 720, color: "blue", toneHz: 660 },
  { name: "yellow-720p", width: 1280, height: 720, color: "yellow", toneHz: 770 },
];

const checkClip = (name: string, fault: SampleFault): SampleClipSpec => ({
  name,
  width: 320,
  height: 180,
  color: "black",
  toneHz: 880,
  fault,
});

/** Small and at 15 fps, so that generating them costs the start little. */
export const CHECK_SAMPLE_CLIPS: readonly SampleClipSpec[] = [
  checkClip("clean-180p", "none"),
  checkClip("fault-silence", "silence"),
  checkClip("fault-frozen", "frozen"),
  checkClip("fault-black", "black"),
  checkClip("fault-shifted-audio", "shifted-audio"),
  checkClip("fault-no-audio", "no-audio"),
  checkClip("fault-drift", "drift"),
];

/** Every clip the library may offer: the colour clips first (pages pick the first one), then the check clips. */
export const ALL_SAMPLE_CLIPS: readonly SampleClipSpec[] = [...SAMPLE_CLIPS, ...CHECK_SAMPLE_CLIPS];

export const DEFAULT_SAMPLE_DURATION_SECONDS = 30;
/** The shortest clip whose faults still exceed the quality check's default thresholds. */
export const MIN_FAULT_SAMPLE_DURATION_SECONDS = 14;
/** Check clips stop here: their faults are as plain at 16 s as at 30, and each second costs start-up time. */
export const MAX_FAULT_SAMPLE_DURATION_SECONDS = 16;

/** How long a clip of a library of this length lasts. */
export function sampleSecondsOf(spec: SampleClipSpec, durationSeconds: number): number {
  return spec.fault ? Math.min(durationSeconds, MAX_FAULT_SAMPLE_DURATION_SECONDS) : durationSeconds;
}

/**
 * The clips of a library of this length: the check clips only where their faults exceed the
 * default thresholds (a 3 s "silence" is no fault), so that short test libraries skip their cost.
 */
export function sampleClipsFor(durationSeconds: number): readonly SampleClipSpec[] {
  return durationSeconds >= MIN_FAULT_SAMPLE_DURATION_SECONDS ? ALL_SAMPLE_CLIPS : SAMPLE_CLIPS;
}
export const SAMPLE_FONT_FILE = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

export function findSampleSpec(name: string): SampleClipSpec | undefined {
  return ALL_SAMPLE_CLIPS.find((spec) => spec.name === name);
}
