import "server-only";
import { cloudRead } from "../call";
import { cloudClients, type VodClient } from "../clients";
import { toVodApplication, type VodApplication } from "./vod-application";

/** DescribeSubAppIds answers at most 200 a page (reference §3.3). */
const PAGE_SIZE = 200;
const MAX_PAGES = 10;

/**
 * The account's VOD applications, the default one included (DescribeSubAppIds needs no SubAppId:
 * it lists the account's, and every CAM user may call it, doc 876/39337).
 */
export async function describeSubAppIds(vod: VodClient = cloudClients().vod): Promise<VodApplication[]> {
  const apps: VodApplication[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const response = await cloudRead("vod:DescribeSubAppIds", () =>
      vod.DescribeSubAppIds({ Offset: page * PAGE_SIZE, Limit: PAGE_SIZE }),
    );
    const list = response.SubAppIdInfoSet ?? [];
    apps.push(...list.flatMap((info) => toVodApplication(info) ?? []));
    if (list.length < PAGE_SIZE || apps.length >= (response.TotalCount ?? 0)) break;
  }
  return apps;
}
