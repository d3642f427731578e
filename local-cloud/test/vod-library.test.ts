import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Client as VodClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CONSOLE_ORIGINS } from "../src/options";
import type { FinalizedRecording } from "../src/recording/contracts";
import { eventually } from "./helpers/eventually";
import {
  errorOf,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  TEST_CREDENTIAL,
  TEST_PUSH_DOMAIN,
  TEST_VOD_APP,
  type TestCloud,
} from "./helpers/test-cloud";
import { resetCloud } from "./helpers/control-plane";

const run = promisify(execFile);
const CONSOLE_ORIGIN = DEFAULT_CONSOLE_ORIGINS[0] ?? "";
const FFMPEG = process.env.FFMPEG_PATH ?? "ffmpeg";
const CLIP_SECONDS = 3;
const lavfi = [
  "-f",
  "lavfi",
  "-i",
  `testsrc2=size=320x180:rate=15:duration=${CLIP_SECONDS}`,
  "-f",
  "lavfi",
  "-i",
  `sine=frequency=440:duration=${CLIP_SECONDS}`,
];
const h264 = ["-c:v", "libx264", "-preset", "ultrafast", "-g", "15", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"];

/** A fresh file of each kind the recorder hands over; VOD moves them, so each test makes its own. */
async function makeClip(dir: string, format: FinalizedRecording["format"], name: string): Promise<string> {
  if (format === "hls") {
    const hlsDir = path.join(dir, name);
    await mkdir(hlsDir, { recursive: true });
    await run(FFMPEG, [
      "-y",
      "-v",
      "error",
      ...lavfi,
      ...h264,
      "-f",
      "hls",
      "-hls_segment_type",
      "fmp4",
      "-hls_time",
      "1",
      "-hls_playlist_type",
      "vod",
      path.join(hlsDir, "index.m3u8"),
    ]);
    return hlsDir;
  }
  const file = path.join(dir, `${name}.${format}`);
  const args =
    format === "aac"
      ? ["-vn", "-c:a", "aac", "-f", "adts"]
      : format === "flv"
        ? [...h264, "-f", "flv"]
        : [...h264, "-movflags", "+faststart"];
  await run(FFMPEG, ["-y", "-v", "error", ...lavfi, ...args, file]);
  return file;
}

describe("the VOD media library through the vod SDK", () => {
  let env: TestCloud;
  let vod: VodClient;
  let scratch = "";
  let clipCount = 0;

  const recording = async (
    overrides: Partial<FinalizedRecording> & Pick<FinalizedRecording, "format">,
  ): Promise<FinalizedRecording> => {
    clipCount += 1;
    const name =
      overrides.name ??
      `${TEST_APP}_2001_alice_main_2026-11-24-10-00-0${clipCount % 10}_2026-11-24-10-00-0${(clipCount + 3) % 10}`;
    return {
      sdkAppId: TEST_APP,
      subAppId: null,
      path: await makeClip(scratch, overrides.format, `clip${clipCount}`),
      name,
      streamId: `${TEST_APP}_2001_alice_main`,
      domain: TEST_PUSH_DOMAIN,
      appName: `trtc_${TEST_APP}`,
      startTime: Date.now() - CLIP_SECONDS * 1000,
      endTime: Date.now(),
      streamParam: `roomid=2001&userid=${Buffer.from("alice").toString("base64")}`,
      storageTimeSeconds: 0,
      coverPath: null,
      recordTemplateId: 1,
      ...overrides,
    };
  };

  beforeAll(async () => {
    env = await startTestCloud({ retentionSweepIntervalMs: 200 });
    vod = new VodClient({
      credential: TEST_CREDENTIAL,
      region: "ap-guangzhou",
      profile: { httpProfile: { endpoint: `127.0.0.1:${env.cloud.port}`, protocol: "http://" } },
    });
    scratch = await mkdtemp(path.join(os.tmpdir(), "vod-clips-"));
  });
  afterAll(async () => {
    await env.cloud.close();
    await removeDataDir(env.dataDir);
    await rm(scratch, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await resetCloud(env.cloud);
  });

  it.each(["mp4", "flv", "aac", "hls"] as const)(
    "stores a %s recording that SearchMedia finds and the media URL serves",
    async (format) => {
      const stored = await env.cloud.mediaSink.addRecording(await recording({ format }));
      expect(stored.durationSeconds).toBeGreaterThan(CLIP_SECONDS - 0.5);
      expect(stored.durationSeconds).toBeLessThan(CLIP_SECONDS + 0.5);
      const { TotalCount, MediaInfoSet } = await vod.SearchMedia({
        SubAppId: TEST_VOD_APP,
        StreamIds: [`${TEST_APP}_2001_alice_main`],
        Limit: 10,
      });
      expect(TotalCount).toBe(1);
      const media = MediaInfoSet?.[0];
      expect(media?.FileId).toBe(stored.fileId);
      expect(media?.BasicInfo).toMatchObject({
        Type: { mp4: "mp4", flv: "flv", aac: "aac", hls: "m3u8" }[format],
        Category: format === "aac" ? "Audio" : "Video",
        ExpireTime: "9999-12-31T23:59:59Z",
        SourceInfo: {
          SourceType: "Record",
          LiveRecordInfo: { StreamId: `${TEST_APP}_2001_alice_main`, Path: `trtc_${TEST_APP}` },
        },
      });
      expect(media?.BasicInfo?.SourceInfo?.SourceContext).toContain(
        `userid=${Buffer.from("alice").toString("base64")}`,
      );
      expect(media?.MetaData?.Size).toBeGreaterThan(0);
      if (format !== "aac") expect(media?.MetaData).toMatchObject({ Width: 320, Height: 180 });

      // The console's players fetch media cross-origin: its origin (npm run dev's by default) may read them.
      const response = await fetch(stored.mediaUrl, { headers: { Range: "bytes=0-99", Origin: CONSOLE_ORIGIN } });
      expect(response.status).toBe(206);
      expect(response.headers.get("access-control-allow-origin")).toBe(CONSOLE_ORIGIN);
      expect((await response.arrayBuffer()).byteLength).toBe(100);
      if (format === "hls") {
        const playlist = await (await fetch(stored.mediaUrl)).text();
        const segment = playlist.split("\n").find((line) => line.endsWith(".m4s"));
        expect(segment).toBeDefined();
        expect((await fetch(new URL(segment ?? "", stored.mediaUrl))).status).toBe(200);
      }
    },
  );

  it("filters and sorts searches, and keeps to the 5,000-result cap", async () => {
    const first = await env.cloud.mediaSink.addRecording(
      await recording({
        format: "aac",
        name: "teacher42_main_2026-11-24-10-00-00_2026-11-24-10-00-03",
        streamId: "s-teacher",
      }),
    );
    const second = await env.cloud.mediaSink.addRecording(
      await recording({
        format: "aac",
        name: "student7_main_2026-11-24-10-01-00_2026-11-24-10-01-03",
        streamId: "s-student",
      }),
    );
    const ids = async (request: Parameters<VodClient["SearchMedia"]>[0]) =>
      ((await vod.SearchMedia({ SubAppId: TEST_VOD_APP, Limit: 10, ...request })).MediaInfoSet ?? []).map(
        (media) => media.FileId,
      );
    expect(await ids({ NamePrefixes: ["teacher42_"] })).toEqual([first.fileId]);
    expect(await ids({ Names: ["student"] })).toEqual([second.fileId]);
    expect(await ids({ StreamIds: ["s-student"] })).toEqual([second.fileId]);
    expect(await ids({ StreamPaths: [`trtc_${TEST_APP}`] })).toEqual([second.fileId, first.fileId]);
    expect(await ids({ Sort: { Field: "CreateTime", Order: "Asc" } })).toEqual([first.fileId, second.fileId]);
    expect(await ids({ MediaTypes: ["mp4"] })).toEqual([]);
    expect(await ids({ SourceTypes: ["Upload"] })).toEqual([]);
    expect(await ids({ CreateTime: { After: new Date(Date.now() + 60_000).toISOString() } })).toEqual([]);
    expect((await errorOf(vod.SearchMedia({ SubAppId: TEST_VOD_APP, Offset: 4990, Limit: 20 }))).code).toBe(
      "InvalidParameterValue.Limit",
    );
  });

  it("partitions media by sub-application", async () => {
    const { SubAppId } = await vod.CreateSubAppId({ Name: "recordings" });
    // Numbered past the default application's id, which is taken.
    expect(SubAppId).toBeGreaterThan(TEST_VOD_APP);
    const stored = await env.cloud.mediaSink.addRecording(
      await recording({ format: "aac", subAppId: SubAppId ?? null }),
    );
    expect((await vod.SearchMedia({ SubAppId: TEST_VOD_APP, Limit: 10 })).TotalCount).toBe(0);
    expect((await vod.SearchMedia({ SubAppId, Limit: 10 })).MediaInfoSet?.map((media) => media.FileId)).toEqual([
      stored.fileId,
    ]);
    expect((await vod.DescribeSubAppIds({})).SubAppIdInfoSet).toEqual([
      expect.objectContaining({ SubAppId: TEST_VOD_APP }),
      expect.objectContaining({ SubAppId, SubAppIdName: "recordings" }),
    ]);
    expect((await errorOf(vod.SearchMedia({ SubAppId: 1599999999 }))).code).toBe("InvalidParameterValue.SubAppId");
  });

  it("describes, modifies and deletes media; deleted files are gone and their URLs answer 404", async () => {
    const stored = await env.cloud.mediaSink.addRecording(await recording({ format: "mp4" }));
    const described = await vod.DescribeMediaInfos({ SubAppId: TEST_VOD_APP, FileIds: [stored.fileId, "123"] });
    expect(described.MediaInfoSet?.map((media) => media.FileId)).toEqual([stored.fileId]);
    expect(described.NotExistFileIdSet).toEqual(["123"]);
    await vod.ModifyMediaInfo({
      SubAppId: TEST_VOD_APP,
      FileId: stored.fileId,
      Name: "renamed",
      ExpireTime: "2099-01-01T00:00:00Z",
    });
    const modified = (await vod.DescribeMediaInfos({ SubAppId: TEST_VOD_APP, FileIds: [stored.fileId] }))
      .MediaInfoSet?.[0]?.BasicInfo;
    expect(modified).toMatchObject({ Name: "renamed", ExpireTime: "2099-01-01T00:00:00Z" });
    const storage = await vod.DescribeStorageData({ SubAppId: TEST_VOD_APP });
    expect(storage).toMatchObject({ MediaCount: 1 });

    const filesDir = path.join(env.dataDir, "vod", "main", stored.fileId);
    expect(existsSync(filesDir)).toBe(true);
    await vod.DeleteMedia({ SubAppId: TEST_VOD_APP, FileId: stored.fileId });
    expect((await fetch(stored.mediaUrl)).status).toBe(404);
    expect(existsSync(filesDir)).toBe(false);
    expect((await vod.SearchMedia({ SubAppId: TEST_VOD_APP, Limit: 10 })).TotalCount).toBe(0);
    expect((await errorOf(vod.DeleteMedia({ SubAppId: TEST_VOD_APP, FileId: stored.fileId }))).code).toBe(
      "ResourceNotFound.FileNotExist",
    );
  });

  it("never returns expired media, and the sweep deletes their files", async () => {
    const stored = await env.cloud.mediaSink.addRecording(await recording({ format: "aac" }));
    await vod.ModifyMediaInfo({
      SubAppId: TEST_VOD_APP,
      FileId: stored.fileId,
      ExpireTime: new Date(Date.now() - 1000).toISOString(),
    });
    expect((await vod.SearchMedia({ SubAppId: TEST_VOD_APP, Limit: 10 })).TotalCount).toBe(0);
    expect(
      (await vod.DescribeMediaInfos({ SubAppId: TEST_VOD_APP, FileIds: [stored.fileId] })).NotExistFileIdSet,
    ).toEqual([stored.fileId]);
    expect((await fetch(stored.mediaUrl)).status).toBe(404);
    const filesDir = path.join(env.dataDir, "vod", "main", stored.fileId);
    await eventually(async () => !existsSync(filesDir), "the retention sweep has deleted the expired files");
  });

  it("hands back the same media when a recording is handed over twice", async () => {
    const once = await recording({ format: "aac" });
    const first = await env.cloud.mediaSink.addRecording(once);
    expect(await env.cloud.mediaSink.addRecording(once)).toEqual(first);
  });
});
