import type { Locator } from "@playwright/test";
import { LOCAL_CLOUD_DEFAULTS } from "@shared/local-cloud-defaults";
import { storageStatePath } from "./config";
import { expect, test } from "./fixtures";
import {
  LEGACY_APP,
  PUSH_DOMAIN,
  readLocalAccount,
  selectApplication,
  writeLocalAccount,
} from "./support/local-account";

const lineOf = (card: Locator, id: string) => card.locator(`[data-testid="readiness-line"][data-line-id="${id}"]`);

test.describe("the Overview's readiness check", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("shows the default account's lines, then a CAM denial naming the action and the policy", async ({ page }) => {
    await selectApplication(page, LEGACY_APP);
    const card = page.getByRole("region", { name: "Readiness check", exact: true });
    await expect(card.getByTestId("readiness-summary")).toContainText("nothing blocks recording");
    await expect(lineOf(card, "credentials")).toHaveAttribute("data-status", "ok");
    await expect(lineOf(card, "credentials")).toContainText("Tencent Cloud accepts the console's keys");
    await expect(lineOf(card, "push-domain")).toContainText(`Push domain ${PUSH_DOMAIN}`);
    await expect(lineOf(card, "cam.trtc")).toContainText("CAM allows all 18 TRTC actions the console sends");
    await expect(lineOf(card, "vod.sub-app-id")).toContainText("VOD requires a SubAppId on every call");
    // The e2e console listens on http://127.0.0.1: fine for the local cloud, not for Tencent.
    await expect(lineOf(card, "public-url")).toHaveAttribute("data-status", "warning");
    await expect(lineOf(card, "trtc-callback-settings")).toContainText(
      `room callback (房间回调) and media callback (媒体回调): ${new URL(page.url()).origin}/api/callbacks/trtc`,
    );

    const account = await readLocalAccount();
    try {
      await writeLocalAccount({
        ...account,
        deniedActions: { [LOCAL_CLOUD_DEFAULTS.secretId]: ["live:CreateLiveRecordRule"] },
      });
      await card.getByRole("link", { name: "Check again" }).click();
      const denied = lineOf(card, "cam.live:CreateLiveRecordRule");
      await expect(denied).toHaveAttribute("data-status", "blocking");
      await expect(denied).toContainText("CAM denies live:CreateLiveRecordRule");
      await expect(denied).toContainText("attach the preset policy QcloudLIVEFullAccess");
      await expect(denied.getByRole("link", { name: "Fix it in Tencent Cloud's console" })).toHaveAttribute(
        "href",
        "https://console.cloud.tencent.com/cam/policy",
      );
      await expect(card.getByTestId("readiness-summary")).toContainText("recording is blocked");
    } finally {
      await writeLocalAccount(account);
    }
  });
});

test.describe("for a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("the readiness check is not run", async ({ page }) => {
    await page.goto("/");
    const card = page.getByRole("region", { name: "Readiness check", exact: true });
    await expect(card).toContainText("Shown to operators and admins");
    await expect(card.getByTestId("readiness-line")).toHaveCount(0);
  });
});
