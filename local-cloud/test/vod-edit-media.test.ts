import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Client as VodClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FinalizedRecording } from "../src/recording/contracts";
import { resetCloud } from "./helpers/control-plane";
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

const run = promisify(execFile);
const FFMPEG = process.env.FFMPEG_PATH ?? "ffmpeg";
const CLIP_SECONDS = 2;
const STREAM = `${TEST_APP}_3001_bob_main`;

/** A split piece of one recording: same encoder settings, so a join can copy its packets. */
async function makeClip(dir: string, format: "mp4" | "flv", name: string): Promise<string> {
  const file = path.join(dir, `${name}.${format}`);
  await run(FFMPEG, [
    "-y",
    "-v",
    "error",
    ...["-f", "lavfi", "-i", `testsrc2=size=320x180:rate=15:duration=${CLIP_SECONDS}`],
    ...["-f", "lavfi", "-i", `sine=frequency=440:duration=${CLIP_SECONDS}`],
    ...["-c:v", "libx264", "-preset", "ultrafast", "-g", "15", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"],
    ...(format === "flv" ? ["-f", "flv"] : ["-movflags", "+faststart"]),
    file,
  ]);
  return file;
}

describe("VOD media editing (EditMedia) through the vod SDK", () => {
  let env: TestCloud;
  let vod: VodClient;
  let scratch = "";
  let count = 0;

  const piece = async (format: "mp4" | "flv"): Promise<string> => {
    count += 1;
    const recording: FinalizedRecording = {
      sdkAppId: TEST_APP,
      subAppId: null,
      format,
      path: await makeClip(scratch, format, `piece${count}`),
      name: `${STREAM}_2026-12-02-10-0${count}-00_2026-12-02-10-0${count}-02`,
      streamId: STREAM,
      domain: TEST_PUSH_DOMAIN,
      appName: `trtc_${TEST_APP}`,
      startTime: Date.now() - CLIP_SECONDS * 1000,
      endTime: Date.now(),
      streamParam: "",
      storageTimeSeconds: 0,
      coverPath: null,
      recordTemplateId: 1,
    };
    return (await env.cloud.mediaSink.addRecording(recording)).fileId;
  };

  beforeAll(async () => {
    env = await startTestCloud();
    vod = new VodClient({
      credential: TEST_CREDENTIAL,
      region: "ap-guangzhou",
      profile: { httpProfile: { endpoint: `127.0.0.1:${env.cloud.port}`, protocol: "http://" } },
    });
    scratch = await mkdtemp(path.join(os.tmpdir(), "vod-edit-"));
  });
  afterAll(async () => {
    await env.cloud.close();
    await removeDataDir(env.dataDir);
    await rm(scratch, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await resetCloud(env.cloud);
  });

  const finished = (TaskId: string) =>
    eventually(async () => {
      const detail = await vod.DescribeTaskDetail({ SubAppId: TEST_VOD_APP, TaskId });
      return detail.Status === "FINISH" && detail;
    }, `edit task ${TaskId} finishes`);

  it.each([
    ["transcodes", "mp4", "flv"],
    ["copies the packets of", "mp4", "mp4"],
  ] as const)("%s split pieces (%s + %s) into one playable MP4 in VOD", async (_how, first, second) => {
    const pieces = [await piece(first), await piece(second)];
    const expire = "2030-01-01T00:00:00Z";
    const { TaskId } = await vod.EditMedia({
      SubAppId: TEST_VOD_APP,
      InputType: "File",
      FileInfos: pieces.map((FileId) => ({ FileId })),
      OutputConfig: { MediaName: "bob joined", Type: "mp4", ExpireTime: expire },
    });
    expect(TaskId).toMatch(/^EditMedia-/);

    const detail = await finished(TaskId ?? "");
    expect(detail.TaskType).toBe("EditMediaTask");
    const task = detail.EditMediaTask;
    expect(task).toMatchObject({
      Status: "FINISH",
      ErrCode: 0,
      Output: { MediaName: "bob joined", ExpireTime: expire },
    });
    expect(task?.Input?.FileInfoSet?.map((info) => info.FileId)).toEqual(pieces);
    const fileId = task?.Output?.FileId ?? "";
    expect(pieces).not.toContain(fileId);

    const { MediaInfoSet } = await vod.DescribeMediaInfos({ SubAppId: TEST_VOD_APP, FileIds: [fileId] });
    const media = MediaInfoSet?.[0];
    expect(media?.BasicInfo).toMatchObject({
      Name: "bob joined",
      Type: "mp4",
      ExpireTime: expire,
      SourceInfo: { SourceType: "VideoProcessing" },
    });
    const duration = media?.MetaData?.Duration ?? 0;
    expect(duration).toBeGreaterThan(2 * CLIP_SECONDS - 0.5);
    expect(duration).toBeLessThan(2 * CLIP_SECONDS + 0.5);
    // Plays: every frame of the served file decodes.
    await run(FFMPEG, ["-v", "error", "-xerror", "-i", media?.BasicInfo?.MediaUrl ?? "", "-f", "null", "-"]);

    const { EventSet } = await vod.PullEvents({ SubAppId: TEST_VOD_APP });
    expect(EventSet).toHaveLength(1);
    const event = EventSet?.[0];
    expect(event).toMatchObject({
      EventType: "EditMediaComplete",
      EditMediaCompleteEvent: { TaskId, Output: { FileId: fileId } },
    });
    await vod.ConfirmEvents({ SubAppId: TEST_VOD_APP, EventHandles: [event?.EventHandle ?? ""] });
    expect((await vod.PullEvents({ SubAppId: TEST_VOD_APP })).EventSet).toEqual([]);
  });

  it("rejects a missing FileId, a file of another application and an empty FileInfos", async () => {
    const fileId = await piece("mp4");
    const missing = await errorOf(
      vod.EditMedia({
        SubAppId: TEST_VOD_APP,
        InputType: "File",
        FileInfos: [{ FileId: fileId }, { FileId: "5285890899999999999" }],
      }),
    );
    expect(missing.code).toBe("ResourceNotFound.FileNotExist");
    const { SubAppId } = await vod.CreateSubAppId({ Name: "other" });
    const elsewhere = await errorOf(vod.EditMedia({ SubAppId, InputType: "File", FileInfos: [{ FileId: fileId }] }));
    expect(elsewhere.code).toBe("ResourceNotFound.FileNotExist");
    const empty = await errorOf(vod.EditMedia({ SubAppId: TEST_VOD_APP, InputType: "File", FileInfos: [] }));
    expect(empty.code).toBe("InvalidParameterValue.FileInfos");
    const unknownTask = await errorOf(vod.DescribeTaskDetail({ SubAppId: TEST_VOD_APP, TaskId: "EditMedia-none" }));
    expect(unknownTask.code).toBe("InvalidParameterValue.TaskId");
  });
});
