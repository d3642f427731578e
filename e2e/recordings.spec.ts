import { execFile } from "node:child_process";
import { stat } from "node:fs/promises";
import { promisify } from "node:util";
import type { Locator, Page } from "@playwright/test";
import { consoleUrl, storageStatePath } from "./config";
import { expect, test, type LocalCloudFixture } from "./fixtures";
import { VOD_DEFAULT_APP } from "./support/local-account";
import { expectPlaysPastTwoSeconds } from "./support/playback";
import { saveSettingsOnPage } from "./support/recording-settings";
import { captureServerAction, replayServerAction } from "./support/replay-action";
import { publishSampleClip } from "./support/sample-participant";

const APP = 1400000123;
const STREAM_ID = `${APP}_5001_recorded_main`;
const FORMATS = ["m3u8", "mp4", "flv", "aac"] as const;
const DAY_MS = 86_400_000;

const run = promisify(execFile);

/** Seconds of media ffprobe finds in a file: a downloaded recording must be one that plays. */
async function probedSeconds(file: string): Promise<number> {
  const { stdout } = await run(process.env.FFPROBE_PATH ?? "ffprobe", [
    "-v",
    "error",
    "-show_entries",
    "format=duration",
    "-of",
    "csv=p=0",
    file,
  ]);
  return Number(stdout.trim());
}

async function mediaOf(localCloud: LocalCloudFixture, fileId: string) {
  const { MediaInfoSet = [] } = await localCloud.vod.DescribeMediaInfos({
    FileIds: [fileId],
    SubAppId: VOD_DEFAULT_APP,
  });
  return MediaInfoSet[0];
}

async function search(page: Page, fields: Record<string, string>) {
  await page.getByRole("button", { name: "Clear" }).click();
  // Clearing navigates, and the form starts over from the URL: type only once that happened.
  await expect(page).toHaveURL(/\/recordings$/);
  for (const [label, value] of Object.entries(fields)) {
    const field = page.getByLabel(label, { exact: true });
    if ((await field.evaluate((element) => element.tagName)) === "SELECT") await field.selectOption(value);
    else await field.fill(value);
  }
  await page.getByRole("button", { name: "Search" }).click();
}

/** `{ key: value }` of async lookups, one per key. */
async function lookUp<K extends string>(keys: readonly K[], find: (key: K) => Promise<string>) {
  const values = await Promise.all(keys.map(find));
  return Object.fromEntries(keys.map((key, index) => [key, values[index] ?? ""])) as Record<K, string>;
}

const fileIdOf = async (row: Locator) =>
  ((await row.getByRole("link").getAttribute("href")) ?? "").match(/\/recordings\/(\d+)/)?.[1] ?? "";

