/**
 * What a Tencent Cloud account is, as far as the console can tell from outside: the facts that a
 * real account imposes and that are set only in Tencent's own consoles (reference §8). The local
 * cloud holds one account; its defaults are a realistic account opened today (DEFAULT_ACCOUNT),
 * and the local-only control plane (`/_local/account`) stands in for Tencent's console pages.
 */

/** Which cloud recording an app has: one per app, decided by its creation date (2022-08-01). */
export type RecordingGeneration = "legacy" | "cloud";

export interface AppConfig {
  sdkAppId: number;
  generation: RecordingGeneration;
  /** A monthly package or the Monitoring Dashboard: without one DescribeRoomInfo/DescribeUserInfo are refused. */
  hasMonitoringPackage: boolean;
}

/** A product's state on the account: activated and running, or not usable for a documented reason. */
export type ServiceState = "active" | "not-activated" | "stopped-arrears" | "disabled-by-user";

export type ServiceName = "trtc" | "vod" | "live";

export interface AccountConfig {
  /** The per-account number CSS and TRTC agree on when relay to CDN is enabled; push domain `<bizId>.livepush.myqcloud.com`. */
  bizId: number;
  /** Whether relay to CDN (旁路推流) is enabled, which is what creates the push domain. */
  hasPushDomain: boolean;
  apps: AppConfig[];
  vod: {
    /** VOD opened on or after 2023-12-25: every call must carry SubAppId, the default application's included. */
    requiresSubAppId: boolean;
    /** The id of the account's default VOD application. */
    defaultSubAppId: number;
    /** Key hotlink protection (Key 防盗链) of the media domain; null = off. 8–20 letters and digits. */
    hotlinkKey: string | null;
  };
  services: Record<ServiceName, ServiceState>;
  /**
   * CAM: actions a credential may not call, as `service:Action` (e.g. `trtc:CreateCloudRecording`),
   * keyed by SecretId. Everything else is allowed.
   */
  deniedActions: Record<string, string[]>;
}

export const DEFAULT_ACCOUNT: AccountConfig = {
  bizId: 12345,
  hasPushDomain: true,
  apps: [
    // The guide's example app, created before 2022-08-01: legacy recording.
    { sdkAppId: 1400000123, generation: "legacy", hasMonitoringPackage: false },
    { sdkAppId: 1400000456, generation: "cloud", hasMonitoringPackage: false },
  ],
  vod: { requiresSubAppId: true, defaultSubAppId: 1500000001, hotlinkKey: null },
  services: { trtc: "active", vod: "active", live: "active" },
  deniedActions: {},
};

/** `<bizId>.livepush.myqcloud.com`: the account's CSS push domain (reference §8). */
export const pushDomainOf = (bizId: number) => `${bizId}.livepush.myqcloud.com`;
