import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "./config";
import { captureServerAction, replayServerAction } from "./support/replay-action";
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

  test("an admin resets a user's password, shown once; the user then changes it with the current one", async ({
    page,
    browser,
  }) => {
    const user = { email: `reset-${Date.now()}@e2e.test`, password: "first-password" };
    await page.goto("/users");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Name").fill("Reset");
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByRole("combobox", { name: `Role of ${user.email}` })).toHaveValue("viewer");
    const resetFromPage = async (usersPage: Page) => {
      // The add-user form is disabled until React has hydrated: only then does a click open the dialog.
      await expect(usersPage.getByLabel("Email")).toBeEnabled();
      await usersPage.getByRole("row", { name: user.email }).getByRole("button", { name: "Reset password" }).click();
      await usersPage
        .getByRole("dialog", { name: `Reset the credentials of ${user.email}?` })
        .getByRole("button", { name: "Reset password" })
        .click();
    };
    // The action is a public endpoint: sent with an operator's or a viewer's session, it is refused.
    const captured = await captureServerAction(browser, { role: "admin", path: "/users", trigger: resetFromPage });
    expect(await replayServerAction(captured, "operator")).toContain("FORBIDDEN");
    expect(await replayServerAction(captured, "viewer")).toContain("FORBIDDEN");

    await resetFromPage(page);
    const shown = page
      .getByRole("alert")
      .filter({ hasText: `New password for ${user.email}` })
      .getByTestId("generated-password");
    const generated = (await shown.textContent()) ?? "";
    expect(generated).toMatch(/^[A-Za-z0-9_-]{16}$/);
    await page.getByRole("button", { name: "Done" }).click();
    await expect(shown).toHaveCount(0);
    await page.reload();
    await expect(page.locator("body")).not.toContainText(generated);

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const userPage = await context.newPage();
    await userPage.goto("/login");
    await userPage.getByLabel("Email").fill(user.email);
    await userPage.getByLabel("Password").fill(user.password);
    await userPage.getByRole("button", { name: "Sign in" }).click();
    await expect(userPage.locator("form").getByRole("alert")).toContainText("Wrong email or password");
    await signIn(userPage, { email: user.email, password: generated });

    await userPage.getByRole("link", { name: "Your account" }).click();
    await userPage.getByLabel("Current password").fill("not-the-current-one");
    await userPage.getByLabel("New password", { exact: true }).fill("second-password");
    await userPage.getByLabel("New password again").fill("second-password");
    await userPage.getByRole("button", { name: "Change password" }).click();
    await expect(userPage.locator("#password-currentPassword-error")).toHaveText("That is not your current password.");
    await userPage.getByLabel("Current password").fill(generated);
    await userPage.getByRole("button", { name: "Change password" }).click();
    await expect(userPage.getByText("Your password is changed.")).toBeVisible();
    await context.close();

    const later = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    await signIn(await later.newPage(), { email: user.email, password: "second-password" });
    await later.close();
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
