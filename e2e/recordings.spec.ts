import { storageStatePath } from "./config";
import { expect, test, type LocalCloudFixture } from "./fixtures";
import { pushTestStream } from "./support/push-test-stream";
import { captureServerAction, replayServerAction } from "./support/replay-action";

const APP = 1400000123;
const PUBLISHED_SECONDS = 5;

/** Global auto recording of the e2e app in all four formats, set up through the live API. */
async function recordEverythingInAllFormats(live: LocalCloudFixture["live"]) {
  const enabled = { Enable: 1, RecordInterval: 600, StorageTime: 0 };
  const { TemplateId = 0 } = await live.CreateLiveRecordTemplate({
    TemplateName: "e2e_all_formats",
    HlsParam: enabled,
    Mp4Param: enabled,
    FlvParam: enabled,
    AacParam: enabled,
  });
  await live.CreateLiveRecordRule({ DomainName: `${APP}.livepush.myqcloud.com`, AppName: `trtc_${APP}`, TemplateId });
}

test.describe("the recordings library", () => {
  test.use({ storageState: storageStatePath("operator") });
  test.setTimeout(120_000);

  test("a recorded participant appears in every format, plays, is found and deleted", async ({ page, localCloud }) => {
    await recordEverythingInAllFormats(localCloud.live);
    await pushTestStream({ sdkAppId: APP, roomId: "5001", userId: "recorded", seconds: PUBLISHED_SECONDS });

    await page.goto("/recordings");
    const rows = page.getByTestId("recording-row");
    await expect(rows).toHaveCount(4, { timeout: 60_000 });
    for (const format of ["m3u8", "mp4", "flv", "aac"]) await expect(rows.filter({ hasText: format })).toHaveCount(1);
    await expect(rows.first()).toContainText("room 5001");
    await expect(rows.first()).toContainText("user recorded");

    for (const format of ["m3u8", "mp4", "flv", "aac"]) {
      await page.goto("/recordings");
      await rows.filter({ hasText: format }).getByRole("link").click();
      const player = page.getByTestId("media-player");
      await player.evaluate((element: HTMLMediaElement) => {
        element.muted = true;
        return element.play();
      });
      await expect
        .poll(() => player.evaluate((element: HTMLMediaElement) => (element.error ? -1 : element.currentTime)), {
          message: `${format} plays past 2 s without a media error`,
          timeout: 20_000,
        })
        .toBeGreaterThan(2);
    }

    await page.goto("/recordings");
    await page.getByLabel("Name prefix").fill(`${APP}_5001_recorded_`);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/prefix=/);
    await expect(rows).toHaveCount(4);
    await page.getByLabel("Name prefix").fill("nobody_");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText("Nothing matches this search.")).toBeVisible();
    await page.getByRole("button", { name: "Clear" }).click();
    await page.getByLabel("Stream id").fill(`${APP}_5001_recorded_main`);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(rows).toHaveCount(4);

    const mp4 = rows.filter({ hasText: "mp4" });
    await mp4.getByRole("link").click();
    const mediaUrl = await page.getByTestId("media-player").evaluate((element: HTMLMediaElement) => element.currentSrc);
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
    await expect(page).toHaveURL(/\/recordings$/);
    await expect(rows).toHaveCount(3);
    expect((await fetch(mediaUrl)).status).toBe(404);
  });
});

test.describe("the recordings library, as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });
  test.setTimeout(120_000);

  test("plays but has no delete control, and the server refuses a direct call", async ({
    page,
    browser,
    localCloud,
  }) => {
    await recordEverythingInAllFormats(localCloud.live);
    await pushTestStream({ sdkAppId: APP, roomId: "5002", userId: "viewed", seconds: 3 });
    await page.goto("/recordings");
    const rows = page.getByTestId("recording-row");
    await expect(rows).toHaveCount(4, { timeout: 60_000 });
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await rows.filter({ hasText: "mp4" }).getByRole("link").click();
    await expect(page.getByTestId("media-player")).toBeVisible();
    await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);

    const captured = await captureServerAction(browser, {
      role: "operator",
      path: "/recordings",
      trigger: async (operatorPage) => {
        await operatorPage.getByRole("checkbox", { name: "Select all on this page" }).check();
        await operatorPage.getByRole("button", { name: /Delete 4 selected/ }).click();
        await operatorPage.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
      },
    });
    expect(await replayServerAction(captured, "viewer")).toContain("FORBIDDEN");
    await page.goto("/recordings");
    await expect(rows).toHaveCount(4);
  });
});
