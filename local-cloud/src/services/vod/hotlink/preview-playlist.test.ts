import { describe, expect, it } from "vitest";
import { previewPlaylist } from "./preview-playlist";

const PLAYLIST = [
  "#EXTM3U",
  "#EXT-X-VERSION:7",
  "#EXT-X-TARGETDURATION:2",
  '#EXT-X-MAP:URI="init.mp4"',
  "#EXTINF:2.000,",
  "seg0.m4s",
  "#EXTINF:2.000,",
  "seg1.m4s",
  "#EXT-X-DISCONTINUITY",
  "#EXTINF:2.000,",
  "seg2.m4s",
  "#EXT-X-ENDLIST",
  "",
].join("\n");

describe("previewPlaylist (exper for HLS)", () => {
  it("keeps the segments that start within the preview and ends the list there", () => {
    expect(previewPlaylist(PLAYLIST, 3)).toBe(
      [
        "#EXTM3U",
        "#EXT-X-VERSION:7",
        "#EXT-X-TARGETDURATION:2",
        '#EXT-X-MAP:URI="init.mp4"',
        "#EXTINF:2.000,",
        "seg0.m4s",
        "#EXTINF:2.000,",
        "seg1.m4s",
        "#EXT-X-ENDLIST",
        "",
      ].join("\n"),
    );
  });

  it("keeps a playlist shorter than the preview whole", () => {
    expect(previewPlaylist(PLAYLIST, 60)).toBe(PLAYLIST);
  });
});
