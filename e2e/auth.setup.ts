import { expect, test as setup } from "@playwright/test";
import { configureLocalTrtcCallbacks } from "../scripts/trtc-callbacks";
import { E2E, consoleUrl, localCloudUrl, storageStatePath } from "./config";
import { CLOUD_APP, LEGACY_APP } from "./support/local-account";
import { signIn } from "./support/sign-in";

setup("the local cloud sends TRTC's callbacks to the console, signed with the console's key", async () => {
  // As the launcher does for `npm run dev`: the console was started with TRTC_CALLBACK_KEY.
  const result = await configureLocalTrtcCallbacks({
    localCloudUrl,
    controlSecret: E2E.localCloudControlSecret,
    consoleUrl,
    key: E2E.trtcCallbackKey,
    sdkAppIds: [LEGACY_APP, CLOUD_APP],
  });
  expect(result).toEqual({ configured: [LEGACY_APP, CLOUD_APP], skipped: [] });
});

setup("the first admin signs in and adds an operator and a viewer", async ({ page, browser }) => {
  await signIn(page, E2E.admin);
  await page.context().storageState({ path: storageStatePath("admin") });

  await page.goto("/users");
  for (const [role, credentials] of [
    ["operator", E2E.operator],
    ["viewer", E2E.viewer],
  ] as const) {
    await page.getByLabel("Email").fill(credentials.email);
    await page.getByLabel("Name").fill(`E2E ${role}`);
    await page.locator("#new-user-password").fill(credentials.password);
    await page.getByLabel("Role", { exact: true }).selectOption(role);
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByRole("combobox", { name: `Role of ${credentials.email}` })).toHaveValue(role);
  }

  for (const role of ["operator", "viewer"] as const) {
    const context = await browser.newContext();
    const rolePage = await context.newPage();
    await signIn(rolePage, E2E[role]);
    await expect(rolePage.getByTestId("current-role")).toHaveText(role);
    await context.storageState({ path: storageStatePath(role) });
    await context.close();
  }
});
