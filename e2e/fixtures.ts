import { test as base, expect } from "@playwright/test";
import { Client as LiveClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_client";
import { Client as TrtcClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_client";
import { Client as VodClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_client";
import { LOCAL_CLOUD_DEFAULTS } from "@shared/local-cloud-defaults";
import { E2E, localCloudUrl } from "./config";
import { controlFetch } from "./support/local-cloud-control";
import { usersInRoomByEvents } from "./support/room-participants";

interface SampleClip {
  name: string;
  url: string;
}

export interface LocalCloudFixture {
  /** The real SDK pointed at the e2e local cloud, to arrange and check state the way the console would. */
  trtc: TrtcClient;
  live: LiveClient;
  vod: VodClient;
  samples: SampleClip[];
  /**
   * User ids present in a room now, as the local cloud's room events (103/104/102) say; empty when
   * the room does not exist. The default apps have no monitoring package for DescribeUserInfo.
   */
  usersInRoom(roomId: string): Promise<string[]>;
}

async function resetLocalCloud(): Promise<void> {
  const response = await controlFetch("/_local/reset", { method: "POST" });
  expect(response.ok, `the local cloud resets: ${response.ok ? "" : await response.text()}`).toBe(true);
}

/** Every spec that touches rooms starts from an empty local cloud and leaves it empty. */
export const test = base.extend<{ localCloud: LocalCloudFixture; wordsOnly: void }>({
  /**
   * After every test, the page it ended on shows words only: a message made by `msg`
   * (lib/i18n/message.ts) that reached the page without being put into words carries U+2063.
   */
  wordsOnly: [
    async ({ page }, provide) => {
      await provide();
      if (!page.url().startsWith("http")) return;
      const text = await page
        .locator("body")
        .innerText({ timeout: 5_000 })
        .catch(() => "");
      expect(text, `${page.url()} shows a message in its encoded form`).not.toContain("\u2063");
    },
    { auto: true },
  ],
  localCloud: async ({}, provide) => {
    await resetLocalCloud();
    const config = {
      credential: { secretId: LOCAL_CLOUD_DEFAULTS.secretId, secretKey: LOCAL_CLOUD_DEFAULTS.secretKey },
      region: LOCAL_CLOUD_DEFAULTS.region,
      profile: { httpProfile: { endpoint: `127.0.0.1:${E2E.localCloudPort}`, protocol: "http://" } },
    };
    const trtc = new TrtcClient(config);
    const body = (await (await fetch(`${localCloudUrl}/_local/samples`)).json()) as { samples: SampleClip[] };
    await provide({
      trtc,
      live: new LiveClient(config),
      vod: new VodClient(config),
      samples: body.samples,
      usersInRoom: (roomId) => usersInRoomByEvents(roomId),
    });
    await resetLocalCloud();
  },
});

export { expect };
