import { expect, test } from "@playwright/test";
import { storageStatePath } from "./config";
import { signIn } from "./support/sign-in";

test.describe("as an admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("a disabled user can no longer sign in, and an enabled one can again", async ({ page, browser }) => {
    const user = { email: `temp-${Date.now()}@e2e.test`, password: "temporary-password" };
    await page.goto("/users");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Name").fill("Temporary");
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByRole("combobox", { name: `Role of ${user.email}` })).toHaveValue("viewer");

    await page.getByRole("button", { name: `Disable ${user.email}` }).click();
    await expect(page.getByRole("button", { name: `Enable ${user.email}` })).toBeVisible();

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const otherPage = await context.newPage();
    await otherPage.goto("/login");
    await otherPage.getByLabel("Email").fill(user.email);
    await otherPage.getByLabel("Password").fill(user.password);
    await otherPage.getByRole("button", { name: "Sign in" }).click();
    await expect(otherPage.locator("form").getByRole("alert")).toContainText(
      "Wrong email or password, or the account is disabled",
    );

    await page.getByRole("button", { name: `Enable ${user.email}` }).click();
    await expect(page.getByRole("button", { name: `Disable ${user.email}` })).toBeVisible();
    await signIn(otherPage, user);
    await context.close();
  });

  test("an invalid new user gets field errors", async ({ page }) => {
    await page.goto("/users");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.locator("#new-user-email-error")).toBeVisible();
    await expect(page.locator("#new-user-password-error")).toBeVisible();
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("has no Users page", async ({ page }) => {
    await page.goto("/rooms");
    await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
    await page.goto("/users");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  });
});
