import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import {
  flvProblem as flvMessage,
  hlsProblem as hlsMessage,
  mediaElementProblem as mediaMessage,
} from "./player-errors";

// The player shows these in the viewer's language; the tests read them in English.
const mediaElementProblem = (...args: Parameters<typeof mediaMessage>) => messageText(mediaMessage(...args));
const hlsProblem = (...args: Parameters<typeof hlsMessage>) => messageText(hlsMessage(...args));
const flvProblem = (...args: Parameters<typeof flvMessage>) => messageText(flvMessage(...args));

describe("player error messages", () => {
  it("explains media element errors by code", () => {
    expect(mediaElementProblem("audio", 4)).toBe(
      "The audio could not be played: the file is missing or its format is not supported (it may have been deleted or have expired).",
    );
    expect(mediaElementProblem("video", 3)).toBe("The video could not be played: the file could not be decoded.");
    expect(mediaElementProblem("video", null)).toBe("The video could not be played: the browser gave no reason.");
  });

  it("explains mpegts.js errors from their type, detail and info", () => {
    expect(flvProblem("NetworkError", "HttpStatusCodeInvalid", { code: 404, msg: "Not Found" })).toBe(
      "The FLV file could not be loaded (HTTP 404); the recording may have been deleted or have expired.",
    );
    expect(flvProblem("NetworkError", "Exception", { code: -1, msg: "Failed to fetch" })).toBe(
      "The FLV file could not be loaded (Exception: Failed to fetch); the recording may have been deleted or have expired, or VOD cannot be reached.",
    );
    expect(flvProblem("NetworkError", "Timeout", undefined)).toContain("(Timeout)");
    expect(flvProblem("MediaError", "MediaMSEError", { code: 0 })).toBe(
      "The FLV file could not be played: MediaMSEError.",
    );
    expect(flvProblem("OtherError", "Unknown", undefined)).toBe("FLV playback failed: Unknown.");
  });

  it("names hls.js's failing step and the HTTP status", () => {
    expect(hlsProblem("manifestLoadError", 404)).toContain("manifestLoadError (HTTP 404)");
    expect(hlsProblem("bufferAppendError", null)).toBe("HLS playback failed: bufferAppendError.");
  });
});
