/** The query parameters of Key hotlink protection (VOD doc 266/14047), in their documented order. */
const HOTLINK_PARAMS = ["t", "exper", "rlimit", "us", "sign"] as const;

const directoryOf = (url: URL) => url.pathname.slice(0, url.pathname.lastIndexOf("/") + 1);

/**
 * A file an HLS playlist names (a segment, its init segment), carrying the playlist's own hotlink
 * signature when it has none: the signature covers the directory, and VOD does not rewrite the
 * playlist, so one signed query serves every file of the recording. Files elsewhere, or already
 * signed, are left as they are (the browser never holds the key to sign anything new).
 */
export function withPlaylistSignature(requestUrl: string, playlistUrl: string): string {
  if (!URL.canParse(requestUrl) || !URL.canParse(playlistUrl)) return requestUrl;
  const request = new URL(requestUrl);
  const playlist = new URL(playlistUrl);
  if (!playlist.searchParams.has("sign") || request.searchParams.has("sign")) return requestUrl;
  if (request.origin !== playlist.origin || directoryOf(request) !== directoryOf(playlist)) return requestUrl;
  for (const name of HOTLINK_PARAMS) {
    const value = playlist.searchParams.get(name);
    if (value !== null) request.searchParams.set(name, value);
  }
  return request.toString();
}

/** Whether the URL carries a hotlink signature (then its segments need one too). */
export const isHotlinkSigned = (url: string): boolean => URL.canParse(url) && new URL(url).searchParams.has("sign");

/** A media URL the browser will refuse: http media on an https page (mixed content). */
export const isMixedContent = (pageProtocol: string, mediaUrl: string): boolean =>
  pageProtocol === "https:" && mediaUrl.startsWith("http:");
