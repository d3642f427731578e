import { expect, test as setup } from "@playwright/test";
import { E2E, storageStatePath } from "./config";
import { signIn } from "./support/sign-in";

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
    await page.getByLabel("Password").fill(credentials.password);
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
