import type { ProcessSupervisor } from "../../../media/ffmpeg/process-supervisor";
import { countAdtsFrames } from "./adts-frames";
import { probeMetadata, type MediaMetadata } from "./probe-metadata";

/*
 * VOD's MetaData for a stored file: ffprobe's, except for ADTS (AAC). ADTS states no length, so
 * ffprobe would be run twice (the second time counting packets); its frame headers say all there
 * is to say, and walking them in-process costs a millisecond where each ffprobe costs some 60 ms of
 * CPU to start.
 */

/** ffprobe's `format_name` for ADTS, which VOD reports as `Container`. */
const ADTS_CONTAINER = "aac";

async function aacMetadata(file: string, sizeBytes: number): Promise<MediaMetadata | null> {
  const frames = await countAdtsFrames(file);
  if (!frames) return null;
  const duration = frames.samples / frames.sampleRate;
  const bitrate = duration > 0 ? Math.round((sizeBytes * 8) / duration) : 0;
  return {
    Size: sizeBytes,
    Container: ADTS_CONTAINER,
    Bitrate: bitrate,
    Height: 0,
    Width: 0,
    Duration: duration,
    Rotate: 0,
    VideoStreamSet: [],
    AudioStreamSet: [{ Bitrate: bitrate, SamplingRate: frames.sampleRate, Codec: "aac" }],
    VideoDuration: 0,
    AudioDuration: duration,
  };
}

/** MetaData of a stored file (`sizeBytes` measured by the caller: an HLS recording is many files). */
export async function describeMedia(
  supervisor: ProcessSupervisor,
  ffprobePath: string,
  input: string,
  sizeBytes: number,
): Promise<MediaMetadata> {
  const read = input.endsWith(".aac") ? await aacMetadata(input, sizeBytes) : null;
  return read ?? probeMetadata(supervisor, ffprobePath, input, sizeBytes);
}
