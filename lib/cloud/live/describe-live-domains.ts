import "server-only";
import type { DomainInfo } from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_models";
import { cloudRead } from "../call";
import { cloudClients, type LiveClient } from "../clients";

/** A CSS domain of the account, as the console uses it. */
export interface LiveDomain {
  name: string;
  type: "push" | "play";
  isEnabled: boolean;
}

/** DescribeLiveDomains pages hold 10–100 domains; an account may add at most 100 (FailedOperation.HostOutLimit). */
const PAGE_SIZE = 100;
const MAX_PAGES = 10;

/** DomainInfo.Type 0 is a push domain, 1 a play domain; Status 1 is enabled. */
export function toLiveDomain(info: DomainInfo): LiveDomain {
  return { name: info.Name ?? "", type: info.Type === 0 ? "push" : "play", isEnabled: info.Status === 1 };
}

/**
 * Every CSS domain of the account (DescribeLiveDomains). Enabling relay to CDN in TRTC's console
 * adds the push domain `<bizid>.livepush.myqcloud.com` here (reference §8, doc 647/84721).
 */
export async function describeLiveDomains(live: LiveClient = cloudClients().live): Promise<LiveDomain[]> {
  const domains: LiveDomain[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const response = await cloudRead("live:DescribeLiveDomains", () =>
      live.DescribeLiveDomains({ PageSize: PAGE_SIZE, PageNum: page }),
    );
    const list = response.DomainList ?? [];
    domains.push(...list.map(toLiveDomain).filter((domain) => domain.name !== ""));
    if (list.length < PAGE_SIZE || domains.length >= (response.AllCount ?? 0)) break;
  }
  return domains;
}
