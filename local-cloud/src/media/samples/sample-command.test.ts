import { describe, expect, it } from "vitest";
import {
  ALL_SAMPLE_CLIPS,
  CHECK_SAMPLE_CLIPS,
  SAMPLE_CLIPS,
  SAMPLE_FONT_FILE,
  findSampleSpec,
  sampleClipsFor,
  sampleSecondsOf,
  type SampleFault,
} from "./sample-catalog";
import { buildSampleArgs } from "./sample-command";

const FONT = SAMPLE_FONT_FILE;
const TEXT = `fontfile=${FONT}:fontcolor=white:borderw=3:bordercolor=black:x=(w-text_w)/2`;

function checkClipArgs(fault: SampleFault, { hasFont = true, seconds = 14 } = {}): string[] {
  const spec = CHECK_SAMPLE_CLIPS.find((candidate) => candidate.fault === fault);
  if (!spec) throw new Error(`no check clip with fault ${fault}`);
  return buildSampleArgs(spec, seconds, hasFont ? FONT : undefined, "/tmp/out.mp4");
}

/** The value after `flag` (the first occurrence). */
const valueOf = (args: string[], flag: string) => args[args.indexOf(flag) + 1];

describe("buildSampleArgs", () => {
  it("builds the colour clips' arguments exactly as before the check clips existed", () => {
    const [red] = SAMPLE_CLIPS;
    if (!red) throw new Error("no colour clip");
    expect(buildSampleArgs(red, 30, FONT, "/tmp/out.mp4")).toEqual([
      ...["-hide_banner", "-loglevel", "error", "-nostdin", "-y"],
      ...["-f", "lavfi", "-i", "color=c=red:s=640x360:r=25:d=30"],
      ...["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=30"],
      "-vf",
      `drawtext=${TEXT}:text='red-360p':fontsize=h/8:y=(h-text_h)/2-h/10,drawtext=${TEXT}:text='%{pts\\:hms}':fontsize=h/12:y=h/2+h/10`,
      ...["-c:v", "libx264", "-preset", "ultrafast", "-profile:v", "main", "-pix_fmt", "yuv420p"],
      ...["-g", "25", "-keyint_min", "25", "-sc_threshold", "0"],
      ...["-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2", "-shortest"],
      ...["-movflags", "+faststart", "-f", "mp4", "/tmp/out.mp4"],
    ]);
  });

  it("offers one check clip per fault, small and found by name", () => {
    expect(CHECK_SAMPLE_CLIPS.map((spec) => spec.fault)).toEqual([
      "none",
      "silence",
      "frozen",
      "black",
      "shifted-audio",
      "no-audio",
      "drift",
    ]);
    for (const spec of CHECK_SAMPLE_CLIPS) {
      expect(spec).toMatchObject({ width: 320, height: 180 });
      expect(findSampleSpec(spec.name)).toBe(spec);
    }
  });

  it("leaves the check clips out of libraries too short for their faults, and keeps them at 16 s at most", () => {
    expect(sampleClipsFor(3)).toEqual(SAMPLE_CLIPS);
    expect(sampleClipsFor(13)).toEqual(SAMPLE_CLIPS);
    expect(sampleClipsFor(14)).toEqual(ALL_SAMPLE_CLIPS);
    const [red] = SAMPLE_CLIPS;
    const [clean] = CHECK_SAMPLE_CLIPS;
    if (!red || !clean) throw new Error("empty catalog");
    expect([sampleSecondsOf(red, 30), sampleSecondsOf(clean, 30), sampleSecondsOf(clean, 14)]).toEqual([30, 16, 14]);
  });

  it("makes the clean check clip a moving pattern at 15 fps with its tone, untouched", () => {
    const args = checkClipArgs("none");
    expect(args.filter((_, index) => args[index - 1] === "-i")).toEqual([
      "testsrc2=s=320x180:r=15:d=14",
      "sine=frequency=880:sample_rate=48000:duration=14",
    ]);
    expect(valueOf(args, "-filter_complex")).toBe(
      `[0:v]drawtext=${TEXT}:box=1:boxcolor=black:boxborderw=4:text='clean-180p':fontsize=h/8:y=(h-text_h)/2-h/10,` +
        `drawtext=${TEXT}:text='%{pts\\:hms}':fontsize=h/12:y=h/2+h/10[v];[1:a]anull[a]`,
    );
    expect(args).toEqual(expect.arrayContaining(["-map", "[v]", "-map", "[a]", "-g", "15"]));
    // Mono: AAC encoding is most of what a clip costs to generate.
    expect(args.slice(args.indexOf("-c:a"), args.indexOf("-c:a") + 8)).toEqual([
      ...["-c:a", "aac", "-b:a", "64k", "-ar", "48000", "-ac", "1"],
    ]);
    // Both tracks keep their own length: -shortest would cut a drifting or late track.
    expect(args).not.toContain("-shortest");
    expect(args).not.toContain("-itsoffset");
  });

  it("silences the tone from 2 s to a second before the end", () => {
    expect(valueOf(checkClipArgs("silence"), "-filter_complex")).toMatch(
      /\[1:a\]volume=enable='between\(t,2,13\)':volume=0\[a\]$/,
    );
    expect(valueOf(checkClipArgs("silence", { seconds: 30 }), "-filter_complex")).toContain("between(t,2,29)");
  });

  it("holds the first frame for the whole clip, without a running clock", () => {
    const graph = valueOf(checkClipArgs("frozen"), "-filter_complex") ?? "";
    expect(graph).toMatch(/^\[0:v\]loop=loop=-1:size=1,trim=duration=14,setpts=N\/15\/TB,drawtext=/);
    expect(graph).not.toContain("%{pts");
    expect(graph).toContain("[1:a]anull[a]");
  });

  it("blacks the picture out for 7 s, longer than the black threshold and shorter than the freeze one", () => {
    expect(valueOf(checkClipArgs("black"), "-filter_complex")).toContain(
      ",drawbox=c=black:t=fill:enable='between(t,2,9)'[v]",
    );
  });

  it("starts the audio track 2 s after the video in the container", () => {
    const args = checkClipArgs("shifted-audio");
    const offsetAt = args.indexOf("-itsoffset");
    expect(args.slice(offsetAt, offsetAt + 6)).toEqual([
      "-itsoffset",
      "2",
      "-f",
      "lavfi",
      "-i",
      "sine=frequency=880:sample_rate=48000:duration=14",
    ]);
  });

  it("writes video only for the clip without audio", () => {
    const args = checkClipArgs("no-audio");
    expect(args.filter((arg) => arg === "-i")).toHaveLength(1);
    expect(args).toContain("-an");
    expect(args).not.toContain("[a]");
    expect(args).not.toContain("-c:a");
  });

  it("plays the audio 8 % fast, so that it ends before the video", () => {
    expect(valueOf(checkClipArgs("drift"), "-filter_complex")).toMatch(/\[1:a\]atempo=1\.08\[a\]$/);
  });

  it("keeps every fault without a font, only the text goes", () => {
    expect(valueOf(checkClipArgs("none", { hasFont: false }), "-filter_complex")).toBe("[0:v]null[v];[1:a]anull[a]");
    expect(valueOf(checkClipArgs("black", { hasFont: false }), "-filter_complex")).toBe(
      "[0:v]drawbox=c=black:t=fill:enable='between(t,2,9)'[v];[1:a]anull[a]",
    );
  });
});
