import { storageStatePath } from "./config";
import { expect, test } from "./fixtures";
import { LEGACY_APP, PUSH_DOMAIN, selectApplication } from "./support/local-account";
import { saveSettingsOnPage, settingsFormReady } from "./support/recording-settings";
import { joinColourParticipants } from "./support/room-participants";

test.describe("applications, as an admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("adding an app finds the push domain and asks its generation; every page follows the switcher", async ({
    page,
  }) => {
    await page.goto("/applications");
    // The account has one push domain (DescribeLiveDomains): it is chosen already, and it is the bizid's.
    await expect(page.getByLabel("Push domain", { exact: true })).toHaveValue(PUSH_DOMAIN);
    await expect(page.getByText("Found with DescribeLiveDomains")).toBeVisible();

    await page.getByLabel("SdkAppId").fill("not-a-number");
    await page.getByLabel("Name").fill("Broken");
    await page.getByRole("button", { name: "Register application" }).click();
    await expect(page.locator("#new-app-sdkAppId-error")).toContainText("1400000123");
    await expect(page.locator("#new-app-generation-error")).toContainText("created on or after 1 August 2022");

    const sdkAppId = String(1_400_100_000 + (Date.now() % 100_000));
    await page.getByLabel("SdkAppId").fill(sdkAppId);
    await page.getByLabel("Name").fill("Second app");
    await page.getByRole("radio", { name: /^Cloud recording/ }).check();
    await page.getByLabel("SDK secret key (optional)").fill("secretKeyOfTheSecondApp0123");
    await page.getByRole("button", { name: "Register application" }).click();
    const row = page.getByRole("row").filter({ hasText: sdkAppId });
    await expect(row).toContainText(`${PUSH_DOMAIN}/trtc_${sdkAppId}`);
    await expect(row).toContainText("Cloud recording");
    await expect(row).toContainText("own SDK key");
    // The key itself never comes back to the browser.
    await expect(page.locator("body")).not.toContainText("secretKeyOfTheSecondApp0123");

    // An admin edits what the console cannot read from the cloud: here, the generation.
    await row.getByRole("link", { name: "Edit Second app" }).click();
    const edit = page.getByRole("form", { name: "Edit the application" });
    await expect(edit.getByLabel("Push domain", { exact: true })).toHaveValue(PUSH_DOMAIN);
    await edit.getByRole("radio", { name: /^Legacy recording/ }).check();
    await edit.getByRole("button", { name: "Save application" }).click();
    await expect(page.getByRole("row").filter({ hasText: sdkAppId })).toContainText("Legacy recording");

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

  test("a wrong generation or push domain is caught the first time it is used, naming the value to change", async ({
    page,
    localCloud,
  }) => {
    test.setTimeout(120_000);
    const editLegacyApp = async (change: { generation?: RegExp; pushDomain?: string }) => {
      await page.goto(`/applications?edit=${LEGACY_APP}`);
      const edit = page.getByRole("form", { name: "Edit the application" });
      if (change.generation) await edit.getByRole("radio", { name: change.generation }).check();
      if (change.pushDomain !== undefined) {
        await edit.getByLabel("Push domain", { exact: true }).selectOption({ label: "Another domain…" });
        await edit.getByLabel("Other push domain").fill(change.pushDomain);
      }
      await edit.getByRole("button", { name: "Save application" }).click();
      await expect(page).toHaveURL(/\/applications$/);
    };
    await selectApplication(page, LEGACY_APP);
    try {
      // Marked cloud recording, the legacy app offers tasks; the cloud refuses the first one.
      await editLegacyApp({ generation: /^Cloud recording/ });
      await joinColourParticipants(localCloud, "9101", ["yellow"]);
      await page.goto("/rooms/9101");
      const form = page.getByRole("form", { name: "Start a cloud-recording task" });
      await form.getByRole("button", { name: "Start recording task" }).click();
      await expect(
        page.getByText(/probably uses legacy recording\. Change its recording generation under Applications/).first(),
      ).toBeVisible();
      await editLegacyApp({ generation: /^Legacy recording/ });

      // A push domain the account does not have: CSS refuses the rules, and the settings say which value.
      await editLegacyApp({ pushDomain: "99999.livepush.myqcloud.com" });
      await page.goto("/settings");
      await settingsFormReady(page);
      await page.getByLabel("Record this application's rooms").check();
      await page.getByLabel(/^MP4:/).check();
      await page.getByRole("button", { name: "Save and apply" }).click();
      await expect(
        page.getByText(/CSS has no push domain 99999\.livepush\.myqcloud\.com.*check this application's push domain/),
      ).toBeVisible();
    } finally {
      await editLegacyApp({ generation: /^Legacy recording/, pushDomain: PUSH_DOMAIN });
    }
    await saveSettingsOnPage(page, { formats: ["MP4"] });
  });
});

test.describe("applications, as an operator", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("cannot open the applications page", async ({ page }) => {
    await page.goto("/applications");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  });
});
