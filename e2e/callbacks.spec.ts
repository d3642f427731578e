import { expect, test } from "@playwright/test";
import { LOCAL_CLOUD_DEFAULTS } from "../local-cloud/src/defaults";
import { consoleUrl, storageStatePath } from "./config";

test.describe("the callback inbox, as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("shows a refused delivery with the reason, escaped, and the endpoint URLs", async ({ page, request }) => {
    const streamId = `e2e-${Date.now()}-<b>not bold</b>`;
    const body = {
      event_type: 100,
      appname: `trtc_${LOCAL_CLOUD_DEFAULTS.sdkAppId}`,
      stream_id: streamId,
      stream_param: `userid=${Buffer.from("alice").toString("base64")}&userdefinerecordid=rec-1`,
      t: Math.floor(Date.now() / 1000) + 600,
      sign: "0123456789abcdef0123456789abcdef",
    };
    // The receiver is public (Tencent has no session); an unverifiable delivery is refused and kept.
    const response = await request.post(`${consoleUrl}/api/callbacks/recording`, { data: body });
    expect(response.status()).toBe(401);

    await page.goto("/callbacks");
    await expect(page.getByTestId("endpoint-recording")).toHaveText(`${consoleUrl}/api/callbacks/recording`);
    await page.getByLabel("Signature").selectOption("invalid");
    const item = page.getByTestId("callback-event").filter({ hasText: streamId });
    await expect(item).toBeVisible();
    await expect(item.locator("b")).toHaveCount(0);
    await item.locator("summary").click();
    await expect(item).toContainText("Refused:");
    await expect(item).toContainText("alice");
    await expect(item).toContainText("rec-1");
  });

  test("the verification tool explains why a payload does not verify", async ({ page }) => {
    await page.goto("/callbacks");
    await page.getByLabel("Body").fill(JSON.stringify({ event_type: 100, appname: "trtc_42", t: 1, sign: "x" }));
    await page.getByRole("button", { name: "Check signature" }).click();
    await expect(page.getByText("Does not verify: SdkAppId 42 is not an application of this console.")).toBeVisible();
  });

  test("the inbox API needs a session", async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const response = await context.request.get(`${consoleUrl}/api/callback-events`);
    expect(response.status()).toBe(401);
    await context.close();
  });
});
