import type { Locator } from "@playwright/test";
import { storageStatePath } from "./config";
import { expect, test } from "./fixtures";
import { saveSettingsOnPage } from "./support/recording-settings";
import { publishSampleClip } from "./support/sample-participant";

/** "0.00714 CNY" → 0.00714; "1,250.5 USD" → 1250.5. */
const amountIn = async (locator: Locator) => Number((await locator.innerText()).replace(/[^\d.]/g, ""));

/** Tencent's billing day (UTC+8), which is the usage page's "today" whatever the machine's zone. */
const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

test.describe("actual cost, from a recording made in the test", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("the recording's cost shows in its library row, on its page and in today's usage", async ({
    page,
    localCloud,
  }) => {
    test.setTimeout(180_000);
    await saveSettingsOnPage(page, { formats: ["MP4"], retentionDays: 30 });
    await page.goto("/recordings");
    await expect(page.getByText("No recordings")).toBeVisible();
    await publishSampleClip(localCloud, { roomId: "5201", userId: "costly", seconds: 6 });
    const rows = page.getByTestId("recording-row");
    await expect(rows).toHaveCount(1, { timeout: 90_000 });

    // The library row: recording + storage over its 30 days, in CNY.
    const rowCost = rows.first().getByTestId("recording-cost");
    await expect(rowCost).toContainText(/\d CNY/);
    const libraryTotal = await amountIn(rowCost);
    expect(libraryTotal).toBeGreaterThan(0);

    // Its page: a legacy CSS recording at the old output-duration price, storage over its retention.
    await rows.first().getByRole("link").click();
    const own = page.getByTestId("recording-cost");
    await expect(own.getByTestId("recording-cost-recording")).toContainText(
      /^Old recording \(output duration\), .+: \d+ min ÷ 1,000 × [\d.]+ CNY = [\d.]+ CNY$/,
    );
    await expect(own.getByTestId("recording-cost-storage")).toContainText(/GB × 0\.0048 CNY\/GB\/day × 30 days = /);
    expect(await amountIn(own.getByTestId("recording-cost-total"))).toBe(libraryTotal);

    // Today's usage: the recording is counted (DescribeRecordStatistic) and stored (DescribeStorageDetails).
    const today = beijingToday();
    await page.goto("/costs/usage");
    const day = page.getByTestId(`usage-day-${today}`);
    await expect(async () => {
      await page.reload();
      expect(await amountIn(day.locator('[data-category="recording"]'))).toBeGreaterThan(0);
      expect(await amountIn(day.locator('[data-category="storage"]'))).toBeGreaterThan(0);
    }).toPass({ timeout: 30_000 });
    const bar = page.getByTestId(`usage-bar-${today}`);
    for (const category of ["recording", "storage"]) {
      const segment = bar.locator(`rect[data-category="${category}"]`);
      await expect(segment).toHaveCount(1);
      expect(Number(await segment.getAttribute("data-value"))).toBeGreaterThan(0);
    }
    await expect(page.getByTestId("usage-line-legacyRecording")).toContainText("DescribeRecordStatistic");
    await expect(page.getByTestId("usage-line-legacyRecording")).toContainText(/\d+ min ÷ 1,000 × [\d.]+ CNY = /);
    expect(await amountIn(page.getByTestId("month-so-far"))).toBeGreaterThan(0);
    await expect(page.getByTestId("month-formula")).toContainText("projected = C + (C ÷ n) × (D − n)");

    // Currency and range live in the URL; a range the usage APIs refuse is explained, not sent.
    await page.getByLabel("Currency", { exact: true }).selectOption("USD");
    await expect(page).toHaveURL(/currency=USD/);
    await expect(day.locator('[data-category="recording"]')).toContainText("USD");
    await page.getByLabel("From", { exact: true }).fill("2020-01-01");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.locator("#usage-from-error")).toContainText("VOD keeps usage statistics for 365 days");
    await expect(page).not.toHaveURL(/from=2020-01-01/);
  });

  // The fixture resets the local cloud, which saving the settings writes to.
  test("the settings page shows what a change of retention or formats costs before saving", async ({
    page,
    localCloud: _emptyCloud,
  }) => {
    await saveSettingsOnPage(page, { formats: ["MP4"], retentionDays: 7 });
    // A fresh page: saving refreshes the form from the cloud, which would undo typing done meanwhile.
    await page.goto("/settings");
    const estimate = page.getByTestId("settings-cost");
    // Shown once the prices have loaded in the browser, so the form is live from here on.
    await expect(estimate).toContainText("At the current settings");

    await page.getByLabel("Retention (days)").fill("30");
    const change = page.getByTestId("settings-cost-change");
    await expect(change).toContainText(/: \+[\d.,]+ CNY\/month$/);
    await expect(estimate).toContainText("× 30 days");
    await page.getByLabel(/^HLS:/).check();
    await expect(estimate).toContainText("HLS + MP4");

    // The assumptions are the admin's: no streams recorded, nothing to pay either way.
    await page.getByLabel("Streams recorded").fill("2.5");
    await expect(page.locator("#cost-streams-error")).toHaveText("Streams must be a whole number from 0 to 100,000.");
    await page.getByLabel("Streams recorded").fill("0");
    await expect(change).toContainText("no change");
  });
});
