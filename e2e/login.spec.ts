import { expect, test } from "@playwright/test";
import { E2E } from "./config";

test("a wrong password is rejected and no session is created", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(E2E.admin.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Wrong email or password");
  await page.goto("/rooms");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Frooms/);
});

test("the API refuses requests without a session", async ({ request }) => {
  const response = await request.get("/api/rooms");
  expect(response.status()).toBe(401);
});
