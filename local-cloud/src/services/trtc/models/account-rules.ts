import type { AppConfig } from "@shared/local-cloud-account";
import { trtcErrors } from "../errors";
import type { McuMixRequest } from "../schemas/mcu-mix";

/**
 * What an app's account facts allow (reference §8): one recording generation per app, and the
 * paid room and user queries. Pure: the handlers call these with the app they looked up.
 */

/** CreateCloudRecording is the new generation's: a legacy app is refused. */
export function assertCloudRecordingApp(app: AppConfig): void {
  if (app.generation !== "cloud") throw trtcErrors.legacyRecordingApp(app.sdkAppId);
}

/**
 * On a cloud-recording app `OutputParams.RecordId` records nothing: the mix still runs and is
 * relayed, but without the RecordId no CSS rule takes it as a chosen stream.
 */
export function mcuRequestFor(app: AppConfig, request: McuMixRequest): McuMixRequest {
  if (app.generation === "legacy" || request.OutputParams.RecordId === undefined) return request;
  const { RecordId: _ignored, ...outputParams } = request.OutputParams;
  return { ...request, OutputParams: outputParams };
}

/** DescribeRoomInfo and DescribeUserInfo (commercial since 2024-04-01) need a package. */
export function assertMonitoringPackage(app: AppConfig, action: string): void {
  if (!app.hasMonitoringPackage) throw trtcErrors.noMonitoringPackage(action, app.sdkAppId);
}
