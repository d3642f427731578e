import { trtcErrors } from "../errors";

/** The TRTC applications this local cloud hosts (LOCAL_CLOUD_SDK_APP_IDS). */
export class AppDirectory {
  private readonly sdkAppIds: ReadonlySet<number>;

  constructor(sdkAppIds: readonly number[]) {
    this.sdkAppIds = new Set(sdkAppIds);
  }

  has(sdkAppId: number): boolean {
    return this.sdkAppIds.has(sdkAppId);
  }

  assertExists(sdkAppId: number): void {
    if (!this.has(sdkAppId)) throw trtcErrors.sdkAppIdNotExist(sdkAppId);
  }
}
