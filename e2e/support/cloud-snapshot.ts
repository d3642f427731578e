import { localCloudUrl } from "../config";
import type { LocalCloudFixture } from "../fixtures";
import { VOD_DEFAULT_APP } from "./local-account";

/** Tencent's answers without their RequestId, which differs on every call. */
function withoutRequestIds(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key: string, item: unknown) => (key === "RequestId" ? undefined : item));
}

/**
 * What the console can change in the local cloud, read the way the console reads it (the SDK):
 * CSS record and callback templates and rules, VOD applications and every medium of each (name,
 * expiry), and every callback the cloud queued (TRTC room events, task events: they follow
 * every change of rooms, mixes and tasks).
 */
export async function snapshotLocalCloud(cloud: LocalCloudFixture): Promise<unknown> {
  const [recordTemplates, recordRules, callbackTemplates, callbackRules, subApps] = await Promise.all([
    cloud.live.DescribeLiveRecordTemplates({}),
    cloud.live.DescribeLiveRecordRules(),
    cloud.live.DescribeLiveCallbackTemplates(),
    cloud.live.DescribeLiveCallbackRules(),
    cloud.vod.DescribeSubAppIds({}),
  ]);
  const subAppIds = [VOD_DEFAULT_APP, ...(subApps.SubAppIdInfoSet ?? []).map((app) => app.SubAppId ?? 0)];
  const media = await Promise.all(
    [...new Set(subAppIds)].map(async (SubAppId) => {
      const found = await cloud.vod.SearchMedia({ SubAppId, Limit: 100, Filters: ["basicInfo"] });
      return {
        SubAppId,
        media: (found.MediaInfoSet ?? []).map((item) => ({
          FileId: item.FileId,
          Name: item.BasicInfo?.Name,
          ExpireTime: item.BasicInfo?.ExpireTime,
        })),
      };
    }),
  );
  const deliveries = (await (await fetch(`${localCloudUrl}/_local/callbacks`)).json()) as {
    deliveries: Array<{ id: number; body: unknown }>;
  };
  return withoutRequestIds({
    recordTemplates,
    recordRules,
    callbackTemplates,
    callbackRules,
    subApps,
    media,
    callbacks: deliveries.deliveries.map((delivery) => ({ id: delivery.id, body: delivery.body })),
  });
}
