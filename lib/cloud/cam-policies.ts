import { msg } from "@/lib/i18n/message";
import { isReadAction, serviceOf, type CloudAction, type CloudService } from "./cloud-action";

/**
 * Tencent's preset CAM policies per product: trtc.io/document/39550 (TRTC), tencentcloud.com
 * 266/33971 (VOD), qcloud-documents 云直播 访问管理 (CSS). The read-only ones allow the
 * Describe… and Search… actions.
 */
export const PRESET_POLICIES: Record<CloudService, { full: string; readOnly: string }> = {
  trtc: { full: "QcloudTRTCFullAccess", readOnly: "QcloudTRTCReadonlyAccess" },
  vod: { full: "QcloudVODFullAccess", readOnly: "QcloudVODReadonlyAccess" },
  live: { full: "QcloudLIVEFullAccess", readOnly: "QcloudLIVEReadOnlyAccess" },
};

/** The preset policy that grants an action, as a message (lib/i18n/message.ts): a read is granted by either of two. */
export function grantingPolicies(action: CloudAction): string {
  const { full, readOnly } = PRESET_POLICIES[serviceOf(action)];
  return isReadAction(action) ? msg("cloudErrors.permissions.eitherPolicy", { readOnly, full }) : full;
}
