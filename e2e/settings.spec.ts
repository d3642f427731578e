import { storageStatePath } from "./config";
import { expect, test, type LocalCloudFixture } from "./fixtures";
import { captureServerAction, replayServerAction } from "./support/replay-action";

const TEMPLATE_NAME = "trtc_console_1400000123";

const recordTemplates = async (live: LocalCloudFixture["live"]) =>
  (await live.DescribeLiveRecordTemplates({})).Templates ?? [];

test.describe("recording settings, as an operator", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("a round trip: every field saved, reloaded, and held by the cloud", async ({ page, localCloud }) => {
    await page.goto("/settings");
    await page.getByLabel("Record this application's rooms").check();
    await page.getByLabel(/Chosen-user recording/).check();
    for (const format of ["HLS", "MP4", "FLV", "AAC"]) {
      const box = page.getByLabel(new RegExp(`^${format}:`));
      if (format === "HLS" || format === "MP4") await box.check();
      else await box.uncheck();
    }
    await page.getByLabel("Maximum file length (minutes)").fill("45");
    await page.getByLabel("Retention (days)").fill("7");
    await page.getByLabel("Resume timeout (seconds)").fill("120");
    await page.getByLabel("Callback URL").fill("https://hooks.example.com/trtc");
    await page.getByLabel("Callback key").fill("e2eKey123");
    await expect(page.getByTestId("file-name-preview")).toContainText("teacher42_main_");
    await page.getByRole("button", { name: "Save and apply" }).click();
    await expect(page.getByText("Saved and applied")).toBeVisible();

    await page.reload();
    await expect(page.getByLabel(/Chosen-user recording/)).toBeChecked();
    await expect(page.getByLabel(/^MP4:/)).toBeChecked();
    await expect(page.getByLabel(/^FLV:/)).not.toBeChecked();
    await expect(page.getByLabel("Maximum file length (minutes)")).toHaveValue("45");
    await expect(page.getByLabel("Retention (days)")).toHaveValue("7");
    await expect(page.getByLabel("Resume timeout (seconds)")).toHaveValue("120");
    await expect(page.getByLabel("Callback URL")).toHaveValue("https://hooks.example.com/trtc");
    // The key never comes back to the browser: the field is empty and says one is set.
    await expect(page.getByLabel("Callback key")).toHaveValue("");
    await expect(page.getByLabel("Callback key")).toHaveAttribute("placeholder", /A key is set/);

    const templates = await localCloud.live.DescribeLiveRecordTemplates({});
    const template = templates.Templates?.find((candidate) => candidate.TemplateName === TEMPLATE_NAME);
    expect(template?.HlsParam).toMatchObject({ Enable: 1, RecordInterval: 2700, StorageTime: 7 * 86400 });
    expect(template?.FlvParam?.Enable ?? 0).toBe(0);
    expect(template?.HlsSpecialParam?.FlowContinueDuration).toBe(120);
    const callbacks = await localCloud.live.DescribeLiveCallbackTemplates();
    expect(callbacks.Templates?.find((candidate) => candidate.TemplateName === TEMPLATE_NAME)).toMatchObject({
      RecordNotifyUrl: "https://hooks.example.com/trtc",
      CallbackKey: "e2eKey123",
    });

    await page.goto("/settings/history");
    await expect(page.getByTestId("settings-history-entry").first()).toContainText("operator@e2e.test");
  });

  test("each invalid value shows its error and nothing is saved", async ({ page, localCloud }) => {
    await page.goto("/settings");
    await page.getByLabel("Record this application's rooms").check();
    await page.getByLabel(/^MP4:/).check();
    await page.getByLabel("Retention (days)").fill("3");
    await page.getByRole("button", { name: "Save and apply" }).click();
    await expect(page.getByText("Saved and applied")).toBeVisible();
    const before = await recordTemplates(localCloud.live);
    expect(before).toHaveLength(1);
    const cases: Array<[string, string, RegExp]> = [
      ["Maximum file length (minutes)", "121", /from 1 to 120 minutes/],
      ["Retention (days)", "1501", /from 0 to 1500 days/],
      ["Resume timeout (seconds)", "1801", /from 0 to 1800 seconds/],
      ["Callback URL", "ftp://example.com", /http:\/\/ or https:\/\//],
      ["Callback key", "not ok!", /only letters and digits/],
    ];
    for (const [label, value, message] of cases) {
      await page.reload();
      await page.getByLabel(/^MP4:/).check();
      await page.getByLabel(label).fill(value);
      await page.getByRole("button", { name: "Save and apply" }).click();
      await expect(page.getByText(message)).toBeVisible();
    }
    expect(await recordTemplates(localCloud.live)).toEqual(before);
  });
});

test.describe("recording settings changed elsewhere", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("shows the difference and re-applies or adopts", async ({ page, localCloud }) => {
    await page.goto("/settings");
    await page.getByLabel("Record this application's rooms").check();
    await page.getByLabel(/^HLS:/).check();
    await page.getByLabel("Retention (days)").fill("5");
    await page.getByRole("button", { name: "Save and apply" }).click();
    await expect(page.getByText("Saved and applied")).toBeVisible();

    const [template] = await recordTemplates(localCloud.live);
    const changeRetentionElsewhere = (days: number) =>
      localCloud.live.ModifyLiveRecordTemplate({
        TemplateId: template?.TemplateId ?? 0,
        HlsParam: { ...template?.HlsParam, StorageTime: days * 86400 },
      });
    await changeRetentionElsewhere(9);
    await page.reload();
    const differs = page.getByTestId("cloud-differs");
    await expect(differs.getByRole("row", { name: /Retention \(days\) 5 9/ })).toBeVisible();
    await differs.getByRole("button", { name: "Re-apply the console's settings" }).click();
    await expect(differs).toHaveCount(0);
    expect((await recordTemplates(localCloud.live))[0]?.HlsParam?.StorageTime).toBe(5 * 86400);

    await changeRetentionElsewhere(11);
    await page.reload();
    await page.getByTestId("cloud-differs").getByRole("button", { name: "Adopt the cloud's settings" }).click();
    await expect(page.getByTestId("cloud-differs")).toHaveCount(0);
    await expect(page.getByLabel("Retention (days)")).toHaveValue("11");
    await page.goto("/settings/history");
    await expect(page.getByTestId("settings-history-entry").first()).toContainText("adopted from the cloud");
  });
});

test.describe("recording settings, as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("sees the settings but cannot save, and the server refuses a direct call", async ({
    page,
    browser,
    localCloud,
  }) => {
    await page.goto("/settings");
    await expect(page.getByRole("button", { name: "Save and apply" })).toHaveCount(0);
    const before = await recordTemplates(localCloud.live);
    const captured = await captureServerAction(browser, {
      role: "operator",
      path: "/settings",
      trigger: async (operatorPage) => {
        await operatorPage.getByLabel("Retention (days)").fill("99");
        await operatorPage.getByRole("button", { name: "Save and apply" }).click();
      },
    });
    expect(await replayServerAction(captured, "viewer")).toContain("FORBIDDEN");
    expect(await recordTemplates(localCloud.live)).toEqual(before);
  });
});
