import { describe, expect, it } from "vitest";
import { ApiError } from "../../../core/api-error";
import { assertValidIngestRequest, type StartIngestRequest } from "./ingest-request";
import { ROOM_ID_TYPE } from "./room-key";

const request = (streamUrl: string): StartIngestRequest => ({
  sdkAppId: 1400000123,
  roomId: "room",
  roomIdType: ROOM_ID_TYPE.string,
  userId: "bot",
  streamUrl,
  repeatNum: 1,
  maxDurationMinutes: undefined,
  seekSeconds: undefined,
  volume: undefined,
});

function refusal(streamUrl: string): ApiError | undefined {
  try {
    assertValidIngestRequest(request(streamUrl));
    return undefined;
  } catch (error) {
    return error instanceof ApiError ? error : undefined;
  }
}

describe("assertValidIngestRequest", () => {
  it("takes http, https and rtmp URLs, normalized as ffmpeg will be given them", () => {
    expect(assertValidIngestRequest(request("  https://media.example.com/a b.mp4"))).toBe(
      "https://media.example.com/a%20b.mp4",
    );
    expect(assertValidIngestRequest(request("rtmp://live.example.com/app/stream"))).toBe(
      "rtmp://live.example.com/app/stream",
    );
  });

  it("refuses every other scheme, and URLs without a host, with InvalidParameter.StreamUrl", () => {
    for (const url of [
      "file:///etc/passwd",
      "concat:/a.mp4|/b.mp4",
      "data:video/mp4;base64,AAAA",
      "ftp://example.com/a.mp4",
      "rtmps://example.com/app/s",
      "subfile,,start,0,end,10,,:/etc/passwd",
      "crypto+http://example.com/a.ts",
      "/etc/passwd",
      "rtmp:stream",
    ]) {
      expect(refusal(url), url).toMatchObject({ code: "InvalidParameter.StreamUrl" });
    }
  });
});
