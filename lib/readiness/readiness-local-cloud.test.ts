import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LOCAL_ACCOUNT_UIN } from "../../local-cloud/src/core/gate/cam-check";
import { changeAccount } from "../../local-cloud/test/helpers/account-control";
import {
  startAccountTestCloud,
  SUB_USER_CREDENTIAL,
  type AccountTestCloud,
} from "../../local-cloud/test/helpers/account-test-cloud";
import {
  cloudApp,
  legacyApp,
  TEST_APP,
  TEST_CREDENTIAL,
  TEST_PUSH_DOMAIN,
  TEST_VOD_APP,
  testAccount,
} from "../../local-cloud/test/helpers/test-cloud";
import { createCloudClients } from "@/lib/cloud/clients";
import type { CloudConfig } from "@/lib/env";
import { isReadAction } from "@/lib/cloud/cloud-action";
import { CloudProbes } from "./cloud-probes";
import { CONSOLE_ACTIONS } from "./console-actions";
import { limitConcurrency } from "./limit-concurrency";
import { runReadiness } from "./run-readiness";
import { lineInEnglish } from "./testing/outcomes";
import { isBlocked, type CallbackEventTimes, type ReadinessReport, type ReadinessTarget } from "./types";

/*
 * The readiness check through the real SDK against a real local cloud, whose account is changed
 * with PUT /_local/account the way Tencent's consoles would change a real one.
 */

const CLOUD_APP = 1400000456;
const NO_EVENTS: CallbackEventTimes = {
  trtcRoomAndMedia: null,
  trtcRecording: null,
  css: null,
  trtcUnverified: null,
  cssUnverified: null,
};

let env: AccountTestCloud;

beforeAll(async () => {
  env = await startAccountTestCloud({ account: testAccount([legacyApp(TEST_APP), cloudApp(CLOUD_APP)]) });
});

afterAll(async () => {
  await env?.close();
});

beforeEach(async () => {
  await changeAccount(env.cloud, () => testAccount([legacyApp(TEST_APP), cloudApp(CLOUD_APP)]));
});

function cloudConfig(credential: { secretId: string; secretKey: string }): CloudConfig {
  return {
    mode: "tencent",
    endpoint: `127.0.0.1:${env.cloud.port}`,
    protocol: "http://",
    region: "ap-guangzhou",
    sdkAppId: TEST_APP,
    sdkSecretKey: "unused",
    ...credential,
  };
}

function target(sdkAppId: number, generation: "legacy" | "cloud"): ReadinessTarget {
  return {
    sdkAppId,
    generation,
    generationSource: "as set under Applications",
    stored: { pushDomain: TEST_PUSH_DOMAIN, defaultVodSubAppId: null, hasTrtcCallbackKey: true },
  };
}

function check(
  checked: ReadinessTarget,
  credential: { secretId: string; secretKey: string } = TEST_CREDENTIAL,
): Promise<ReadinessReport> {
  const cloud = cloudConfig(credential);
  return runReadiness({
    clients: createCloudClients(cloud),
    target: checked,
    cloud,
    publicUrl: { origin: "https://console.example.com", source: "NEXTAUTH_URL" },
    callbackEvents: { read: async () => NO_EVENTS },
  });
}

/** A line of the report in English words (the checks make messages). */
const line = (report: ReadinessReport, id: string) => {
  const found = report.lines.find((candidate) => candidate.id === id);
  return found ? lineInEnglish(found) : undefined;
};

