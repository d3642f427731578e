import { readSync } from "node:fs";
import { open } from "node:fs/promises";
import { setImmediate as nextTurn } from "node:timers/promises";

/** An ADTS (AAC) file's frames counted: ADTS states no duration, the frames make it up exactly. */
export interface AdtsSummary {
  sampleRate: number;
  frames: number;
  /** Samples decoded, per channel: 1024 a raw data block. */
  samples: number;
}

/** ISO/IEC 13818-7 sampling_frequency_index. */
const SAMPLE_RATES = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];
const HEADER_BYTES = 7;
const CHUNK_BYTES = 1 << 20;

/**
 * Walks `file` frame by frame (each header says how long its frame is), reading it in large
 * chunks. Null when anything in it is not an ADTS frame (ffprobe reads it instead); a last frame
 * cut short (a crash) is not counted.
 *
 * One known difference from ffprobe: an HE-AAC stream whose SBR is implicit states its core rate in
 * the header, and only decoding finds the doubled one; the duration is the same either way.
 */
export async function countAdtsFrames(file: string): Promise<AdtsSummary | null> {
  const handle = await open(file, "r");
  try {
    const size = (await handle.stat()).size;
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let chunkStart = 0;
    let chunkLength = 0;
    const summary: AdtsSummary = { sampleRate: 0, frames: 0, samples: 0 };
    let position = 0;
    while (position + HEADER_BYTES <= size) {
      if (position + HEADER_BYTES > chunkStart + chunkLength) {
        if (chunkLength > 0) await nextTurn();
        chunkStart = position;
        chunkLength = readSync(handle.fd, chunk, 0, CHUNK_BYTES, position);
      }
      const at = position - chunkStart;
      if (chunk[at] !== 0xff || ((chunk[at + 1] ?? 0) & 0xf0) !== 0xf0) return null;
      const rate = SAMPLE_RATES[((chunk[at + 2] ?? 0) >> 2) & 0x0f];
      const length = (((chunk[at + 3] ?? 0) & 0x03) << 11) | ((chunk[at + 4] ?? 0) << 3) | ((chunk[at + 5] ?? 0) >> 5);
      if (!rate || length < HEADER_BYTES) return null;
      if (position + length > size) break;
      summary.sampleRate ||= rate;
      summary.frames += 1;
      summary.samples += 1024 * (((chunk[at + 6] ?? 0) & 0x03) + 1);
      position += length;
    }
    return summary.frames > 0 ? summary : null;
  } finally {
    await handle.close();
  }
}
