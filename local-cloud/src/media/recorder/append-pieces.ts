import { createReadStream, createWriteStream } from "node:fs";
import { rename } from "node:fs/promises";
import { pipeline } from "node:stream/promises";

/**
 * Joins ADTS (AAC) pieces byte for byte: each ADTS frame carries its own header and the format has
 * no timestamps or index, so the pieces one after another are exactly the joined stream (what
 * ffmpeg's concat demuxer into the adts muxer writes too, with a process and a demux to do it).
 * Written aside and renamed into place, so that an attempt cut short leaves no half file at `output`.
 */
export async function appendPieces(pieces: readonly string[], output: string): Promise<void> {
  const partial = `${output}.partial`;
  const target = createWriteStream(partial);
  for (const piece of pieces) await pipeline(createReadStream(piece), target, { end: false });
  await new Promise<void>((resolve, reject) =>
    target.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  await rename(partial, output);
}
