import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** One stream's packets in order, each as the md5 of its payload, with its timestamp in seconds. */
export interface StreamPackets {
  hashes: string[];
  seconds: number[];
}

export interface FilePackets {
  video: StreamPackets;
  audio: StreamPackets;
}

/**
 * The packets of a file's video and audio as stream copy reads them (nothing decoded): a recorder
 * that only remuxes keeps every packet's bytes, so the same moment in two files is the same hash.
 * ADTS headers are stripped so that an AAC file's packets compare with an FLV's raw AAC.
 */
export async function packetHashes(input: string): Promise<FilePackets> {
  const isAdts = input.endsWith(".aac");
  const { stdout } = await run(
    process.env.FFMPEG_PATH ?? "ffmpeg",
    [
      ...["-hide_banner", "-nostdin", "-v", "error", "-i", input, "-map", "0", "-c", "copy"],
      ...(isAdts ? ["-bsf:a", "aac_adtstoasc"] : []),
      ...["-f", "framemd5", "-"],
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const types = new Map<string, "video" | "audio">();
  const timeBases = new Map<string, number>();
  const packets: FilePackets = { video: { hashes: [], seconds: [] }, audio: { hashes: [], seconds: [] } };
  for (const line of stdout.split("\n")) {
    const mediaType = /^#media_type (\d+): (video|audio)$/.exec(line);
    if (mediaType?.[1] && (mediaType[2] === "video" || mediaType[2] === "audio")) types.set(mediaType[1], mediaType[2]);
    const timeBase = /^#tb (\d+): (\d+)\/(\d+)$/.exec(line);
    if (timeBase?.[1]) timeBases.set(timeBase[1], Number(timeBase[2]) / Number(timeBase[3]));
    if (line.startsWith("#") || !line.trim()) continue;
    const [stream = "", , pts = "", , , hash = ""] = line.split(",").map((field) => field.trim());
    const type = types.get(stream);
    if (!type) continue;
    packets[type].hashes.push(hash);
    packets[type].seconds.push(Number(pts) * (timeBases.get(stream) ?? 0));
  }
  return packets;
}

/** Where `part` sits in `whole` as one unbroken run of packets, or -1 when it does not. */
export function indexOfRun(whole: readonly string[], part: readonly string[]): number {
  const [first] = part;
  if (first === undefined) return -1;
  for (let start = whole.indexOf(first); start >= 0; start = whole.indexOf(first, start + 1)) {
    if (part.every((hash, offset) => whole[start + offset] === hash)) return start;
  }
  return -1;
}

/** Where the packets of each of a publish's parts sit among the published packets. */
export interface PartSpans {
  publishedCount: number;
  /** Per part, the published index of its first and last packet; `first` is -1 when the part is not an unbroken run of them. */
  spans: Array<{ first: number; last: number }>;
  /** Published seconds before the first part's first packet (what the recording could not see). */
  missedAtStartSeconds: number;
}

/** One stream (`video` or `audio`) of the parts of a split recording, located in the published stream. */
export async function partSpans(
  parts: readonly string[],
  published: FilePackets,
  kind: keyof FilePackets,
): Promise<PartSpans> {
  const spans: PartSpans["spans"] = [];
  for (const part of parts) {
    const hashes = (await packetHashes(part))[kind].hashes;
    const first = indexOfRun(published[kind].hashes, hashes);
    spans.push({ first, last: first < 0 ? -1 : first + hashes.length - 1 });
  }
  return {
    publishedCount: published[kind].hashes.length,
    spans,
    missedAtStartSeconds: published[kind].seconds[spans[0]?.first ?? 0] ?? 0,
  };
}
