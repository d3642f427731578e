/**
 * What an API error may say about why a StreamUrl did not play. ffprobe's and ffmpeg's stderr is
 * never passed on: it quotes local paths, the URLs a playlist names, and what the local cloud's
 * host can reach. Known failures become one of these fixed phrases; the raw text goes to the
 * debug log.
 */
const KNOWN_FAILURES: ReadonlyArray<[RegExp, (match: RegExpExecArray) => string]> = [
  [/Server returned (\d{3})/i, (match) => `the server answered HTTP ${match[1] ?? ""}`.trim()],
  [/HTTP error (\d{3})/i, (match) => `the server answered HTTP ${match[1] ?? ""}`.trim()],
  [/Connection refused/i, () => "the connection was refused"],
  [/Connection timed out|timed out|Operation timed out/i, () => "the server did not answer in time"],
  [
    /Name or service not known|Failed to resolve|Temporary failure in name resolution/i,
    () => "the host name does not resolve",
  ],
  [/not on whitelist|Protocol not found/i, () => "it needs a protocol other than http, https and rtmp"],
  [
    /Invalid data found|could not find codec|Unknown input format|moov atom not found/i,
    () => "it is not media the cloud can read",
  ],
];

/** A fixed, safe phrase for what went wrong, from the tool's stderr (which stays in the log). */
export function ingestFailureReason(stderr: string): string {
  for (const [pattern, describe] of KNOWN_FAILURES) {
    const match = pattern.exec(stderr);
    if (match) return describe(match);
  }
  return "it could not be opened";
}
