import { consoleUrl, storageStatePath } from "./config";
import { expect, test, type LocalCloudFixture } from "./fixtures";
import { LEGACY_APP } from "./support/local-account";
import { expectPlaysPastTwoSeconds } from "./support/playback";
import { saveSettingsOnPage } from "./support/recording-settings";

const ROOM = "6101";
const SPLIT_ROOM = "6102";

/** A participant publishing one of the local cloud's named sample clips from `seekSecond` to its end. */
async function publishNamedSample(
  localCloud: LocalCloudFixture,
  sampleName: string,
  options: { userId: string; seekSecond: number; roomId?: string },
): Promise<void> {
  const sample = localCloud.samples.find((candidate) => candidate.name === sampleName);
  if (!sample) throw new Error(`the local cloud offers no sample ${sampleName}`);
  await localCloud.trtc.StartStreamIngest({
    SdkAppId: LEGACY_APP,
    RoomId: options.roomId ?? ROOM,
    RoomIdType: 1,
    UserId: options.userId,
    UserSig: "unused-by-the-local-cloud",
    StreamUrl: sample.url,
    RepeatNum: 1,
    SeekSecond: options.seekSecond,
  });
}

test.describe("recording health", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("each recording is checked: a badge in the library, a has-problems filter, a problem seeks the player, thresholds and Check again", async ({
    page,
    localCloud,
  }) => {
    test.setTimeout(180_000);
    await saveSettingsOnPage(page, {
      formats: ["MP4"],
      retentionDays: 7,
      callbackUrl: `${consoleUrl}/api/callbacks/recording`,
      callbackKey: "e2eHealthKey1",
    });
    // The check clips last 16 s; the black one is black from 2 s to 9 s: all of it is published.
    await publishNamedSample(localCloud, "fault-black", { userId: "dark", seekSecond: 0 });
    await publishNamedSample(localCloud, "clean-180p", { userId: "bright", seekSecond: 4 });

    await page.goto(`/recordings?roomId=${ROOM}`);
    const rows = page.getByTestId("recording-row");
    const dark = rows.filter({ hasText: "_dark_" });
    const bright = rows.filter({ hasText: "_bright_" });
    // The library polls: each badge appears once the callback registered the file and it was checked.
    await expect(bright.getByTestId("health-badge")).toHaveText("OK", { timeout: 120_000 });
    await expect(dark.getByTestId("health-badge")).toHaveText("Black picture", { timeout: 60_000 });

    await page.getByLabel("Has problems (quality check)").check();
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/health=problems/);
    await expect(rows).toHaveCount(1);
    await expect(dark).toHaveCount(1);

    // On its page the problem's time is a link that plays the recording from there.
    await dark.getByRole("link").first().click();
    await expect(page.getByTestId("quality-status")).toHaveText("1 problem found");
    const seek = page.getByTestId("quality-problem-seek");
    const target = Number(((await seek.getAttribute("href")) ?? "").replace("#t=", ""));
    expect(target).toBeGreaterThan(1);
    expect(target).toBeLessThan(4);
    await seek.click();
    await expect(page).toHaveURL(/#t=/);
    await expect
      .poll(() => page.locator("video").evaluate((video: HTMLVideoElement) => video.currentTime))
      .toBeGreaterThanOrEqual(target - 0.1);
    expect(await page.locator("video").evaluate((video: HTMLVideoElement) => video.currentTime)).toBeLessThan(
      target + 3,
    );
    const recordingUrl = page.url().replace(/#.*$/, "");

    // A longer black threshold, then Check again: the same file is now OK.
    await page.goto("/health");
    await page.getByLabel("Black picture length (s)").fill("8");
    await page.getByTestId("quality-thresholds-save").click();
    await expect(page.getByTestId("quality-thresholds-form")).toContainText("thresholds saved");
    await page.goto(recordingUrl);
    await page.getByTestId("check-again").click();
    await expect(page.getByTestId("check-again-result")).toContainText("Queued");
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("quality-status")).toHaveText("OK: no problem found");
    }).toPass({ timeout: 60_000 });

    await page.goto("/health");
    await page.getByTestId("quality-thresholds-reset").click();
    await expect(page.getByLabel("Black picture length (s)")).toHaveValue("5");
  });

  test("a recording split in two is grouped in the library and on its page, and joined into one file by VOD", async ({
    page,
    localCloud,
  }) => {
    test.setTimeout(180_000);
    await saveSettingsOnPage(page, {
      formats: ["MP4"],
      retentionDays: 7,
      callbackUrl: `${consoleUrl}/api/callbacks/recording`,
      callbackKey: "e2eHealthKey1",
    });
    await page.goto(`/recordings?roomId=${SPLIT_ROOM}`);
    const rows = page.getByTestId("recording-row");
    // The same user publishes twice: without a resume timeout, the second publish is a new file.
    await publishNamedSample(localCloud, "clean-180p", { userId: "split", seekSecond: 10, roomId: SPLIT_ROOM });
    await expect(rows).toHaveCount(1, { timeout: 60_000 });
    await publishNamedSample(localCloud, "clean-180p", { userId: "split", seekSecond: 10, roomId: SPLIT_ROOM });
    await expect(rows).toHaveCount(2, { timeout: 60_000 });
    await expect(page.getByTestId("session-place")).toHaveCount(2);
    await expect(rows.nth(0).getByTestId("session-place")).toContainText("piece 2 of 2");
    await expect(rows.nth(1).getByTestId("session-place")).toContainText("piece 1 of 2");

    await rows.nth(1).getByRole("link").first().click();
    const card = page.getByTestId("session-pieces");
    await expect(card).toContainText("Split recording: 2 pieces");
    await expect(card.getByTestId("session-piece")).toHaveCount(2);
    await expect(card.getByTestId("session-piece").first()).toContainText("(this file)");
    await page.getByRole("button", { name: "Join the 2 pieces into one file" }).click();
    await expect(page.getByTestId("join-session-result")).toContainText("Join started");
    await expect(async () => {
      await page.reload();
      await expect(card.getByTestId("session-join")).toHaveAttribute("data-status", "finished");
    }).toPass({ timeout: 60_000 });
    await expect(page.getByRole("button", { name: "Join the 2 pieces into one file" })).toHaveCount(0);

    // The joined file has its own page: its pieces, and it plays.
    await card.getByTestId("session-joined-file").click();
    await expect(page.getByTestId("session-pieces")).toContainText("Joined file");
    await expect(page.getByTestId("joined-from-piece")).toHaveCount(2);
    await expectPlaysPastTwoSeconds(page, "joined mp4");
    await page.goto(`/recordings?roomId=${SPLIT_ROOM}`);
    await expect(rows.getByRole("link", { name: "joined file" })).toHaveCount(2);
  });
});
