import type { Page } from "@playwright/test";
import { storageStatePath } from "./config";
import { expect, test } from "./fixtures";
import {
  LEGACY_APP,
  VOD_DEFAULT_APP,
  readLocalAccount,
  selectApplication,
  writeLocalAccount,
} from "./support/local-account";
import { expectPlaysPastTwoSeconds } from "./support/playback";
import { saveSettingsOnPage } from "./support/recording-settings";
import { publishSampleClip } from "./support/sample-participant";

const ROOM = "5201";
/** Key hotlink protection's KEY: 8–20 letters and digits (VOD doc 266/14047). */
const HOTLINK_KEY = "e2eHotlinkKey2026";

/** Sets or removes the legacy app's hotlink key on the Applications page, as an admin does. */
async function setConsoleHotlinkKey(page: Page, key: string | null): Promise<void> {
  await page.goto(`/applications?edit=${LEGACY_APP}`);
  const edit = page.getByRole("form", { name: "Edit the application" });
  if (key) await edit.getByLabel("Key hotlink key").fill(key);
  else await edit.getByLabel(/Remove the key/).check();
  await edit.getByRole("button", { name: "Save application" }).click();
  const row = page.getByRole("row").filter({ hasText: String(LEGACY_APP) });
  await expect(row).toContainText(key ? "hotlink key set" : "no hotlink key");
}

test.describe("a VOD domain with Key hotlink protection", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("its recordings play in the player, HLS segments included, and download, signed on the server", async ({
    page,
    localCloud,
  }) => {
    test.setTimeout(180_000);
    await selectApplication(page, LEGACY_APP);
    await saveSettingsOnPage(page, { mode: "global", formats: ["HLS", "MP4"] });
    await page.goto("/recordings");
    await publishSampleClip(localCloud, { roomId: ROOM, userId: "guarded", seconds: 6 });
    const rows = page.getByTestId("recording-row").filter({ hasText: `${LEGACY_APP}_${ROOM}_guarded_` });
    await expect(rows).toHaveCount(2, { timeout: 90_000 });
    const fileIds = await Promise.all(
      ["m3u8", "mp4"].map(async (format) => {
        const href = await rows
          .filter({ has: page.getByText(format, { exact: true }) })
          .getByRole("link")
          .first()
          .getAttribute("href");
        return { format, fileId: href?.match(/\/recordings\/(\d+)/)?.[1] ?? "" };
      }),
    );

    const account = await readLocalAccount();
    try {
      await writeLocalAccount({ ...account, vod: { ...account.vod, hotlinkKey: HOTLINK_KEY } });
      await setConsoleHotlinkKey(page, HOTLINK_KEY);
      // The key never reaches the browser: the form says only that one is set.
      await page.goto(`/applications?edit=${LEGACY_APP}`);
      await expect(page.getByLabel("Key hotlink key")).toHaveAttribute("placeholder", /A key is set/);
      await expect(page.locator("body")).not.toContainText(HOTLINK_KEY);

      for (const { format, fileId } of fileIds) {
        const { MediaInfoSet = [] } = await localCloud.vod.DescribeMediaInfos({
          FileIds: [fileId],
          SubAppId: VOD_DEFAULT_APP,
        });
        const mediaUrl = MediaInfoSet[0]?.BasicInfo?.MediaUrl ?? "";
        // VOD's own URL no longer plays: the domain answers 403 to an unsigned request.
        expect((await fetch(mediaUrl)).status, `${format} unsigned`).toBe(403);
        await page.goto(`/recordings/${fileId}`);
        await expectPlaysPastTwoSeconds(page, `${format} (signed)`);
        const download = await page.request.get(`/api/recordings/${fileId}/download`);
        expect(download.status(), `${format} download`).toBe(200);
        expect((await download.body()).length).toBeGreaterThan(10_000);
      }
    } finally {
      await writeLocalAccount(account);
      await setConsoleHotlinkKey(page, null);
    }
  });
});
