import type { AppConfig } from "@shared/local-cloud-account";
import type { Account } from "../../../account/account";
import { trtcErrors } from "../errors";

/** The TRTC applications of the account, read anew at each call (the control plane may change them). */
export class AppDirectory {
  constructor(private readonly account: Account) {}

  has(sdkAppId: number): boolean {
    return this.account.app(sdkAppId) !== undefined;
  }

  assertExists(sdkAppId: number): void {
    this.get(sdkAppId);
  }

  /** The app, or `FailedOperation.SdkAppIdNotExist`. */
  get(sdkAppId: number): AppConfig {
    const app = this.account.app(sdkAppId);
    if (!app) throw trtcErrors.sdkAppIdNotExist(sdkAppId);
    return app;
  }
}
