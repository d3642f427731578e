import type { APIResponse, Page } from "@playwright/test";
import { localCloudUrl, storageStatePath } from "./config";
import { expect, test } from "./fixtures";
import { LEGACY_APP, selectApplication } from "./support/local-account";
import { expectPlaysPastTwoSeconds } from "./support/playback";
import { saveSettingsOnPage } from "./support/recording-settings";
import { publishSampleClip } from "./support/sample-participant";

/** The CSP's directives as `{ name: sources }`. */
function directivesOf(response: APIResponse): Record<string, string[]> {
  const policy = response.headers()["content-security-policy"] ?? "";
  return Object.fromEntries(
    policy
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

const nonceOf = (directives: Record<string, string[]>) =>
  directives["script-src"]?.find((source) => source.startsWith("'nonce-"))?.slice(7, -1) ?? "";

/** Collects the page's CSP violations from the start of every document it loads. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test.describe("security headers, on the responses of the running console", () => {
  test("a page: a CSP with a fresh nonce on its scripts, no framing, no sniffing, a strict referrer", async ({
    request,
  }) => {
    const first = await request.get("/login");
    expect(first.status()).toBe(200);
    const headers = first.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["strict-transport-security"]).toBeUndefined();

    const csp = directivesOf(first);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["script-src"]).toContain("'strict-dynamic'");
    expect(csp["script-src"]).not.toContain("'unsafe-inline'");
    expect(csp["upgrade-insecure-requests"]).toBeUndefined();
    for (const directive of ["media-src", "connect-src", "img-src"]) {
      expect(csp[directive], directive).toEqual(expect.arrayContaining([localCloudUrl, "https://*.vod2.myqcloud.com"]));
    }
    expect(csp["media-src"]).toContain("blob:");

    const nonce = nonceOf(csp);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const html = await first.text();
    const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);

    const second = await request.get("/login");
    expect(nonceOf(directivesOf(second))).not.toBe(nonce);
  });

  test("HSTS only when the console is reached over https", async ({ request }) => {
    const overHttps = await request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
    expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=31536000");
    expect(directivesOf(overHttps)["upgrade-insecure-requests"]).toEqual([]);
    expect((await request.get("/login")).headers()["strict-transport-security"]).toBeUndefined();
  });

  test("API answers, redirects and static files carry the static headers too", async ({ request }) => {
    const health = await request.get("/api/health");
    expect(health.headers()["x-content-type-options"]).toBe("nosniff");
    const refused = await request.get("/api/rooms");
    expect(refused.status()).toBe(401);
    expect(refused.headers()["x-content-type-options"]).toBe("nosniff");
    const redirect = await request.get("/rooms", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expect(directivesOf(redirect)["frame-ancestors"]).toEqual(["'none'"]);
    const script = (await (await request.get("/login")).text()).match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(script).toBeTruthy();
    const asset = await request.get(script ?? "");
    expect(asset.status()).toBe(200);
    expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
  });
});

test.describe("the console under its CSP", () => {
  test.describe("as an admin", () => {
    test.use({ storageState: storageStatePath("admin") });

    test("no page breaks a rule of the policy", async ({ page }) => {
      const violations = await recordViolations(page);
      for (const path of ["/", "/rooms", "/recordings", "/settings", "/users", "/users/me", "/applications"]) {
        await page.goto(path);
        await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
        expect(await violations(), path).toEqual([]);
      }
    });
  });

  test.describe("as an operator", () => {
    test.use({ storageState: storageStatePath("operator") });

    test("recordings play through hls.js and mpegts.js, from the media origin the policy names", async ({
      page,
      localCloud,
    }) => {
      test.setTimeout(180_000);
      const violations = await recordViolations(page);
      await selectApplication(page, LEGACY_APP);
      await saveSettingsOnPage(page, { mode: "global", formats: ["HLS", "FLV"] });
      await page.goto("/recordings");
      await publishSampleClip(localCloud, { roomId: "5301", userId: "csp", seconds: 6 });
      const rows = page.getByTestId("recording-row").filter({ hasText: `${LEGACY_APP}_5301_csp_` });
      await expect(rows).toHaveCount(2, { timeout: 90_000 });
      const hrefs = await Promise.all(
        ["m3u8", "flv"].map(async (format) => ({
          format,
          href: await rows
            .filter({ has: page.getByText(format, { exact: true }) })
            .getByRole("link")
            .first()
            .getAttribute("href"),
        })),
      );
      for (const { format, href } of hrefs) {
        await page.goto(href ?? "");
        await expectPlaysPastTwoSeconds(page, format);
        expect(await violations(), format).toEqual([]);
      }
    });
  });
});
