import { expect, test, type APIRequestContext } from "@playwright/test";
import { SIGN_IN_LIMITS } from "../lib/auth/sign-in-limits";
import { E2E } from "./config";

/** One failed sign-in through next-auth's credentials endpoint, the one the login form posts to. */
async function failSignIn(request: APIRequestContext, email: string): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: "not-the-password", json: "true" },
    maxRedirects: 0,
  });
  const { url } = (await response.json()) as { url: string };
  expect(new URL(url).searchParams.get("error")).toBe("CredentialsSignin");
}

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

test("too many failed sign-ins on one account are refused, with how long to wait", async ({ page }) => {
  // An account of its own (unknown e-mails are counted too), so no other spec's user is locked out.
  const email = `guessed-${Date.now()}@e2e.test`;
  const { maxFailures, blockSeconds } = SIGN_IN_LIMITS.account;
  for (let failure = 1; failure < maxFailures; failure += 1) await failSignIn(page.request, email);

  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    `Too many failed sign-ins: try again in ${blockSeconds / 60} minutes.`,
  );
});
