import { expect, test } from "@playwright/test";
import { storageStatePath } from "./config";

test.describe("applications, as an admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("registers a second application, refuses a bad one, and every page follows the switcher", async ({ page }) => {
    await page.goto("/applications");
    await page.getByLabel("SdkAppId").fill("not-a-number");
    await page.getByLabel("Name").fill("Broken");
    await page.getByRole("button", { name: "Register application" }).click();
    await expect(page.locator("#new-app-sdkAppId-error")).toContainText("1400000123");

    const sdkAppId = String(1_400_100_000 + (Date.now() % 100_000));
    await page.getByLabel("SdkAppId").fill(sdkAppId);
    await page.getByLabel("Name").fill("Second app");
    await page.getByLabel("SDK secret key (optional)").fill("secretKeyOfTheSecondApp0123");
    await page.getByRole("button", { name: "Register application" }).click();
    const row = page.getByRole("row").filter({ hasText: sdkAppId });
    await expect(row).toContainText(`${sdkAppId}.livepush.myqcloud.com/trtc_${sdkAppId}`);
    await expect(row).toContainText("own SDK key");
    // The key itself never comes back to the browser.
    await expect(page.locator("body")).not.toContainText("secretKeyOfTheSecondApp0123");

    // Switch where the page shows the app, so the wait is for the switch itself to land (the
    // action sets a cookie, then the page refreshes); a reload then proves it persisted.
    await page.goto("/");
    const switcher = page.getByLabel("Application", { exact: true });
    await switcher.selectOption(sdkAppId);
    await expect(page.getByRole("definition").filter({ hasText: sdkAppId })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("definition").filter({ hasText: sdkAppId })).toBeVisible();
    await switcher.selectOption("1400000123");
    await expect(page.getByRole("definition").filter({ hasText: "1400000123" })).toBeVisible();
  });
});

test.describe("applications, as an operator", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("cannot open the applications page", async ({ page }) => {
    await page.goto("/applications");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  });
});
