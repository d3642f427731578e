import { describe, expect, it } from "vitest";
import { isHotlinkSigned, isMixedContent, withPlaylistSignature } from "./hotlink-query";

const PLAYLIST =
  "http://127.0.0.1:4576/vod/42/playlist.m3u8?t=6500&us=ab12cd34ef&sign=0123456789abcdef0123456789abcdef";

describe("withPlaylistSignature", () => {
  it("gives a segment of the playlist's directory the playlist's signature, in the documented order", () => {
    const segment = withPlaylistSignature("http://127.0.0.1:4576/vod/42/segment-1.m4s", PLAYLIST);
    expect(segment).toBe(
      "http://127.0.0.1:4576/vod/42/segment-1.m4s?t=6500&us=ab12cd34ef&sign=0123456789abcdef0123456789abcdef",
    );
    expect(withPlaylistSignature(PLAYLIST, PLAYLIST)).toBe(PLAYLIST);
  });

  it("leaves files elsewhere, files already signed, and unsigned playlists alone", () => {
    expect(withPlaylistSignature("http://127.0.0.1:4576/vod/43/segment-1.m4s", PLAYLIST)).toBe(
      "http://127.0.0.1:4576/vod/43/segment-1.m4s",
    );
    expect(withPlaylistSignature("http://cdn.example.com/vod/42/segment-1.m4s", PLAYLIST)).toBe(
      "http://cdn.example.com/vod/42/segment-1.m4s",
    );
    expect(withPlaylistSignature("http://127.0.0.1:4576/vod/42/s.m4s?t=1&us=2&sign=3", PLAYLIST)).toBe(
      "http://127.0.0.1:4576/vod/42/s.m4s?t=1&us=2&sign=3",
    );
    expect(withPlaylistSignature("http://127.0.0.1:4576/vod/42/s.m4s", "http://127.0.0.1:4576/vod/42/p.m3u8")).toBe(
      "http://127.0.0.1:4576/vod/42/s.m4s",
    );
    expect(isHotlinkSigned(PLAYLIST)).toBe(true);
    expect(isHotlinkSigned("http://127.0.0.1:4576/vod/42/p.m3u8")).toBe(false);
  });

  it("spots mixed content", () => {
    expect(isMixedContent("https:", "http://media.example.com/a.mp4")).toBe(true);
    expect(isMixedContent("https:", "https://media.example.com/a.mp4")).toBe(false);
    expect(isMixedContent("http:", "http://127.0.0.1:4566/vod/1/a.mp4")).toBe(false);
  });
});
