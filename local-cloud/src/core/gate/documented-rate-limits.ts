import type { ServiceName } from "@shared/local-cloud-account";

/**
 * Requests a second Tencent accepts for each action from one credential, as each service's API
 * overview and action pages document them (sources in local-cloud/COVERAGE.md, "Limits and errors
 * of a real account"). Tencent counts per API + access region + sub-account (doc 1278/109059); the
 * local cloud is one access point, so it counts per action and SecretId.
 */
const DOCUMENTED_REQUESTS_PER_SECOND: Readonly<Record<string, number>> = {
  // TRTC API overview (647/49981): the usage queries allow 5, DescribeTrtcRoomUsage 1 per 15 s.
  "trtc:DescribeTrtcUsage": 5,
  "trtc:DescribeRecordingUsage": 5,
  "trtc:DescribeMixTranscodingUsage": 5,
  "trtc:DescribeRelayUsage": 5,
  // VOD API overview (266/31753): CreateSubAppId 20; SearchMedia (266/34179) and DescribeSubAppIds 100.
  "vod:CreateSubAppId": 20,
};

/**
 * Where an action has no entry above: TRTC documents 20 for every other action the console uses,
 * VOD 100 for its media-management and query actions, CSS 200 for its template, rule and domain
 * actions.
 */
const SERVICE_DEFAULT_REQUESTS_PER_SECOND: Readonly<Record<ServiceName, number>> = {
  trtc: 20,
  vod: 100,
  live: 200,
};

/** The per-second limit of `service:Action`; `overrides` (LocalCloudOptions.rateLimits) win. */
export function requestsPerSecondOf(
  service: ServiceName,
  action: string,
  overrides: Readonly<Record<string, number>> = {},
): number {
  const camAction = `${service}:${action}`;
  return (
    overrides[camAction] ?? DOCUMENTED_REQUESTS_PER_SECOND[camAction] ?? SERVICE_DEFAULT_REQUESTS_PER_SECOND[service]
  );
}
