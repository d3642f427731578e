import { open, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

/** What one run (publish) of a recording has written so far, read from the disk as the recorder writes it. */
export interface RunOnDisk {
  /** The recording's working directory (`<dataDir>/recordings/<id>`). */
  recordingDir: string;
  format: "hls" | "mp4" | "flv" | "aac";
  run: number;
  /** HLS: segments its playlist lists; MP4: fragments written; FLV and AAC: bytes. */
  written: number;
  /** HLS: the media its playlist lists (the sum of its `#EXTINF` durations), in seconds; 0 for the others. */
  seconds: number;
}

const listedSeconds = (playlist: string) =>
  [...playlist.matchAll(/#EXTINF:([\d.]+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);

const read = (file: string) => readFile(file).catch(() => Buffer.alloc(0));

/** Fragments (`moof` boxes) a fragmented MP4 holds, walking its top-level box headers rather than reading it whole. */
async function fragmentsOf(file: string): Promise<number> {
  const handle = await open(file, "r").catch(() => undefined);
  if (!handle) return 0;
  try {
    const header = Buffer.alloc(16);
    const { size } = await handle.stat();
    let fragments = 0;
    for (let offset = 0; offset + 8 <= size;) {
      const { bytesRead } = await handle.read(header, 0, 16, offset);
      if (bytesRead < 8) break;
      const shortSize = header.readUInt32BE(0);
      const boxSize = shortSize === 1 && bytesRead === 16 ? Number(header.readBigUInt64BE(8)) : shortSize;
      if (header.toString("latin1", 4, 8) === "moof") fragments += 1;
      if (boxSize < 8) break;
      offset += boxSize;
    }
    return fragments;
  } finally {
    await handle.close();
  }
}

async function segmentRuns(recordingDir: string): Promise<RunOnDisk[]> {
  const runs: RunOnDisk[] = [];
  for (const name of await readdir(recordingDir).catch(() => [])) {
    const run = /^run-(\d+)$/.exec(name)?.[1];
    if (!run) continue;
    const dir = path.join(recordingDir, name);
    for (const file of await readdir(dir).catch(() => [])) {
      const format = /^seg-\d+\.(mp4|flv|aac)$/.exec(file)?.[1];
      if (format !== "mp4" && format !== "flv" && format !== "aac") continue;
      const segment = path.join(dir, file);
      const written =
        format === "mp4" ? await fragmentsOf(segment) : ((await stat(segment).catch(() => undefined))?.size ?? 0);
      const known = runs.find((entry) => entry.format === format && entry.run === Number(run));
      if (known) known.written += written;
      else runs.push({ recordingDir, format, run: Number(run), written, seconds: 0 });
    }
  }
  return runs;
}

/**
 * Every run of every recording under the data dir. A recording that goes on after a restart shows
 * a second run in the same directory: the new piece of the same file.
 */
export async function runsOnDisk(dataDir: string): Promise<RunOnDisk[]> {
  const root = path.join(dataDir, "recordings");
  const runs: RunOnDisk[] = [];
  for (const id of await readdir(root).catch(() => [])) {
    const recordingDir = path.join(root, id);
    if (!(await stat(recordingDir).catch(() => undefined))?.isDirectory()) continue;
    for (const file of await readdir(path.join(recordingDir, "hls")).catch(() => [])) {
      const run = /^index-(\d+)\.m3u8$/.exec(file)?.[1];
      if (!run) continue;
      const playlist = (await read(path.join(recordingDir, "hls", file))).toString("utf8");
      runs.push({
        recordingDir,
        format: "hls",
        run: Number(run),
        written: playlist.match(/#EXTINF/g)?.length ?? 0,
        seconds: listedSeconds(playlist),
      });
    }
    runs.push(...(await segmentRuns(recordingDir)));
  }
  return runs;
}
