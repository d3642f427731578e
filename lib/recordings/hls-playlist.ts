import { msg } from "@/lib/i18n/message";

/** The parts of an HLS media playlist that make one file when joined, in play order. */
export interface HlsParts {
  /** fMP4 playlists start with an init segment (`EXT-X-MAP`); TS playlists have none. */
  initUrl: string | null;
  segmentUrls: string[];
}

/** `problem` is a `msg` string: the download route puts it into the viewer's words. */
export type HlsReading = { ok: true; parts: HlsParts } | { ok: false; problem: string };

/**
 * Reads a VOD recording's playlist for a one-file download. Every URL is resolved against the
 * playlist's and must stay on its origin: the console fetches them, so a playlist must not be
 * able to point it anywhere else. Playlists that cannot become one plain file say why.
 */
export function readHlsPlaylist(text: string, playlistUrl: string): HlsReading {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  if (lines[0] !== "#EXTM3U") return { ok: false, problem: msg("recordings.errors.playlist.notHls") };
  if (lines.some((line) => line.startsWith("#EXT-X-STREAM-INF"))) {
    return { ok: false, problem: msg("recordings.errors.playlist.multiRendition") };
  }
  if (lines.some((line) => line.startsWith("#EXT-X-KEY") && !line.includes("METHOD=NONE"))) {
    return { ok: false, problem: msg("recordings.errors.playlist.encrypted") };
  }
  const origin = new URL(playlistUrl).origin;
  const resolve = (uri: string) => {
    const url = new URL(uri, playlistUrl);
    return url.origin === origin ? url.toString() : null;
  };
  const maps = new Set<string>();
  const segmentUrls: string[] = [];
  for (const line of lines) {
    if (line.startsWith("#EXT-X-MAP:")) {
      const uri = /URI="([^"]+)"/.exec(line)?.[1];
      const url = uri ? resolve(uri) : null;
      if (!url) return { ok: false, problem: msg("recordings.errors.playlist.foreignInit") };
      maps.add(url);
    } else if (line !== "" && !line.startsWith("#")) {
      const url = resolve(line);
      if (!url) return { ok: false, problem: msg("recordings.errors.playlist.foreignSegment") };
      segmentUrls.push(url);
    }
  }
  // A recording resumed after an interruption may restart with another init segment; one file
  // cannot carry two, so such a recording is played (or fetched) through its playlist.
  if (maps.size > 1) {
    return {
      ok: false,
      problem: msg("recordings.errors.playlist.resumed"),
    };
  }
  if (segmentUrls.length === 0) return { ok: false, problem: msg("recordings.errors.playlist.noSegments") };
  return { ok: true, parts: { initUrl: [...maps][0] ?? null, segmentUrls } };
}
