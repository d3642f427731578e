import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { readHlsPlaylist } from "./hls-playlist";

const URL = "http://127.0.0.1:4566/vod/1001/index.m3u8";

describe("readHlsPlaylist", () => {
  it("lists an fMP4 playlist's init segment and segments, resolved against the playlist", () => {
    const text = [
      "#EXTM3U",
      "#EXT-X-VERSION:7",
      "#EXT-X-TARGETDURATION:2",
      '#EXT-X-MAP:URI="init.mp4"',
      "#EXTINF:2.000,",
      "seg-0.m4s",
      "#EXTINF:1.500,",
      "/vod/1001/seg-1.m4s",
      "#EXT-X-ENDLIST",
      "",
    ].join("\n");
    expect(readHlsPlaylist(text, URL)).toEqual({
      ok: true,
      parts: {
        initUrl: "http://127.0.0.1:4566/vod/1001/init.mp4",
        segmentUrls: ["http://127.0.0.1:4566/vod/1001/seg-0.m4s", "http://127.0.0.1:4566/vod/1001/seg-1.m4s"],
      },
    });
  });

  it("reads TS playlists, which have no init segment", () => {
    const reading = readHlsPlaylist("#EXTM3U\r\n#EXTINF:10,\r\na.ts\r\n#EXTINF:10,\r\nb.ts\r\n", URL);
    expect(reading).toEqual({
      ok: true,
      parts: {
        initUrl: null,
        segmentUrls: [`${URL.replace("index.m3u8", "")}a.ts`, `${URL.replace("index.m3u8", "")}b.ts`],
      },
    });
  });

  /** Why the playlist cannot be one file, in English; null when it can. */
  const problem = (text: string) => {
    const reading = readHlsPlaylist(text, URL);
    return reading.ok ? null : messageText(reading.problem);
  };

  it("refuses to fetch anything off the playlist's own server", () => {
    expect(problem("#EXTM3U\n#EXTINF:2,\nhttp://169.254.169.254/latest/meta-data\n")).toBe(
      "A segment is not on the playlist's own server.",
    );
    expect(problem('#EXTM3U\n#EXT-X-MAP:URI="//evil.example/init.mp4"\n#EXTINF:2,\na.m4s\n')).toContain("init segment");
  });

  it("explains what cannot become one file", () => {
    expect(problem("not a playlist")).toBe("The playlist is not an HLS playlist.");
    expect(problem("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nlow.m3u8\n")).toContain("multi-rendition");
    expect(problem('#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,URI="k"\n#EXTINF:2,\na.ts\n')).toContain("encrypted");
    expect(
      problem(
        '#EXTM3U\n#EXT-X-MAP:URI="init-0.mp4"\n#EXTINF:2,\na.m4s\n#EXT-X-DISCONTINUITY\n#EXT-X-MAP:URI="init-1.mp4"\n#EXTINF:2,\nb.m4s\n',
      ),
    ).toContain("resumed after an interruption");
    expect(problem("#EXTM3U\n#EXT-X-ENDLIST\n")).toBe("The playlist lists no segments.");
  });
});
