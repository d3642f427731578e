import { describe, expect, it } from "vitest";
import type { MediaInfo } from "../../../media/ffmpeg/probe-media";
import { buildIngestArgs, ingestEndsAt } from "./ingest-command";

const h264Aac: MediaInfo = { durationSeconds: 30, videoCodec: "h264", audioCodec: "aac", width: 640, height: 360 };
const base = {
  streamUrl: "http://127.0.0.1:4566/_local/samples/red-360p.mp4",
  repeatNum: 1,
  durationLimitSeconds: undefined,
  seekSeconds: undefined,
  volume: undefined,
  media: h264Aac,
  publishUrl: "rtmp://127.0.0.1:1935/trtc_1/s?roomid=1&userid=u",
};

describe("buildIngestArgs", () => {
  it("copies H.264/AAC at the source's pace and publishes FLV to the relay", () => {
    const args = buildIngestArgs(base);
    expect(args).toContain("-re");
    expect(args).not.toContain("-stream_loop");
    expect(args.join(" ")).toContain("-c:v copy -c:a copy -f flv");
    expect(args.at(-1)).toBe(base.publishUrl);
  });

  it("loops per RepeatNum and cuts at the duration limit", () => {
    expect(buildIngestArgs({ ...base, repeatNum: -1, durationLimitSeconds: 120 }).join(" ")).toContain(
      "-stream_loop -1 -rw_timeout 10000000 -protocol_whitelist http,https,tcp,tls,crypto -i http://127.0.0.1:4566/_local/samples/red-360p.mp4 -t 120.000",
    );
    expect(buildIngestArgs({ ...base, repeatNum: 3 }).join(" ")).toContain("-stream_loop 2");
  });

  it("transcodes what FLV cannot carry, and audio whose volume changes", () => {
    const args = buildIngestArgs({ ...base, media: { ...h264Aac, videoCodec: "hevc", audioCodec: "opus" } }).join(" ");
    expect(args).toContain("-c:v libx264");
    expect(args).toContain("-c:a aac");
    expect(buildIngestArgs({ ...base, volume: 50 }).join(" ")).toContain(
      "-c:v copy -c:a aac -ar 48000 -b:a 128k -af volume=0.5",
    );
  });

  it("neither paces nor loops live rtmp sources", () => {
    const args = buildIngestArgs({ ...base, streamUrl: "rtmp://example.com/live/x", repeatNum: -1, media: undefined });
    expect(args).not.toContain("-re");
    expect(args).not.toContain("-stream_loop");
  });

  it("lets the source open only the protocols its scheme needs, named before the input", () => {
    const http = buildIngestArgs(base);
    expect(http.slice(http.indexOf("-i") - 2, http.indexOf("-i"))).toEqual([
      "-protocol_whitelist",
      "http,https,tcp,tls,crypto",
    ]);
    const rtmp = buildIngestArgs({ ...base, streamUrl: "rtmp://example.com/live/x", media: undefined });
    expect(rtmp.slice(rtmp.indexOf("-i") - 2, rtmp.indexOf("-i"))).toEqual(["-protocol_whitelist", "rtmp,tcp"]);
  });
});

describe("ingestEndsAt", () => {
  const options = { startedAt: 1_000_000, maxDurationMinutes: undefined, seekSeconds: undefined, media: h264Aac };

  it("plays endless loops until stopped, or for MaxDuration minutes", () => {
    expect(ingestEndsAt({ ...options, repeatNum: -1 })).toBeUndefined();
    expect(ingestEndsAt({ ...options, repeatNum: -1, maxDurationMinutes: 2 })).toBe(1_120_000);
  });

  it("plays a file RepeatNum times, minus the seek", () => {
    expect(ingestEndsAt({ ...options, repeatNum: 2 })).toBe(1_060_000);
    expect(ingestEndsAt({ ...options, repeatNum: 1, seekSeconds: 10 })).toBe(1_020_000);
    expect(ingestEndsAt({ ...options, repeatNum: 1, media: undefined })).toBeUndefined();
  });
});
