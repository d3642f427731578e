import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { HLS_PLAYLIST, hlsRunPlaylist } from "./recording-formats";

interface RunPlaylist {
  targetDuration: number;
  mapUri: string | undefined;
  /** `#EXTINF` line and URI of each segment, in order. */
  segments: Array<[string, string]>;
}

function parseRun(text: string): RunPlaylist {
  const lines = text.split("\n").map((line) => line.trim());
  const run: RunPlaylist = { targetDuration: 0, mapUri: undefined, segments: [] };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line.startsWith("#EXT-X-TARGETDURATION:")) run.targetDuration = Number(line.split(":")[1]) || 0;
    else if (line.startsWith("#EXT-X-MAP:")) run.mapUri = /URI="([^"]+)"/.exec(line)?.[1];
    else if (line.startsWith("#EXTINF:")) {
      const uri = lines[index + 1];
      if (uri && !uri.startsWith("#")) run.segments.push([line, uri]);
    }
  }
  return run;
}

async function readRun(dir: string, run: number): Promise<RunPlaylist | null> {
  try {
    return parseRun(await readFile(path.join(dir, hlsRunPlaylist(run)), "utf8"));
  } catch {
    return null;
  }
}

/**
 * Joins the playlists of an HLS recording's runs (one per publish of a resumed stream) into the
 * one `index.m3u8` VOD serves: each run after the first starts with `#EXT-X-DISCONTINUITY` and its
 * own init segment, and the list ends with `#EXT-X-ENDLIST`. A run cut short by a crash contributes
 * the segments its playlist had listed. Returns the number of segments; with none (nothing was
 * recorded, or the directory is gone) nothing is written.
 *
 * Idempotent: the playlist is written whole (renamed into place) before the run playlists go, so
 * an attempt cut short by a crash leaves either the runs or the finished playlist to go on with.
 */
export async function composeHlsPlaylist(dir: string, runs: readonly number[]): Promise<number> {
  const composed = await readFile(path.join(dir, HLS_PLAYLIST), "utf8").catch(() => "");
  if (composed.trim().endsWith("#EXT-X-ENDLIST")) {
    for (const runNumber of runs) await rm(path.join(dir, hlsRunPlaylist(runNumber)), { force: true });
    return parseRun(composed).segments.length;
  }
  const body: string[] = [];
  let targetDuration = 1;
  let segmentCount = 0;
  for (const runNumber of runs) {
    const run = await readRun(dir, runNumber);
    if (!run || run.segments.length === 0) continue;
    if (segmentCount > 0) body.push("#EXT-X-DISCONTINUITY");
    if (run.mapUri) body.push(`#EXT-X-MAP:URI="${run.mapUri}"`);
    for (const [info, uri] of run.segments) body.push(info, uri);
    targetDuration = Math.max(targetDuration, run.targetDuration);
    segmentCount += run.segments.length;
  }
  if (segmentCount === 0) return 0;
  const header = [
    "#EXTM3U",
    "#EXT-X-VERSION:7",
    `#EXT-X-TARGETDURATION:${targetDuration}`,
    "#EXT-X-MEDIA-SEQUENCE:0",
    "#EXT-X-PLAYLIST-TYPE:VOD",
    "#EXT-X-INDEPENDENT-SEGMENTS",
  ];
  const partial = path.join(dir, `${HLS_PLAYLIST}.partial`);
  await writeFile(partial, [...header, ...body, "#EXT-X-ENDLIST", ""].join("\n"));
  await rename(partial, path.join(dir, HLS_PLAYLIST));
  for (const runNumber of runs) await rm(path.join(dir, hlsRunPlaylist(runNumber)), { force: true });
  return segmentCount;
}
