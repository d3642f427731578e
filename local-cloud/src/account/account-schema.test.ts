import { describe, expect, it } from "vitest";
import { DEFAULT_ACCOUNT } from "@shared/local-cloud-account";
import { AccountConfigError, parseAccountConfig } from "./account-schema";

function problemsOf(input: unknown): string[] {
  try {
    parseAccountConfig(input);
  } catch (error) {
    if (error instanceof AccountConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseAccountConfig", () => {
  it("takes the default account as it is", () => {
    expect(parseAccountConfig(DEFAULT_ACCOUNT)).toEqual(DEFAULT_ACCOUNT);
  });

  it("names every field that is missing, unknown or out of range", () => {
    expect(
      problemsOf({
        ...DEFAULT_ACCOUNT,
        bizId: 1.5,
        apps: [{ sdkAppId: 1400000001, generation: "cloud" }],
        vod: { requiresSubAppId: "yes", defaultSubAppId: 1500000001, hotlinkKey: "has spaces in it" },
        services: { trtc: "active", vod: "active", live: "active", cos: "active" },
        deniedActions: { AKIDx: ["trtc:CreateCloudRecording", "delete everything"] },
      }),
    ).toEqual([
      "bizId: must be a whole number",
      "apps.0.hasMonitoringPackage: is missing",
      "vod.requiresSubAppId: must be true or false",
      "vod.hotlinkKey: must be 8 to 20 letters and digits (VOD's rule for a hotlink key), or null",
      "services: unknown field cos",
      'deniedActions.AKIDx.1: must be "trtc:<Action>", "vod:<Action>" or "live:<Action>"',
    ]);
  });

  it("needs at least one app and each SdkAppId once", () => {
    expect(problemsOf({ ...DEFAULT_ACCOUNT, apps: [] })).toEqual(["apps: must hold at least one app"]);
    const app = DEFAULT_ACCOUNT.apps[0];
    expect(problemsOf({ ...DEFAULT_ACCOUNT, apps: [app, app] })).toEqual(["apps: must not list an SdkAppId twice"]);
  });

  it("allows CAM wildcards and a null hotlink key", () => {
    const account = { ...DEFAULT_ACCOUNT, deniedActions: { AKIDx: ["vod:*", "live:CreateLiveRecordRule"] } };
    expect(parseAccountConfig(account)).toEqual(account);
  });
});
