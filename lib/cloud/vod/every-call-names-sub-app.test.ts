import { describe, expect, it } from "vitest";
import type { CloudClients, VodClient } from "../clients";
import { createCloudRecording } from "../trtc/create-cloud-recording";
import { deleteMedia } from "./delete-media";
import { describeEditTask } from "./describe-task-detail";
import { editMedia } from "./edit-media";
import { describeCdnUsageData } from "./describe-cdn-usage-data";
import { describeMediaInfos } from "./describe-media-infos";
import { describeStorageDetails } from "./describe-storage-details";
import { modifyMediaInfo } from "./modify-media-info";
import { searchMedia } from "./search-media";
import { defaultTaskValues } from "@/lib/recording-tasks/task-defaults";

const DEFAULT_APP = 1500000001;

/**
 * A VOD client that answers like an account opened after 2023-12-25: DescribeSubAppIds lists the
 * default application (the oldest), and every other call records what it was sent.
 */
function fakeVod() {
  const sent: Array<{ action: string; request: Record<string, unknown> }> = [];
  const record = (action: string) => async (request: Record<string, unknown>) => {
    sent.push({ action, request });
    return {};
  };
  const vod = {
    DescribeSubAppIds: async () => ({
      TotalCount: 2,
      SubAppIdInfoSet: [
        { SubAppId: 1500000002, SubAppIdName: "recordings", CreateTime: "2025-02-01T00:00:00Z", Status: "On" },
        { SubAppId: DEFAULT_APP, SubAppIdName: "默认应用", CreateTime: "2024-01-02T00:00:00Z", Status: "On" },
      ],
    }),
    SearchMedia: record("SearchMedia"),
    DescribeMediaInfos: record("DescribeMediaInfos"),
    DeleteMedia: record("DeleteMedia"),
    ModifyMediaInfo: record("ModifyMediaInfo"),
    DescribeStorageDetails: record("DescribeStorageDetails"),
    DescribeCDNUsageData: record("DescribeCDNUsageData"),
    EditMedia: async (request: Record<string, unknown>) => {
      sent.push({ action: "EditMedia", request });
      return { TaskId: "EditMedia-1" };
    },
    DescribeTaskDetail: record("DescribeTaskDetail"),
  };
  return { vod: vod as unknown as VodClient, sent };
}

const range = { from: "2026-12-01", to: "2026-12-02" };

/** Each VOD call the console makes, for the application `subAppId` (null: the account's default). */
const calls = (subAppId: number | null, vod: VodClient) => [
  () => searchMedia({ subAppId, sourceTypes: ["Record"], order: "newest", limit: 10 }, vod),
  () => describeMediaInfos("f1", subAppId, vod),
  () => deleteMedia("f1", subAppId, vod),
  () => modifyMediaInfo({ fileId: "f1", subAppId, expireTime: "2030-01-01T00:00:00Z" }, vod),
  () => describeStorageDetails({ subAppId, range, area: "Chinese Mainland" }, vod),
  () => describeCdnUsageData({ subAppId, range }, vod),
  () => editMedia(["f1", "f2"], { MediaName: "joined" }, subAppId, vod),
  () => describeEditTask("EditMedia-1", subAppId, vod),
];

describe("every VOD call names its application (SubAppId)", () => {
  it("the account's default application, found with DescribeSubAppIds, when none is chosen", async () => {
    const { vod, sent } = fakeVod();
    for (const call of calls(null, vod)) await call();
    expect(sent.map((entry) => entry.action)).toEqual([
      "SearchMedia",
      "DescribeMediaInfos",
      "DeleteMedia",
      "ModifyMediaInfo",
      "DescribeStorageDetails",
      "DescribeCDNUsageData",
      "EditMedia",
      "DescribeTaskDetail",
    ]);
    expect(sent.map((entry) => entry.request.SubAppId)).toEqual(Array(8).fill(DEFAULT_APP));
  });

  it("the chosen application otherwise", async () => {
    const { vod, sent } = fakeVod();
    for (const call of calls(1500000002, vod)) await call();
    expect(new Set(sent.map((entry) => entry.request.SubAppId))).toEqual(new Set([1500000002]));
  });

  it("a cloud-recording task stores into the default application when none is chosen", async () => {
    const { vod } = fakeVod();
    let request: Record<string, unknown> = {};
    const trtc = {
      CreateCloudRecording: async (sent: Record<string, unknown>) => {
        request = sent;
        return { TaskId: "task-1" };
      },
    };
    const clients = { trtc, vod } as unknown as Pick<CloudClients, "trtc" | "vod">;
    const task = await createCloudRecording(
      { ...defaultTaskValues("1001", { formats: ["mp4"], retentionDays: 0, subAppId: null }), recordMode: "single" },
      { sdkAppId: 1400000456, sdkSecretKey: "key", userId: "recorder_1" },
      clients,
    );
    expect(task).toEqual({ taskId: "task-1" });
    expect(request).toMatchObject({ StorageParams: { CloudVod: { TencentVod: { SubAppId: DEFAULT_APP } } } });
  });
});
