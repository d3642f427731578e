/**
 * Which URLs StartStreamIngest plays, and which protocols ffmpeg may open for them.
 *
 * TRTC documents StreamUrl as an online media file or live stream (doc 647/57835); we take http,
 * https and rtmp URLs, and refuse every other scheme with `InvalidParameter.StreamUrl` ("Invalid
 * StreamUrl format", TRTC error codes, doc 647/34270). ffmpeg itself understands far more:
 * `file:`, `concat:`, `subfile:`, `data:`, `udp:`… and, left to its defaults, lets an http HLS
 * playlist open `data:`, `udp:`, `rtp:` and `httpproxy:` segments. So every ffprobe and ffmpeg run
 * on a StreamUrl names its protocols with `-protocol_whitelist`, which also binds every URL the
 * source opens in turn (playlists, segments, keys).
 */

export const INGEST_URL_SCHEMES = ["http:", "https:", "rtmp:"] as const;

/** What each scheme needs underneath: TCP, TLS for https, `crypto` for AES-128 HLS segments. */
const PROTOCOLS_FOR: Record<(typeof INGEST_URL_SCHEMES)[number], string> = {
  "http:": "http,https,tcp,tls,crypto",
  "https:": "http,https,tcp,tls,crypto",
  "rtmp:": "rtmp,tcp",
};

export function isIngestUrlScheme(protocol: string): protocol is (typeof INGEST_URL_SCHEMES)[number] {
  return (INGEST_URL_SCHEMES as readonly string[]).includes(protocol);
}

/**
 * `-protocol_whitelist` for a StreamUrl already checked by `assertValidIngestRequest`; it goes
 * before `-i` (an input option). An unchecked scheme gets the http list, which opens nothing local.
 */
export function protocolWhitelistArgs(streamUrl: string): string[] {
  const protocol = URL.canParse(streamUrl) ? new URL(streamUrl).protocol : "";
  return ["-protocol_whitelist", isIngestUrlScheme(protocol) ? PROTOCOLS_FOR[protocol] : PROTOCOLS_FOR["http:"]];
}
