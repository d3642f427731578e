import { describe, expect, it } from "vitest";
import {
  hotlinkSign,
  playableUrl,
  signatureExpiry,
  signedWithHotlinkKey,
  upgradedToHttps,
  withPlaybackUrls,
} from "./playback-url";
import type { RecordingDto } from "./types";

const OFF = { isHttpsDomain: false, hotlinkKey: null };
const KEY = "24FEQmTzro4V5u3D5epW";

describe("Key hotlink signing (VOD doc 266/14047)", () => {
  it("matches the document's example 1", () => {
    expect(hotlinkSign({ key: KEY, dir: "/dir1/dir2/", t: "5a71afc0", us: "72d4cd1101" })).toBe(
      "3d8488faeb37d52d6bf63b63c1b171c3",
    );
  });

  it("signs the file's directory with t, us and sign in the documented order, and the same for an hour", () => {
    const url = signedWithHotlinkKey("http://example.vod2.myqcloud.com/dir1/dir2/myVideo.mp4", KEY, 0x5a71afc0);
    const parsed = new URL(url);
    expect([...parsed.searchParams.keys()]).toEqual(["t", "us", "sign"]);
    expect(parsed.searchParams.get("t")).toBe("5a71afc0");
    const us = parsed.searchParams.get("us") ?? "";
    expect(parsed.searchParams.get("sign")).toBe(hotlinkSign({ key: KEY, dir: "/dir1/dir2/", t: "5a71afc0", us }));
    expect(signedWithHotlinkKey("http://example.vod2.myqcloud.com/dir1/dir2/myVideo.mp4", KEY, 0x5a71afc0)).toBe(url);
    // A segment of the same directory gets a signature of the same directory.
    const segment = new URL(
      signedWithHotlinkKey("http://example.vod2.myqcloud.com/dir1/dir2/seg-1.m4s", KEY, 0x5a71afc0),
    );
    expect(segment.searchParams.get("sign")).toBe(
      hotlinkSign({ key: KEY, dir: "/dir1/dir2/", t: "5a71afc0", us: segment.searchParams.get("us") ?? "" }),
    );
    expect(signedWithHotlinkKey(url, "otherKey123", 1)).toBe(url);
  });

  it("expires past twice the duration, at least two hours, on an hour boundary", () => {
    expect(signatureExpiry(3600, 60)).toBe(3 * 3600);
    expect(signatureExpiry(3601, 60)).toBe(4 * 3600);
    expect(signatureExpiry(0, 3 * 3600)).toBe(6 * 3600);
    expect(signatureExpiry(0, null)).toBe(2 * 3600);
  });
});

describe("https where the domain serves it", () => {
  it("upgrades Tencent's VOD domains always and custom domains when the admin says so", () => {
    expect(upgradedToHttps("http://1500000001.vod2.myqcloud.com/a/b.mp4", OFF)).toBe(
      "https://1500000001.vod2.myqcloud.com/a/b.mp4",
    );
    expect(upgradedToHttps("http://media.example.com/a/b.mp4", OFF)).toBe("http://media.example.com/a/b.mp4");
    expect(upgradedToHttps("http://media.example.com/a/b.mp4", { ...OFF, isHttpsDomain: true })).toBe(
      "https://media.example.com/a/b.mp4",
    );
    expect(upgradedToHttps("http://127.0.0.1:4566/vod/1/a.mp4", OFF)).toBe("http://127.0.0.1:4566/vod/1/a.mp4");
  });

  it("signs the upgraded URL", () => {
    const url = playableUrl("http://1.vod2.myqcloud.com/x/y.m3u8", { isHttpsDomain: false, hotlinkKey: KEY }, 100);
    expect(url).toMatch(/^https:\/\/1\.vod2\.myqcloud\.com\/x\/y\.m3u8\?t=64&us=[0-9a-f]{10}&sign=[0-9a-f]{32}$/);
    expect(playableUrl("not a url", { isHttpsDomain: true, hotlinkKey: KEY }, 100)).toBe("not a url");
  });
});

describe("withPlaybackUrls", () => {
  const recording = {
    mediaUrl: "http://127.0.0.1:4566/vod/42/playlist.m3u8",
    playbackUrl: "http://127.0.0.1:4566/vod/42/playlist.m3u8",
    coverUrl: "http://127.0.0.1:4566/vod/42/cover.jpg",
    durationSeconds: 10,
  } as RecordingDto;

  it("leaves everything as VOD gave it when the domain is unprotected", () => {
    expect(withPlaybackUrls(recording, OFF, 0)).toEqual(recording);
  });

  it("signs playback and cover, keeping VOD's own media URL", () => {
    const signed = withPlaybackUrls(recording, { isHttpsDomain: false, hotlinkKey: "localKey123" }, 0);
    expect(signed.mediaUrl).toBe(recording.mediaUrl);
    expect(signed.playbackUrl).toMatch(/^http:\/\/127\.0\.0\.1:4566\/vod\/42\/playlist\.m3u8\?t=1c20&us=\w+&sign=\w+$/);
    expect(signed.coverUrl).toMatch(/cover\.jpg\?t=1c20&/);
  });
});