describe("the readiness check against the local cloud", () => {
  it("passes the default account's legacy app, every action allowed, warning only of the missing callbacks", async () => {
    const report = await check(target(TEST_APP, "legacy"));
    expect(report.lines.map((entry) => [entry.id, entry.status])).toEqual([
      ["credentials", "ok"],
      ["service.trtc", "ok"],
      ["service.vod", "ok"],
      ["service.live", "ok"],
      ["application", "ok"],
      ["recording-generation", "ok"],
      ["cam.trtc", "ok"],
      ["cam.vod", "ok"],
      ["cam.vod:CreateSubAppId", "not-checked"],
      ["cam.live", "ok"],
      ["cam.live:CreateLiveRecordTemplate", "not-checked"],
      ["cam.live:CreateLiveCallbackTemplate", "not-checked"],
      ["push-domain", "ok"],
      ["vod.sub-app-id", "ok"],
      ["vod.applications", "ok"],
      ["room-queries", "ok"],
      ["public-url", "ok"],
      ["trtc-callback-settings", "ok"],
      ["css-callback", "warning"],
      ["callbacks.trtc-room-media", "warning"],
      ["callbacks.trtc-recording", "ok"],
      ["callbacks.css", "warning"],
    ]);
    expect(isBlocked(report)).toBe(false);
    expect(line(report, "cam.trtc")?.title).toBe("CAM allows all 18 TRTC actions the console sends");
    expect(line(report, "push-domain")?.title).toBe(`Push domain ${TEST_PUSH_DOMAIN}`);
    expect(line(report, "vod.sub-app-id")?.title).toBe("VOD requires a SubAppId on every call");
    expect(line(report, "vod.applications")?.title).toBe(`VOD application ${TEST_VOD_APP} (默认应用)`);
    expect(line(report, "room-queries")?.title).toBe("DescribeRoomInfo is available (monitoring package)");
  });

  it("names a CAM denial, its resource and the policy that grants it, and blocks the app that records with it", async () => {
    await changeAccount(env.cloud, (account) => ({
      ...account,
      deniedActions: { [SUB_USER_CREDENTIAL.secretId]: ["trtc:CreateCloudRecording"] },
    }));
    const report = await check(target(CLOUD_APP, "cloud"), SUB_USER_CREDENTIAL);
    expect(line(report, "cam.trtc:CreateCloudRecording")).toEqual({
      id: "cam.trtc:CreateCloudRecording",
      status: "blocking",
      title: "CAM denies trtc:CreateCloudRecording",
      detail: `The CAM user of the console's keys may not call trtc:CreateCloudRecording on qcs::trtc::uin/${LOCAL_ACCOUNT_UIN}:sdkappid/${CLOUD_APP}, so the console cannot start cloud-recording tasks — this app cannot record without it. In CAM, attach the preset policy QcloudTRTCFullAccess to that user, or a custom policy that allows trtc:CreateCloudRecording on that resource.`,
      fixUrl: "https://console.cloud.tencent.com/cam/policy",
    });
    expect(line(report, "cam.trtc")?.title).toBe("CAM allows 17 of the 18 TRTC actions the console sends");
    expect(report.lines.filter((entry) => entry.status === "blocking").map((entry) => entry.id)).toEqual([
      "cam.trtc:CreateCloudRecording",
    ]);
    expect(isBlocked(report)).toBe(true);
  });

  it("blocks a legacy app while relay to CDN is off (no push domain)", async () => {
    await changeAccount(env.cloud, (account) => ({ ...account, hasPushDomain: false }));
    const report = await check({
      ...target(TEST_APP, "legacy"),
      stored: { pushDomain: null, defaultVodSubAppId: null, hasTrtcCallbackKey: true },
    });
    expect(line(report, "push-domain")).toMatchObject({
      status: "blocking",
      title: "No push domain: relay to CDN is off",
      fixUrl: "https://console.cloud.tencent.com/trtc/app",
    });
    expect(isBlocked(report)).toBe(true);
  });

  it("blocks while VOD is suspended for arrears, and still tells CAM's answers apart", async () => {
    await changeAccount(env.cloud, (account) => ({
      ...account,
      services: { ...account.services, vod: "stopped-arrears" },
    }));
    const report = await check(target(CLOUD_APP, "cloud"));
    expect(line(report, "service.vod")).toMatchObject({
      status: "blocking",
      title: "VOD (Video on Demand) is suspended: the account is in arrears",
      fixUrl: "https://console.cloud.tencent.com/expense/recharge",
    });
    expect(line(report, "service.vod")?.detail).toContain("answered FailedOperation.InvalidAccount");
    expect(line(report, "cam.vod")?.status).toBe("ok");
    expect(line(report, "vod.applications")?.status).toBe("not-checked");
  });

  it("blocks an SdkAppId the account does not have", async () => {
    const report = await check(target(1400000777, "legacy"));
    expect(line(report, "application")).toMatchObject({
      status: "blocking",
      title: "TRTC does not know app 1400000777",
    });
    expect(line(report, "application")?.detail).toContain("FailedOperation.SdkAppIdNotExist");
  });

  it("says DescribeRoomInfo is not available without a monitoring package, without blocking", async () => {
    await changeAccount(env.cloud, (account) => ({
      ...account,
      apps: account.apps.map((app) => ({ ...app, hasMonitoringPackage: false })),
    }));
    const report = await check(target(CLOUD_APP, "cloud"));
    expect(line(report, "room-queries")).toMatchObject({
      status: "ok",
      title: "DescribeRoomInfo is not available (no monitoring package)",
    });
    expect(line(report, "application")?.status).toBe("ok");
    expect(isBlocked(report)).toBe(false);
  });

  it("sends nothing else when the keys are refused", async () => {
    const report = await check(target(TEST_APP, "legacy"), {
      secretId: "AKIDnobodyknowsthis0000000000000000",
      secretKey: "x",
    });
    expect(line(report, "credentials")).toMatchObject({
      status: "blocking",
      title: "Tencent Cloud refuses the console's keys",
    });
    expect(line(report, "credentials")?.detail).toContain("AuthFailure.SecretIdNotFound");
    expect(line(report, "cam.trtc")?.status).toBe("not-checked");
  });

  it("sends every write incomplete: each answers a parameter error, none acts", async () => {
    for (const app of [target(TEST_APP, "legacy"), target(CLOUD_APP, "cloud")]) {
      const probes = new CloudProbes({
        clients: createCloudClients(cloudConfig(TEST_CREDENTIAL)),
        target: app,
        limit: limitConcurrency(4),
        usageRange: { from: "2026-11-01", to: "2026-11-30" },
        nowSeconds: Math.floor(Date.now() / 1000),
      });
      const writes = CONSOLE_ACTIONS.filter((entry) => entry.probe.kind === "sent" && !isReadAction(entry.action));
      expect(writes.length).toBe(21);
      for (const { action } of writes) {
        const outcome = await probes.permission(action);
        const answer = outcome.ok ? "accepted" : (outcome.failure.cloudCode ?? outcome.failure.code);
        expect(answer, action).toMatch(/^(MissingParameter|InvalidParameter)/);
      }
    }
  });
});
