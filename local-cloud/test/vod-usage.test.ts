import type { Client as VodClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "./helpers/lavfi-push";
import {
  errorOf,
  liveClient,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  TEST_PUSH_DOMAIN,
  TEST_VOD_APP,
  vodClient,
  type TestCloud,
} from "./helpers/test-cloud";

/*
 * VOD's usage statistics as the cost page reads them: storage over time (DescribeStorageDetails)
 * and playback traffic (DescribeCDNUsageData), from a real recording stored, played and deleted.
 */

let env: TestCloud;
let vod: VodClient;

beforeAll(async () => {
  env = await startTestCloud();
  vod = vodClient(env.cloud.port);
  const live = liveClient(env.cloud.port);
  const { TemplateId } = await live.CreateLiveRecordTemplate({
    TemplateName: "usage",
    Mp4Param: { Enable: 1, RecordInterval: 3600 },
  });
  await live.CreateLiveRecordRule({
    DomainName: TEST_PUSH_DOMAIN,
    AppName: `trtc_${TEST_APP}`,
    TemplateId: TemplateId ?? 0,
  });
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

const iso = (unixMs: number) => new Date(unixMs).toISOString();

describe("VOD usage statistics", () => {
  it("reports stored bytes over time and every byte played, per interval", async () => {
    const before = Date.now();
    const push = startLavfiPush(`rtmp://127.0.0.1:${env.cloud.rtmpPort}/trtc_${TEST_APP}/usage?roomid=9&userid=u`, 3);
    expect(await push.exited).toBe(0);
    const media = await eventually(async () => {
      const { MediaInfoSet } = await vod.SearchMedia({ SubAppId: TEST_VOD_APP, StreamIds: ["usage"], Limit: 1 });
      return MediaInfoSet?.[0];
    }, "the recording is in VOD");
    const size = media.MetaData?.Size ?? 0;
    expect(size).toBeGreaterThan(10_000);

    const storage = await vod.DescribeStorageDetails({
      SubAppId: TEST_VOD_APP,
      StartTime: iso(before - 15 * 60_000),
      EndTime: iso(Date.now()),
      Interval: "Minute",
    });
    const points = storage.Data ?? [];
    expect(points[0]?.Time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/);
    expect(points[0]?.Value).toBe(0);
    expect(points.at(-1)?.Value).toBe(size);
    const abroad = await vod.DescribeStorageDetails({
      SubAppId: TEST_VOD_APP,
      StartTime: iso(before),
      EndTime: iso(Date.now()),
      Area: "Outside Chinese Mainland",
    });
    expect((abroad.Data ?? []).every((point) => point.Value === 0)).toBe(true);

    // Played twice in full: at least twice the file's bytes went out.
    for (let play = 0; play < 2; play += 1) {
      const response = await fetch(media.BasicInfo?.MediaUrl ?? "");
      expect((await response.arrayBuffer()).byteLength).toBe(size);
    }
    const today = { SubAppId: TEST_VOD_APP, StartTime: iso(before - 60_000), EndTime: iso(Date.now() + 60_000) };
    // The media route counts a response once it has gone out, a moment after the player has it.
    const { flux, served } = await eventually(async () => {
      const answer = await vod.DescribeCDNUsageData({ ...today, DataType: "Flux", DataInterval: 5 });
      const total = (answer.Data ?? []).reduce((sum, point) => sum + (point.Value ?? 0), 0);
      return total >= 2 * size && { flux: answer, served: total };
    }, "both plays are counted");
    expect(flux.DataInterval).toBe(5);
    expect(served).toBeLessThan(2 * size + 10_000);
    const bandwidth = await vod.DescribeCDNUsageData({ ...today, DataType: "Bandwidth", DataInterval: 5 });
    const bits = (bandwidth.Data ?? []).reduce((sum, point) => sum + (point.Value ?? 0), 0);
    expect(Math.abs(bits - (served * 8) / 300)).toBeLessThan(10);

    // Deleted: storage drops back (seen from the next interval on; the current one keeps its peak).
    await vod.DeleteMedia({ SubAppId: TEST_VOD_APP, FileId: media.FileId ?? "" });
    const daily = await vod.DescribeStorageDetails({
      SubAppId: TEST_VOD_APP,
      StartTime: iso(before - 2 * 86_400_000),
      EndTime: iso(Date.now()),
      Interval: "Day",
    });
    expect(daily.Data?.at(-1)?.Value).toBe(size);
    expect(daily.Data?.[0]?.Value).toBe(0);

    const tooLong = await errorOf(
      vod.DescribeStorageDetails({
        SubAppId: TEST_VOD_APP,
        StartTime: iso(before - 8 * 86_400_000),
        EndTime: iso(before),
        Interval: "Minute",
      }),
    );
    expect(tooLong.message).toContain("7 days");
  });
});
