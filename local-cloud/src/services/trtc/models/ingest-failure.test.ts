import { describe, expect, it } from "vitest";
import { ingestFailureReason } from "./ingest-failure";

describe("ingestFailureReason", () => {
  it("names what went wrong in fixed words, quoting nothing of the tool's output", () => {
    const cases: Array<[string, string]> = [
      ["http://10.0.0.7/secret/clip.mp4: Server returned 404 Not Found", "the server answered HTTP 404"],
      ["Connection to tcp://127.0.0.1:9 failed: Connection refused", "the connection was refused"],
      ["timed out after 10000 ms", "the server did not answer in time"],
      [
        "[file @ 0x1] Protocol 'file' not on whitelist 'http,https'!",
        "it needs a protocol other than http, https and rtmp",
      ],
      ["/etc/shadow: Invalid data found when processing input", "it is not media the cloud can read"],
      ["/var/lib/something: Permission denied", "it could not be opened"],
    ];
    for (const [stderr, reason] of cases) expect(ingestFailureReason(stderr)).toBe(reason);
  });
});
