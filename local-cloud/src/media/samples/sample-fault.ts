import type { SampleClipSpec, SampleFault } from "./sample-catalog";
import { textFilters } from "./sample-text";

const FRAME_RATE = 15;
/** Where a fault that does not last the whole clip begins: after a clean start, as a recording would. */
const FAULT_START_SEC = 2;
/** A black stretch shorter than the freeze threshold (10 s) and longer than the black one (5 s): black only. */
const BLACK_SEC = 7;
/** How late the audio track starts, in the container (not silence inside the track). */
const AUDIO_SHIFT_SEC = 2;
/** Audio 8 % fast: on a 14 s clip it ends about 1 s before the video. */
const DRIFT_TEMPO = 1.08;

export type CheckClipSpec = SampleClipSpec & { fault: SampleFault };

/** The picture: a moving pattern with the name and clock; frozen: its first frame, held. */
function videoChain(spec: CheckClipSpec, durationSeconds: number, fontFile: string | undefined): string {
  const filters: string[] = [];
  if (spec.fault === "frozen")
    filters.push("loop=loop=-1:size=1", `trim=duration=${durationSeconds}`, `setpts=N/${FRAME_RATE}/TB`);
  if (fontFile) filters.push(textFilters(spec, fontFile, { hasClock: spec.fault !== "frozen" }));
  if (spec.fault === "black")
    filters.push(`drawbox=c=black:t=fill:enable='between(t,${FAULT_START_SEC},${FAULT_START_SEC + BLACK_SEC})'`);
  return `[0:v]${filters.length > 0 ? filters.join(",") : "null"}[v]`;
}

/** The tone; silent from the fault's start to a second before the end, or played fast (drift). */
function audioChain(spec: CheckClipSpec, durationSeconds: number): string {
  const filters: string[] = [];
  if (spec.fault === "silence")
    filters.push(`volume=enable='between(t,${FAULT_START_SEC},${durationSeconds - 1})':volume=0`);
  if (spec.fault === "drift") filters.push(`atempo=${DRIFT_TEMPO}`);
  return `[1:a]${filters.length > 0 ? filters.join(",") : "anull"}[a]`;
}

/**
 * ffmpeg arguments for a check clip (local design, for testing the console's quality check):
 * the colour clips' encoding, but small and with mono audio (AAC encoding is most of a clip's
 * cost), with one fault each. No `-shortest`: the
 * shifted and the drifting audio must keep their own length, or the clip would fail a second
 * check (A/V drift) too.
 */
export function buildCheckSampleArgs(
  spec: CheckClipSpec,
  durationSeconds: number,
  fontFile: string | undefined,
  outputPath: string,
): string[] {
  const hasAudio = spec.fault !== "no-audio";
  const video = `testsrc2=s=${spec.width}x${spec.height}:r=${FRAME_RATE}:d=${durationSeconds}`;
  const audio = `sine=frequency=${spec.toneHz}:sample_rate=48000:duration=${durationSeconds}`;
  const chains = [
    videoChain(spec, durationSeconds, fontFile),
    ...(hasAudio ? [audioChain(spec, durationSeconds)] : []),
  ];
  return [
    ...["-hide_banner", "-loglevel", "error", "-nostdin", "-y"],
    ...["-f", "lavfi", "-i", video],
    ...(hasAudio
      ? [...(spec.fault === "shifted-audio" ? ["-itsoffset", String(AUDIO_SHIFT_SEC)] : []), "-f", "lavfi", "-i", audio]
      : []),
    ...["-filter_complex", chains.join(";"), "-map", "[v]", ...(hasAudio ? ["-map", "[a]"] : [])],
    ...["-c:v", "libx264", "-preset", "ultrafast", "-profile:v", "main", "-pix_fmt", "yuv420p"],
    ...["-g", String(FRAME_RATE), "-keyint_min", String(FRAME_RATE), "-sc_threshold", "0"],
    ...(hasAudio ? ["-c:a", "aac", "-b:a", "64k", "-ar", "48000", "-ac", "1"] : ["-an"]),
    ...["-movflags", "+faststart", "-f", "mp4", outputPath],
  ];
}
