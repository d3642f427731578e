import { expect, test } from "@playwright/test";
import { storageStatePath } from "./config";

test.describe("the cost calculator, as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("reproduces the TRTC recording guide's worked examples", async ({ page }) => {
    await page.goto("/costs");
    await expect(page.getByTestId("result-legacy-recording")).toContainText("15,000 CNY per month");
    await expect(page.getByTestId("result-legacy-recording")).toContainText("500 streams × 30 CNY × 1 format");

    const storage = page.getByTestId("result-storage");
    await expect(storage).toContainText("= 0.45 GB");
    await expect(storage).toContainText("0.45 GB × 0.0048 CNY = 0.00216 CNY/day");

    await page.getByLabel("Own price per GB (CNY, optional)").fill("0.23");
    await expect(page.getByTestId("result-playback")).toContainText("1,000 viewers × 1 GB × 0.23 CNY/GB = 230 CNY");

    await expect(page.getByTestId("result-mix-transcoding")).toContainText("0.0325 CNY/min × 60 min = 1.95 CNY");

    await page.getByLabel("Peak concurrent streams").fill("-3");
    await expect(page.getByTestId("result-legacy-recording")).toContainText("Enter numbers of 0 or more");
  });

  test("shows each of the guide's five examples with the guide's figures, beside today's price book", async ({
    page,
  }) => {
    await page.goto("/costs");
    const examples = page.getByTestId("guide-examples");
    await expect(examples.locator("article")).toHaveCount(5);
    // The guide's playback example at its own 0.23 CNY/GB, and today's daily-volume tier for 1 TB.
    await expect(page.getByTestId("guide-example-playback-guide")).toContainText("230 CNY");
    await expect(page.getByTestId("guide-example-playback-today")).toContainText("250 CNY");
    await expect(page.getByTestId("guide-example-playback-difference")).toContainText("daily-volume tier");
    await expect(page.getByTestId("guide-example-legacyRecording-guide")).toContainText("15,000 CNY per month");
    await expect(page.getByTestId("guide-example-storage-guide")).toContainText("0.00216 CNY per day");
    await expect(page.getByTestId("guide-example-mixTranscoding-guide")).toContainText("1.95 CNY");
  });

  test("reaches the actual cost from the calculator, and learns which ranges the usage APIs allow", async ({
    page,
  }) => {
    await page.goto("/costs");
    await page.getByRole("link", { name: /Actual and projected cost/ }).click();
    await expect(page).toHaveURL(/\/costs\/usage$/);
    await expect(page.getByTestId("month-formula")).toContainText("projected = C + (C ÷ n) × (D − n)");
    await expect(page.getByRole("table", { name: "Cost per day" })).toBeVisible();

    // 61 days ending today: over TRTC's 31-day limit, refused by the page and by the route alike.
    const day = (offset: number) =>
      new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
    const query = `from=${day(-60)}&to=${day(0)}`;
    await page.goto(`/costs/usage?${query}`);
    await expect(page.locator("#usage-to-error")).toContainText("A range may cover at most 31 days");
    const response = await page.request.get(`/api/costs/usage?${query}`);
    expect(response.status()).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({ code: "VALIDATION", message: expect.stringContaining("at most 31 days") });
  });

  test("sees the price book with sources but cannot edit it", async ({ page }) => {
    await page.goto("/costs/prices");
    await expect(page.getByTestId("price-storagePerGbDay-CNY")).toContainText("UNCONFIRMED");
    await expect(page.getByText("Edit", { exact: true })).toHaveCount(0);
    await expect(page.getByText("Set a price", { exact: true })).toHaveCount(0);
  });

  test("finds prices grouped by what they bill, each with its source's date", async ({ page }) => {
    await page.goto("/costs/prices");
    const mcu = page.getByTestId("price-group-mcu-mix");
    await expect(mcu).toContainText("StartMCUMixTranscode");
    await expect(mcu.getByTestId("price-mcuMixFhdH264-CNY")).toContainText("63 CNY");
    const unconfirmed = mcu.getByTestId("price-mcuMix4kH264-CNY");
    await expect(unconfirmed).toContainText("no CNY list price");
    await expect(unconfirmed).toContainText("UNCONFIRMED");

    const css = page.getByTestId("price-group-css-transcoding");
    await expect(css.getByTestId("price-cssTranscoding720pH264-CNY")).toContainText("0.0325 CNY");
    await expect(css.getByTestId("price-cssTranscoding720pH264-CNY")).toContainText("2022-06-13");
    await expect(css.getByTestId("price-cssTranscoding720pH265-USD")).toContainText("0.0275 USD");

    const old = page.getByTestId("price-group-recording-old");
    await expect(old.getByTestId("price-oldRecordingFhd-CNY")).toContainText("52.5 CNY");
    await expect(old.getByTestId("price-oldRecordingFhd-USD")).toContainText("7.499 USD");
    await expect(page.getByTestId("price-group-recording-legacy")).toContainText("15 CNY");
    await expect(page.getByTestId("price-storageOutsideMainlandPerGbDay-USD")).toContainText("0.0009 USD");
  });
});

test.describe("the price book, as an admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("changes a price with its source, refuses a bad one, and resets it", async ({ page }) => {
    await page.goto("/costs/prices");
    // MCU prices are kept per 1,000 min, as Tencent lists them; the calculator works per minute.
    const row = page.getByTestId("price-mcuMixHdH264-CNY");
    await row.getByText("Edit", { exact: true }).click();
    await row.getByLabel("Price").fill("-1");
    await row.getByLabel("Source").fill("Contract 2026-17");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row.locator("#mcuMixHdH264-CNY-amount-error")).toContainText("0 or more");

    await row.getByLabel("Price").fill("30");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row).toContainText("edited by admin@e2e.test");
    await expect(row).toContainText("30 CNY");

    await page.goto("/costs");
    await page.getByLabel("Output").selectOption("mcuMixHdH264");
    await expect(page.getByTestId("result-mix-transcoding")).toContainText("0.03 CNY/min × 60 min = 1.8 CNY");

    await page.goto("/costs/prices");
    await row.getByText("Edit", { exact: true }).click();
    await row.getByRole("button", { name: "Reset" }).click();
    await expect(row).toContainText("32.5 CNY");
  });
});
