import type { CloudService } from "@/lib/cloud/cloud-action";
import { TENCENT_LINKS } from "@/lib/schemas/application";

/**
 * The Tencent Cloud console pages where each line's problem is fixed (cloud.tencent.com's console;
 * the international site serves the same paths under console.tencentcloud.com). Each was seen
 * linked from Tencent's own documents: TRTC application management (doc 647/52428, callback
 * configuration lives in the app's page there), CSS domain management, VOD application management,
 * CAM policies and API keys, the billing center's top-up page and TRTC's package management.
 */
export const FIX_URLS = {
  /** TRTC → Application management: an app's info, relay to CDN, callback configuration (回调配置). */
  trtcApplications: TENCENT_LINKS.trtcApplications,
  /** TRTC → package management: monthly packages (DescribeRoomInfo needs one, or the Monitoring Dashboard). */
  trtcPackages: "https://console.cloud.tencent.com/trtc/package",
  /** CSS → Domain management: push domains and whether they are enabled. */
  cssDomains: "https://console.cloud.tencent.com/live/domainmanage",
  /** VOD → Application management: the account's VOD applications (SubAppId). */
  vodApplications: "https://console.cloud.tencent.com/vod/app-manage",
  /** CAM → Policies: attach a preset policy (QcloudTRTCFullAccess, …) to the console's CAM user. */
  camPolicies: "https://console.cloud.tencent.com/cam/policy",
  /** CAM → API keys: the SecretId/SecretKey pairs of the account. */
  camApiKeys: "https://console.cloud.tencent.com/cam/capi",
  /** Billing center → Top up: a product stopped for arrears resumes once the balance is positive. */
  billingTopUp: "https://console.cloud.tencent.com/expense/recharge",
} as const;

/** Each product's console, where it is activated or turned back on. */
export const PRODUCT_CONSOLES: Record<CloudService, string> = {
  trtc: "https://console.cloud.tencent.com/trtc",
  vod: "https://console.cloud.tencent.com/vod",
  live: "https://console.cloud.tencent.com/live",
};
