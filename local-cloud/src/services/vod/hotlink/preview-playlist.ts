/**
 * `exper` for HLS: the playlist cut to the segments that start within the first `seconds`, ended
 * with `#EXT-X-ENDLIST`, so a player stops where the preview does. Tags between segments go with
 * the segment after them. (Other formats are served whole: COVERAGE.md.)
 */
export function previewPlaylist(playlist: string, seconds: number): string {
  const kept: string[] = [];
  let pending: string[] = [];
  let elapsed = 0;
  let isCut = false;
  let hasSegment = false;
  for (const line of playlist.split(/\r?\n/)) {
    const duration = /^#EXTINF:([\d.]+)/.exec(line)?.[1];
    if (duration !== undefined) {
      if (elapsed >= seconds) {
        isCut = true;
        break;
      }
      elapsed += Number(duration);
      kept.push(...pending, line);
      pending = [];
      hasSegment = true;
    } else if (line.startsWith("#") && hasSegment) {
      pending.push(line);
    } else {
      kept.push(line);
    }
  }
  const body = isCut ? kept : [...kept, ...pending];
  const withoutEnd = body.filter((line) => line !== "#EXT-X-ENDLIST" && line !== "");
  return `${[...withoutEnd, "#EXT-X-ENDLIST"].join("\n")}\n`;
}
