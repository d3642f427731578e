import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FinalizedRecording, StoredMedia } from "../src/recording/contracts";
import { signedQuery } from "../src/services/vod/hotlink/key-signature";
import { changeAccount } from "./helpers/account-control";
import { type AccountTestCloud, getFrom, startAccountTestCloud } from "./helpers/account-test-cloud";
import { TEST_APP, TEST_PUSH_DOMAIN, testAccount } from "./helpers/test-cloud";

const run = promisify(execFile);
const FFMPEG = process.env.FFMPEG_PATH ?? "ffmpeg";
const KEY = "24FEQmTzro4V5u3D5epW";
const CLIP_SECONDS = 3;

let env: AccountTestCloud;
let scratch = "";
let hls: StoredMedia;
let mp4: StoredMedia;

/** A 3-second clip, HLS with 1-second fMP4 segments or a faststart MP4, as the recorder hands them to VOD. */
async function recording(format: "hls" | "mp4"): Promise<FinalizedRecording> {
  const input = ["-f", "lavfi", "-i", `testsrc2=size=320x180:rate=15:duration=${CLIP_SECONDS}`];
  const h264 = ["-c:v", "libx264", "-preset", "ultrafast", "-g", "15", "-pix_fmt", "yuv420p"];
  let target = path.join(scratch, "clip.mp4");
  if (format === "hls") {
    target = path.join(scratch, "hls");
    await mkdir(target, { recursive: true });
    const hlsArgs = ["-f", "hls", "-hls_segment_type", "fmp4", "-hls_time", "1", "-hls_playlist_type", "vod"];
    await run(FFMPEG, ["-y", "-v", "error", ...input, ...h264, ...hlsArgs, path.join(target, "index.m3u8")]);
  } else {
    await run(FFMPEG, ["-y", "-v", "error", ...input, ...h264, "-movflags", "+faststart", target]);
  }
  return {
    format,
    sdkAppId: TEST_APP,
    subAppId: null,
    path: target,
    name: `${TEST_APP}_5001_alice_main_${format}`,
    streamId: `${TEST_APP}_5001_alice_main`,
    domain: TEST_PUSH_DOMAIN,
    appName: `trtc_${TEST_APP}`,
    startTime: Date.now() - CLIP_SECONDS * 1000,
    endTime: Date.now(),
    streamParam: "roomid=5001",
    storageTimeSeconds: 0,
    coverPath: null,
    recordTemplateId: 1,
  };
}

const inAnHour = () => Date.now() / 1000 + 3600;
const signed = (url: string, params: Parameters<typeof signedQuery>[2] = { expiresAt: inAnHour() }) =>
  `${url}?${signedQuery(KEY, new URL(url).pathname, params)}`;
const sibling = (url: string, file: string) => new URL(file, url).toString();
const segmentsOf = (playlist: string) =>
  playlist.split("\n").flatMap((line) => {
    const init = /^#EXT-X-MAP:URI="([^"]+)"/.exec(line)?.[1];
    if (init) return [init];
    return line && !line.startsWith("#") ? [line] : [];
  });

beforeAll(async () => {
  env = await startAccountTestCloud({
    account: testAccount(undefined, {
      vod: { requiresSubAppId: true, defaultSubAppId: 1500000001, hotlinkKey: KEY },
    }),
  });
  scratch = await mkdtemp(path.join(os.tmpdir(), "vod-hotlink-"));
  hls = await env.cloud.mediaSink.addRecording(await recording("hls"));
  mp4 = await env.cloud.mediaSink.addRecording(await recording("mp4"));
});

afterAll(async () => {
  await env?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("Key hotlink protection of VOD media (Key 防盗链)", () => {
  it("refuses the original URL with 403 and serves the signed one", async () => {
    expect((await getFrom(mp4.mediaUrl)).status).toBe(403);
    const answer = await getFrom(signed(mp4.mediaUrl));
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("video/mp4");
    expect(answer.body.length).toBe(mp4.sizeBytes);
  });

  it("refuses a URL signed with another key, or for another directory", async () => {
    const wrongKey = `${mp4.mediaUrl}?${signedQuery("anotherKey1234", new URL(mp4.mediaUrl).pathname, { expiresAt: inAnHour() })}`;
    expect((await getFrom(wrongKey)).status).toBe(403);
    // The signature covers the directory: an HLS recording's query does not open the MP4's.
    const hlsQuery = new URL(signed(hls.mediaUrl)).search;
    expect((await getFrom(`${mp4.mediaUrl}${hlsQuery}`)).status).toBe(403);
  });

  it("honours t until 300 seconds after it and refuses it afterwards", async () => {
    const now = Date.now() / 1000;
    expect((await getFrom(signed(mp4.mediaUrl, { expiresAt: now - 200 }))).status).toBe(200);
    const expired = await getFrom(signed(mp4.mediaUrl, { expiresAt: now - 301 }));
    expect(expired.status).toBe(403);
    expect(expired.body.toString()).toContain("expired");
  });

  it("serves an HLS recording's init and media segments only with the playlist's signed query", async () => {
    const playlistUrl = signed(hls.mediaUrl);
    const playlist = await getFrom(playlistUrl);
    expect(playlist.status).toBe(200);
    const segments = segmentsOf(playlist.body.toString());
    expect(segments.length).toBeGreaterThanOrEqual(CLIP_SECONDS);
    // Not rewritten: the playlist names its files bare, and a player carries the query to each.
    expect(segments.every((segment) => !segment.includes("?"))).toBe(true);
    const query = new URL(playlistUrl).search;
    for (const segment of segments) {
      expect((await getFrom(sibling(hls.mediaUrl, segment))).status, segment).toBe(403);
      expect((await getFrom(`${sibling(hls.mediaUrl, segment)}${query}`)).status, segment).toBe(200);
    }
  });

  it("lets a URL with rlimit be played from that many IPs only", async () => {
    const url = signed(mp4.mediaUrl, { expiresAt: inAnHour(), rlimit: 2, us: "rlimit-test" });
    expect((await getFrom(url, "127.0.0.1")).status).toBe(200);
    expect((await getFrom(url, "127.0.0.2")).status).toBe(200);
    const third = await getFrom(url, "127.0.0.3");
    expect(third.status).toBe(403);
    expect(third.body.toString()).toContain("rlimit");
    // The IPs that already played it still can.
    expect((await getFrom(url, "127.0.0.2")).status).toBe(200);
  });

  it("cuts an HLS playlist to the exper preview", async () => {
    const full = segmentsOf((await getFrom(signed(hls.mediaUrl))).body.toString());
    const preview = (await getFrom(signed(hls.mediaUrl, { expiresAt: inAnHour(), exper: 1 }))).body.toString();
    expect(segmentsOf(preview).length).toBeLessThan(full.length);
    expect(preview.trimEnd().endsWith("#EXT-X-ENDLIST")).toBe(true);
  });

  it("serves original URLs again once the key is switched off", async () => {
    await changeAccount(env.cloud, (account) => ({ ...account, vod: { ...account.vod, hotlinkKey: null } }));
    expect((await getFrom(mp4.mediaUrl)).status).toBe(200);
    await changeAccount(env.cloud, (account) => ({ ...account, vod: { ...account.vod, hotlinkKey: KEY } }));
    expect((await getFrom(mp4.mediaUrl)).status).toBe(403);
  });
});
