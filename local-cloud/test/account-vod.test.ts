import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Client as VodClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FinalizedRecording } from "../src/recording/contracts";
import { changeAccount } from "./helpers/account-control";
import {
  errorOf,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  TEST_PUSH_DOMAIN,
  TEST_VOD_APP,
  vodClient,
  type TestCloud,
} from "./helpers/test-cloud";

/*
 * A VOD account opened on or after 2023-12-25 must send SubAppId on every call that reaches an
 * application's resources, the default application included (SDK vod_models on SubAppId).
 */

const run = promisify(execFile);

let env: TestCloud;
let vod: VodClient;
let scratch = "";
let clips = 0;

/** A short AAC recording handed to VOD as the recorder would, into `subAppId` (null: no VodSubAppId). */
async function record(subAppId: number | null): Promise<string> {
  clips += 1;
  const file = path.join(scratch, `clip${clips}.aac`);
  await run(process.env.FFMPEG_PATH ?? "ffmpeg", [
    ...["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "aac"],
    file,
  ]);
  const recording: FinalizedRecording = {
    sdkAppId: TEST_APP,
    subAppId,
    format: "aac",
    path: file,
    name: `clip${clips}`,
    streamId: `clip${clips}`,
    domain: TEST_PUSH_DOMAIN,
    appName: `trtc_${TEST_APP}`,
    startTime: Date.now() - 1000,
    endTime: Date.now(),
    streamParam: "",
    storageTimeSeconds: 0,
    coverPath: null,
    recordTemplateId: 1,
  };
  return (await env.cloud.mediaSink.addRecording(recording)).fileId;
}

const today = () => ({
  StartTime: new Date(Date.now() - 3600_000).toISOString(),
  EndTime: new Date().toISOString(),
});

beforeAll(async () => {
  env = await startTestCloud();
  vod = vodClient(env.cloud.port);
  scratch = await mkdtemp(path.join(os.tmpdir(), "account-vod-"));
});
afterAll(async () => {
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
  await rm(scratch, { recursive: true, force: true });
});

describe("SubAppId on every VOD call", () => {
  it("refuses each media and usage action without SubAppId, and answers it with the default application's", async () => {
    const fileId = await record(null);
    const calls = {
      SearchMedia: (SubAppId?: number) => vod.SearchMedia({ SubAppId, Limit: 10 }),
      DescribeMediaInfos: (SubAppId?: number) => vod.DescribeMediaInfos({ SubAppId, FileIds: [fileId] }),
      ModifyMediaInfo: (SubAppId?: number) => vod.ModifyMediaInfo({ SubAppId, FileId: fileId, Description: "kept" }),
      DescribeStorageData: (SubAppId?: number) => vod.DescribeStorageData({ SubAppId }),
      DescribeStorageDetails: (SubAppId?: number) => vod.DescribeStorageDetails({ SubAppId, ...today() }),
      DescribeCDNUsageData: (SubAppId?: number) => vod.DescribeCDNUsageData({ SubAppId, DataType: "Flux", ...today() }),
      DeleteMedia: (SubAppId?: number) => vod.DeleteMedia({ SubAppId, FileId: fileId }),
    };
    for (const [action, call] of Object.entries(calls)) {
      const missing = await errorOf(call());
      expect({ action, code: missing.code }).toEqual({ action, code: "InvalidParameterValue.SubAppId" });
      expect(missing.message).toContain(String(TEST_VOD_APP));
      expect({ action, code: (await errorOf(call(0))).code }).toEqual({
        action,
        code: "InvalidParameterValue.SubAppId",
      });
      await call(TEST_VOD_APP);
    }
    // DeleteMedia went last and went through: the media is gone.
    expect((await vod.SearchMedia({ SubAppId: TEST_VOD_APP, FileIds: [fileId] })).TotalCount).toBe(0);
  });

  it("lets an older account leave SubAppId out for the default application", async () => {
    const fileId = await record(null);
    await changeAccount(env.cloud, (account) => ({ ...account, vod: { ...account.vod, requiresSubAppId: false } }));
    try {
      expect((await vod.SearchMedia({ FileIds: [fileId] })).TotalCount).toBe(1);
      expect((await vod.SearchMedia({ SubAppId: TEST_VOD_APP, FileIds: [fileId] })).TotalCount).toBe(1);
    } finally {
      await changeAccount(env.cloud, (account) => ({ ...account, vod: { ...account.vod, requiresSubAppId: true } }));
    }
  });
});

describe("VOD applications", () => {
  it("lists the default application first, then the created ones numbered past it", async () => {
    const { SubAppId: created } = await vod.CreateSubAppId({ Name: "lessons", Description: "term 1" });
    expect(created).toBe(TEST_VOD_APP + 1);
    const { TotalCount, SubAppIdInfoSet } = await vod.DescribeSubAppIds({});
    expect(TotalCount).toBe(2);
    expect(SubAppIdInfoSet).toEqual([
      expect.objectContaining({ SubAppId: TEST_VOD_APP, SubAppIdName: "默认应用", Name: "默认应用", Status: "On" }),
      expect.objectContaining({ SubAppId: created, SubAppIdName: "lessons", Description: "term 1", Status: "On" }),
    ]);
    expect((await vod.DescribeSubAppIds({ Name: "lessons" })).SubAppIdInfoSet?.map((app) => app.SubAppId)).toEqual([
      created,
    ]);
  });

  it("keeps each application's media apart: recordings without a VodSubAppId are the default application's", async () => {
    const { SubAppId: other = 0 } = await vod.CreateSubAppId({ Name: "other" });
    const unnamed = await record(null);
    const toDefault = await record(TEST_VOD_APP);
    const toOther = await record(other);
    const idsIn = async (SubAppId: number) =>
      ((await vod.SearchMedia({ SubAppId, Limit: 50 })).MediaInfoSet ?? []).map((media) => media.FileId);
    const inDefault = await idsIn(TEST_VOD_APP);
    expect(inDefault).toEqual(expect.arrayContaining([unnamed, toDefault]));
    expect(inDefault).not.toContain(toOther);
    expect(await idsIn(other)).toEqual([toOther]);
    expect((await vod.DescribeMediaInfos({ SubAppId: other, FileIds: [unnamed] })).NotExistFileIdSet).toEqual([
      unnamed,
    ]);
    expect((await errorOf(vod.SearchMedia({ SubAppId: 1599999999 }))).code).toBe("InvalidParameterValue.SubAppId");
  });
});
