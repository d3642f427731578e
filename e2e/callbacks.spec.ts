import { LOCAL_CLOUD_DEFAULTS } from "@shared/local-cloud-defaults";
import { consoleUrl, storageStatePath } from "./config";
import { expect, test } from "./fixtures";
import { captureServerAction, replayServerAction } from "./support/replay-action";
import { saveSettingsOnPage } from "./support/recording-settings";
import { publishSampleClip } from "./support/sample-participant";

const APP = LOCAL_CLOUD_DEFAULTS.sdkAppId;

test.describe("callbacks from a recording, end to end", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("the callback URL and key set on /settings make a recorded participant's event 100 arrive as valid", async ({
    page,
    localCloud,
  }) => {
    test.setTimeout(150_000);
    // The URL to give Tencent is the one /callbacks shows.
    await page.goto("/callbacks");
    const endpoint = (await page.getByTestId("endpoint-recording").textContent()) ?? "";
    expect(endpoint).toBe(`${consoleUrl}/api/callbacks/recording`);
    await saveSettingsOnPage(page, { formats: ["MP4"], callbackUrl: endpoint, callbackKey: "e2eFlowKey42" });

    await publishSampleClip(localCloud, { roomId: "6001", userId: "cb-user", seconds: 4 });
    await page.goto("/callbacks");
    // The inbox starts on the selected application and updates while open.
    await expect(page.getByRole("search", { name: "Filter callbacks" }).getByLabel("Application")).toHaveValue(
      String(APP),
    );
    const event = page
      .getByTestId("callback-event")
      .filter({ hasText: "100 · Recording file" })
      .filter({ hasText: `${APP}_6001_cb-user_main` });
    await expect(event).toHaveCount(1, { timeout: 90_000 });
    await expect(event.getByText("Valid", { exact: true })).toBeVisible();
    await event.locator("summary").click();
    await expect(event).toContainText("cb-user");
    const rawBody = (await event.locator("pre").textContent()) ?? "";

    // The verification tool agrees with the receiver about the same bytes, and says why not.
    await page.getByLabel("Body").fill(rawBody);
    await page.getByRole("button", { name: "Check signature" }).click();
    await expect(page.getByText("This payload verifies with the current callback key.")).toBeVisible();
    // CSS signs t alone (md5(key + t)): a t moved without the key no longer matches its sign.
    const received = JSON.parse(rawBody) as { t: number };
    const tampered = JSON.stringify({ ...received, t: received.t + 60 });
    await page.getByLabel("Body").fill(tampered);
    await page.getByRole("button", { name: "Check signature" }).click();
    await expect(page.getByText("Does not verify: `sign` is not md5(callback key + t)")).toBeVisible();

    const fileId = (JSON.parse(rawBody) as { file_id?: string }).file_id ?? "";
    await event.getByRole("link", { name: fileId }).click();
    await expect(page).toHaveURL(new RegExp(`/recordings/${fileId}$`));
    await expect(page.getByRole("heading", { name: /^1400000123_6001_cb-user_main_/ })).toBeVisible();
    await expect(page.getByTestId("file-callback").filter({ hasText: "100 · Recording file" })).toContainText("Valid");
  });
});

test.describe("a test delivery, as an operator", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("the local cloud sends each kind's sample as Tencent would, and the card says what the receiver answered", async ({
    page,
    localCloud,
  }) => {
    void localCloud;
    // The recording callback the local cloud holds is what Settings applied (its CSS template and rule).
    await saveSettingsOnPage(page, {
      formats: ["MP4"],
      callbackUrl: `${consoleUrl}/api/callbacks/recording`,
      callbackKey: "e2eTestDelivery42",
    });
    await page.goto("/callbacks");
    for (const kind of ["css", "trtc"] as const) {
      const card = page.getByTestId(`test-delivery-${kind}`);
      await card.getByRole("button", { name: "Send a test event" }).click();
      await expect(card.getByTestId("test-delivery-sent-by")).toHaveAttribute("data-sent-by", "localCloud");
      await expect(card).toContainText("HTTP 200");
      await expect(card).toContainText("The console's receiver accepted and stored it");
    }
    // Both samples are in the inbox, verified, under their test ids.
    await page.reload();
    const samples = page.getByTestId("callback-event").filter({ hasText: "console-test-event" });
    await expect(samples).toHaveCount(2);
  });
});

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
    // The receiver is public (Tencent has no session); an unverifiable delivery is refused and kept,
    // counted per source address and reason: the same refusal twice is one entry, refused 2×.
    const source = `198.51.100.${Date.now() % 250}`;
    for (const attempt of [1, 2]) {
      const response = await request.post(`${consoleUrl}/api/callbacks/recording`, {
        data: body,
        headers: { "x-forwarded-for": source },
      });
      expect(response.status(), `attempt ${attempt}`).toBe(401);
    }

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
    const facts = item.getByRole("definition");
    await expect(facts.filter({ hasText: source })).toHaveCount(2); // From, and the x-forwarded-for header
    await expect(facts.filter({ hasText: "bad-signature" })).toHaveCount(1);
    // The first refusal of a group is written at once, the rest of its 10 s window when it ends.
    await expect(async () => {
      await page.reload();
      await page.getByLabel("Signature").selectOption("invalid");
      await item.locator("summary").click();
      await expect(facts.filter({ hasText: /^2× from/ })).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
  });

  test("sees how long the inbox keeps things, and cannot change it, even by calling the action", async ({
    page,
    browser,
  }) => {
    await page.goto("/callbacks");
    await expect(page.getByTestId("inbox-retention-summary")).toContainText("Verified events are kept");
    await expect(page.getByRole("button", { name: "Save retention" })).toHaveCount(0);
    const captured = await captureServerAction(browser, {
      role: "admin",
      path: "/callbacks",
      trigger: async (admin) => {
        await admin.getByLabel("Verified events, days").fill("1");
        await admin.getByRole("button", { name: "Save retention" }).click();
      },
    });
    expect(await replayServerAction(captured, "viewer")).toContain("FORBIDDEN");
    await page.reload();
    await expect(page.getByTestId("inbox-retention-summary")).toContainText("Verified events are kept 90 days");
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

test.describe("inbox retention, as an admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("is 90 and 7 days until set; a value out of range gets a field error; 0 keeps for good", async ({ page }) => {
    await page.goto("/callbacks");
    const summary = page.getByTestId("inbox-retention-summary");
    await expect(summary).toContainText("Verified events are kept 90 days, refused deliveries 7 days");
    await page.getByLabel("Verified events, days").fill("3651");
    await page.getByRole("button", { name: "Save retention" }).click();
    await expect(page.locator("#retention-verifiedRetentionDays-error")).toHaveText("0 (keep for good) to 3650 days.");
    await page.reload();
    await expect(summary).toContainText("kept 90 days");

    await page.getByLabel("Verified events, days").fill("0");
    await page.getByLabel("Refused deliveries, days").fill("3");
    await page.getByRole("button", { name: "Save retention" }).click();
    await expect(summary).toContainText("Verified events are kept for good, refused deliveries 3 days");
    await page.reload();
    await expect(summary).toContainText("Verified events are kept for good, refused deliveries 3 days");
    await expect(summary).toContainText("Set by admin@");

    // Back to the defaults, for the rest of the suite.
    await page.getByLabel("Verified events, days").fill("90");
    await page.getByLabel("Refused deliveries, days").fill("7");
    await page.getByRole("button", { name: "Save retention" }).click();
    await expect(summary).toContainText("Verified events are kept 90 days, refused deliveries 7 days");
  });
});