test.describe("the recordings library", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("a sample-clip participant recorded in every format: listed live, played, searched, kept, downloaded, deleted", async ({
    page,
    browser,
    context,
    localCloud,
  }, testInfo) => {
    test.setTimeout(240_000);
    const { SubAppId: emptySubApp } = await localCloud.vod.CreateSubAppId({ Name: "e2e-empty" });
    await saveSettingsOnPage(page, {
      formats: ["HLS", "MP4", "FLV", "AAC"],
      retentionDays: 30,
      callbackUrl: `${consoleUrl}/api/callbacks/recording`,
      callbackKey: "e2eLibraryKey1",
    });

    // The library stays open while the participant is recorded: the recordings appear by themselves.
    await page.goto("/recordings");
    await expect(page.getByText("No recordings")).toBeVisible();
    await publishSampleClip(localCloud, { roomId: "5001", userId: "recorded", seconds: 7 });
    const rows = page.getByTestId("recording-row");
    await expect(rows).toHaveCount(4, { timeout: 90_000 });
    const row = (format: string) => rows.filter({ has: page.getByText(format, { exact: true }) });
    for (const format of FORMATS) await expect(row(format)).toHaveCount(1);
    for (const part of ["auto recording", `app ${APP}`, "room 5001", "user recorded", "main"]) {
      await expect(row("mp4").getByTestId("name-parts")).toContainText(part);
    }
    await expect(rows.filter({ hasText: "expires in 30 days" })).toHaveCount(4);
    const cover = row("mp4").getByRole("img", { name: /^Cover of / });
    await expect.poll(() => cover.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    await expect(row("aac").getByRole("img")).toHaveCount(0);
    await expect(row("aac")).toContainText("audio");

    // Each field narrows the search (SearchMedia ANDs them), and the search lives in the URL.
    const found = async (fields: Record<string, string>, count: number, inUrl: RegExp) => {
      await search(page, fields);
      await expect(page).toHaveURL(inUrl);
      if (count === 0) await expect(page.getByText("Nothing matches this search.")).toBeVisible();
      else await expect(rows).toHaveCount(count);
    };
    await found({ "Name prefix": `${APP}_5001_recorded_` }, 4, /prefix=/);
    await found({ "Name prefix": "nobody_" }, 0, /prefix=nobody_/);
    await found({ Room: "5001" }, 4, /roomId=5001/);
    await found({ Room: "5999" }, 0, /roomId=5999/);
    await found({ Room: "5001", "Name prefix": "nobody_" }, 0, /roomId=5001/);
    await found({ "Stream id": STREAM_ID }, 4, /streamId=/);
    await found({ "Stream id": STREAM_ID, Format: "mp4" }, 1, /format=mp4/);
    await found({ "VOD application": String(emptySubApp) }, 0, new RegExp(`subAppId=${emptySubApp}`));
    await page.reload();
    await expect(page.getByLabel("VOD application", { exact: true })).toHaveValue(String(emptySubApp));
    await found({}, 4, /\/recordings\??$/);

    const fileIds = await lookUp(FORMATS, (format) => fileIdOf(row(format)));
    for (const format of FORMATS) {
      await page.goto(`/recordings/${fileIds[format]}`);
      await expectPlaysPastTwoSeconds(page, format);
    }

    // The MP4's page: what VOD knows of it, the callbacks that named it, retention, download, copy.
    await page.goto(`/recordings/${fileIds.mp4}`);
    const details = page.getByRole("definition");
    await expect(page.getByTestId("detail-Video stream 1")).toContainText(/h264 · \d+×\d+ · [\d.]+ fps/);
    await expect(page.getByTestId("detail-Audio stream 1")).toContainText(/aac · [\d.]+ kHz/);
    await expect(page.getByTestId("detail-SourceType")).toContainText("Record");
    await expect(page.getByTestId("detail-Stream id")).toContainText(STREAM_ID);
    await expect(page.getByTestId("detail-Recorded from").locator("time")).toHaveAttribute("datetime", /Z$/);
    await expect(details.filter({ hasText: "expires in 30 days" })).toHaveCount(1);
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("file-callback")).toContainText("100 · Recording file");
    }).toPass({ timeout: 30_000 });
    await expect(page.getByTestId("file-callback").first()).toContainText("Valid");

    await page.getByLabel("Keep for (days from now, 0 = forever)").fill("3");
    await page.getByRole("button", { name: "Change retention" }).click();
    await expect(page.getByTestId("detail-Retention")).toContainText("expires in 3 days");
    const kept = new Date((await mediaOf(localCloud, fileIds.mp4))?.BasicInfo?.ExpireTime ?? "").getTime();
    expect(Math.abs(kept - (Date.now() + 3 * DAY_MS))).toBeLessThan(5 * 60_000);
    await page.getByLabel("Keep for (days from now, 0 = forever)").fill("0");
    await page.getByRole("button", { name: "Change retention" }).click();
    await expect(page.getByTestId("detail-Retention")).toContainText("kept forever");
    expect((await mediaOf(localCloud, fileIds.mp4))?.BasicInfo?.ExpireTime).toBe("9999-12-31T23:59:59Z");

    const mp4 = await mediaOf(localCloud, fileIds.mp4);
    const mp4Download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download", exact: true }).click();
    const savedMp4 = testInfo.outputPath("recording.mp4");
    await (await mp4Download).saveAs(savedMp4);
    expect((await mp4Download).suggestedFilename()).toBe(`${mp4?.BasicInfo?.Name ?? ""}.mp4`);
    expect((await stat(savedMp4)).size).toBe(mp4?.MetaData?.Size);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: consoleUrl });
    await page.getByRole("button", { name: "Copy URL" }).click();
    await expect(page.getByText("Media URL copied")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(mp4?.BasicInfo?.MediaUrl);

    // HLS is many files: the download joins them into one that plays on its own.
    await page.goto(`/recordings/${fileIds.m3u8}`);
    const hlsDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download as one file" }).click();
    const savedHls = testInfo.outputPath("recording-hls.mp4");
    await (await hlsDownload).saveAs(savedHls);
    expect((await hlsDownload).suggestedFilename()).toMatch(/_main_[\d-]+_[\d-]+\.mp4$/);
    expect(await probedSeconds(savedHls)).toBeGreaterThan(2);
    await page.getByRole("button", { name: "Copy playlist URL" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\.m3u8$/);

    await page.goto("/recordings");
    await expect(row("mp4")).toContainText("kept forever");
    await expect(rows.filter({ hasText: "expires in 30 days" })).toHaveCount(3);

    // A viewer plays and downloads but deletes nothing, and the server refuses a direct call.
    const viewer = await browser.newContext({ storageState: storageStatePath("viewer") });
    const viewerPage = await viewer.newPage();
    await viewerPage.goto("/recordings");
    await expect(viewerPage.getByTestId("recording-row")).toHaveCount(4);
    await expect(viewerPage.getByRole("checkbox", { name: /^Select / })).toHaveCount(0);
    await viewerPage.goto(`/recordings/${fileIds.mp4}`);
    await expectPlaysPastTwoSeconds(viewerPage, "mp4 (viewer)");
    await expect(viewerPage.getByRole("link", { name: "Download", exact: true })).toBeVisible();
    await expect(viewerPage.getByRole("button", { name: "Delete" })).toHaveCount(0);
    await expect(viewerPage.getByRole("button", { name: "Change retention" })).toHaveCount(0);
    await viewer.close();
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
    await page.reload();
    await expect(rows).toHaveCount(4);

    // Bulk delete: the confirmation lists exactly what goes; it goes from the list and from VOD.
    // The AAC file is deleted behind the console's back meanwhile: the delete reports it per file.
    const urls = await lookUp(
      FORMATS,
      async (format) => (await mediaOf(localCloud, fileIds[format]))?.BasicInfo?.MediaUrl ?? "",
    );
    for (const format of ["m3u8", "flv", "aac"] as const) await row(format).getByRole("checkbox").check();
    await page.getByRole("button", { name: "Delete 3 selected" }).click();
    const listed = page.getByRole("dialog").getByRole("list", { name: "Recordings to delete" }).getByRole("listitem");
    await expect(listed).toHaveCount(3);
    await expect(listed.filter({ hasText: `(m3u8, FileId ${fileIds.m3u8})` })).toHaveCount(1);
    await expect(listed.filter({ hasText: `(flv, FileId ${fileIds.flv})` })).toHaveCount(1);
    // The list polls every 5 s: its polls are held, so that it still offers the AAC file when the
    // delete is sent (once a poll is held, the one before it has answered).
    let releasePolls: () => void = () => undefined;
    const arePollsReleased = new Promise<void>((resolve) => (releasePolls = resolve));
    let notePoll: () => void = () => undefined;
    const isPollHeld = new Promise<void>((resolve) => (notePoll = resolve));
    await page.route(
      (url) => url.pathname === "/api/recordings",
      async (route) => {
        notePoll();
        await arePollsReleased;
        // A held poll the delete's refetch cancelled has no request left to continue.
        await route.continue().catch(() => undefined);
      },
    );
    await isPollHeld;
    await localCloud.vod.DeleteMedia({ FileId: fileIds.aac, SubAppId: VOD_DEFAULT_APP });
    await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
    releasePolls();
    await expect(page.getByRole("status").getByText("Deleted 2 recordings; 1 recording not deleted")).toBeVisible();
    const outcome = page.getByTestId("delete-outcome");
    await expect(outcome).toContainText("Deleted 2 recordings; 1 recording not deleted.");
    for (const format of ["m3u8", "flv"] as const) await expect(outcome).toContainText(fileIds[format]);
    await expect(outcome.getByRole("list", { name: "Not deleted" }).getByRole("listitem")).toHaveText([
      `FileId ${fileIds.aac} is not in the account's default VOD application: it was deleted, it expired, or it is in another VOD application.`,
    ]);
    await expect(rows).toHaveCount(1);
    await expect(row("mp4")).toHaveCount(1);
    for (const format of ["m3u8", "flv", "aac"] as const) expect((await fetch(urls[format])).status, format).toBe(404);
    await outcome.getByRole("button", { name: "Dismiss" }).click();
    await expect(outcome).toHaveCount(0);
    await page.unrouteAll({ behavior: "wait" });

    // Delete from the recording's own page.
    await page.goto(`/recordings/${fileIds.mp4}`);
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
    await expect(page).toHaveURL(/\/recordings$/);
    await expect(page.getByText("No recordings")).toBeVisible();
    expect((await fetch(urls.mp4)).status).toBe(404);
  });

  test("the player says when an FLV or AAC file cannot be loaded", async ({ page, localCloud }) => {
    test.setTimeout(120_000);
    await saveSettingsOnPage(page, { formats: ["FLV", "AAC"] });
    await page.goto("/recordings");
    await publishSampleClip(localCloud, { roomId: "5003", userId: "gone", seconds: 4 });
    const rows = page.getByTestId("recording-row");
    await expect(rows).toHaveCount(2, { timeout: 90_000 });
    const cases = [
      // The local cloud's 404 carries no CORS headers, so mpegts.js sees a failed fetch, not the status.
      ["flv", /^The FLV file could not be loaded \((HTTP 404|Exception: .+)\); the recording may have been deleted/],
      [
        "aac",
        "The audio could not be played: the file is missing or its format is not supported (it may have been deleted or have expired).",
      ],
    ] as const;
    const fileIds = await lookUp(["flv", "aac"] as const, (format) =>
      fileIdOf(rows.filter({ has: page.getByText(format, { exact: true }) })),
    );
    for (const [format, message] of cases) {
      const fileId = fileIds[format];
      const media = await mediaOf(localCloud, fileId);
      // Hold the player's request until the file is really gone, then let the local cloud answer it.
      let release: () => void = () => undefined;
      const isDeleted = new Promise<void>((resolve) => (release = resolve));
      await page.route(media?.BasicInfo?.MediaUrl ?? "", async (route) => {
        await isDeleted;
        await route.continue();
      });
      await page.goto(`/recordings/${fileId}`, { waitUntil: "domcontentloaded" });
      await expect(page.getByRole("heading", { name: media?.BasicInfo?.Name ?? "" })).toBeVisible();
      await localCloud.vod.DeleteMedia({ FileId: fileId, SubAppId: VOD_DEFAULT_APP });
      release();
      await expect(page.getByTestId("player-problem")).toHaveText(message);
      await page.unrouteAll();
    }
  });
});
