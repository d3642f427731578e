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

  test("sees the price book with sources but cannot edit it", async ({ page }) => {
    await page.goto("/costs/prices");
    await expect(page.getByTestId("price-storagePerGbDay-CNY")).toContainText("UNCONFIRMED");
    await expect(page.getByText("Edit", { exact: true })).toHaveCount(0);
  });
});

test.describe("the price book, as an admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("changes a price with its source, refuses a bad one, and resets it", async ({ page }) => {
    await page.goto("/costs/prices");
    const row = page.getByTestId("price-mixTranscoding720p-CNY");
    await row.getByText("Edit", { exact: true }).click();
    await row.getByLabel("Price").fill("-1");
    await row.getByLabel("Source").fill("Contract 2026-17");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row.locator("#mixTranscoding720p-CNY-amount-error")).toContainText("0 or more");

    await row.getByLabel("Price").fill("0.03");
    await row.getByRole("button", { name: "Save" }).click();
    await expect(row).toContainText("edited by admin@e2e.test");
    await expect(row).toContainText("0.03 CNY");

    await page.goto("/costs");
    await page.getByLabel("Output").selectOption("mixTranscoding720p");
    await expect(page.getByTestId("result-mix-transcoding")).toContainText("0.03 CNY/min × 60 min = 1.8 CNY");

    await page.goto("/costs/prices");
    await row.getByText("Edit", { exact: true }).click();
    await row.getByRole("button", { name: "Reset" }).click();
    await expect(row).toContainText("0.0325 CNY");
  });
});
