/**
 * A link into the recording's player: `#t=<seconds>` on the recording page's URL (the shape of a
 * media fragment, so `#t=75.5` reads as it does on a media URL). The page's own hash, not the
 * media URL's, because the media URL is signed on the server and must not change in the browser.
 */
const SEEK_HASH = /^#t=(?:npt:)?(\d+(?:\.\d+)?)(?:,[\d.]*)?$/;

/** The seconds a `#t=…` hash names, or null for any other hash (or none). */
export function parseSeekHash(hash: string): number | null {
  const match = SEEK_HASH.exec(hash.trim());
  if (!match?.[1]) return null;
  const seconds = Number(match[1]);
  return Number.isFinite(seconds) ? seconds : null;
}

/** The hash that seeks the player to `seconds` (tenths: finer than a person clicks, short in a URL). */
export function seekHashOf(seconds: number): string {
  return `#t=${Math.max(0, Math.floor(seconds * 10) / 10)}`;
}
