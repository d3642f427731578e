import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AccountConfig } from "@shared/local-cloud-account";
import { changeAccount, getAccount, putAccount } from "./helpers/account-control";
import {
  cloudApp,
  errorOf,
  legacyApp,
  liveClient,
  makeDataDir,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  testAccount,
  type TestCloud,
} from "./helpers/test-cloud";
import { resetCloud } from "./helpers/control-plane";

/*
 * `/_local/account`, the stand-in for Tencent's console pages: what GET shows is what the API
 * imposes from the next call on, PUT refuses an account that does not hold together, and the
 * account survives a reset and a restart (unless the start-up account itself changed).
 */

const OTHER_APP = 1400000321;
const START_UP = testAccount([legacyApp(TEST_APP), cloudApp(OTHER_APP, false)]);

let dataDir = "";
let env: TestCloud;

const start = async (account: AccountConfig = START_UP) => {
  env = await startTestCloud({ dataDir, account });
  return env;
};
const dismissAnyRoom = (cloud: TestCloud, sdkAppId: number) =>
  errorOf(cloud.trtc.DismissRoom({ SdkAppId: sdkAppId, RoomId: 1 }));

beforeAll(async () => {
  dataDir = await makeDataDir();
  await start();
});
afterAll(async () => {
  await env?.cloud.close();
  await removeDataDir(dataDir);
});

describe("the account control plane", () => {
  it("shows the start-up account and imposes a changed one from the next call on", async () => {
    const cloud = env;
    expect(await getAccount(cloud.cloud)).toEqual(START_UP);
    // An app of the account exists (nobody is in its room); one outside it does not.
    expect((await dismissAnyRoom(cloud, OTHER_APP)).code).toBe("FailedOperation.RoomNotExist");

    await changeAccount(cloud.cloud, (account) => ({ ...account, apps: [legacyApp(TEST_APP)], bizId: 55555 }));
    expect((await dismissAnyRoom(cloud, OTHER_APP)).code).toBe("FailedOperation.SdkAppIdNotExist");
    const { DomainList } = await liveClient(cloud.cloud.port).DescribeLiveDomains({ DomainType: 0 });
    expect(DomainList?.map((domain) => domain.Name)).toEqual(["55555.livepush.myqcloud.com"]);
  });

  it("refuses an account that does not hold together, naming each field, and keeps the one it has", async () => {
    const cloud = env;
    const before = await getAccount(cloud.cloud);
    const invalid = await putAccount(cloud.cloud, {
      ...before,
      bizId: 0,
      apps: [{ sdkAppId: TEST_APP, generation: "new", hasMonitoringPackage: true }],
      vod: { ...before.vod, hotlinkKey: "short" },
      services: { ...before.services, vod: "sleeping" },
      deniedActions: { AKIDsomeone: ["CreateCloudRecording"] },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({
      problems: [
        "bizId: must be a positive whole number",
        'apps.0.generation: must be "legacy" or "cloud"',
        "vod.hotlinkKey: must be 8 to 20 letters and digits (VOD's rule for a hotlink key), or null",
        'services.vod: must be "active", "not-activated", "stopped-arrears" or "disabled-by-user"',
        'deniedActions.AKIDsomeone.0: must be "trtc:<Action>", "vod:<Action>" or "live:<Action>"',
      ],
    });
    const partial = await putAccount(cloud.cloud, { bizId: 777 });
    expect(partial.status).toBe(400);
    expect(partial.body).toMatchObject({ problems: expect.arrayContaining(["apps: is missing"]) as unknown });
    const duplicate = await putAccount(cloud.cloud, { ...before, apps: [legacyApp(TEST_APP), cloudApp(TEST_APP)] });
    expect(duplicate).toMatchObject({ status: 400, body: { problems: ["apps: must not list an SdkAppId twice"] } });
    expect((await putAccount(cloud.cloud, "{not json")).status).toBe(400);
    expect(await getAccount(cloud.cloud)).toEqual(before);
  });

  it("keeps the account across a reset and a restart with the same start-up account", async () => {
    const cloud = env;
    const changed = await changeAccount(cloud.cloud, (account) => ({
      ...account,
      bizId: 424242,
      vod: { ...account.vod, requiresSubAppId: false },
    }));
    await resetCloud(cloud.cloud);
    expect(await getAccount(cloud.cloud)).toEqual(changed);

    await cloud.cloud.close();
    const restarted = await start();
    expect(await getAccount(restarted.cloud)).toEqual(changed);
    const { DomainList } = await liveClient(restarted.cloud.port).DescribeLiveDomains({});
    expect(DomainList?.map((domain) => domain.Name)).toEqual(["424242.livepush.myqcloud.com"]);
  });

  it("takes a changed start-up account over the stored one at the next start", async () => {
    await env.cloud.close();
    const other = testAccount([cloudApp(OTHER_APP)], { bizId: 99 });
    const restarted = await start(other);
    expect(await getAccount(restarted.cloud)).toEqual(other);
    expect((await dismissAnyRoom(restarted, TEST_APP)).code).toBe("FailedOperation.SdkAppIdNotExist");
  });
});
