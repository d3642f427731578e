import { CHOSEN_USERS_STREAM_NAME } from "../lib/settings/cloud-names";
import { configureLocalTrtcCallbacks } from "../scripts/trtc-callbacks";
import { E2E, consoleUrl, localCloudUrl, storageStatePath } from "./config";
import { expect, test, type LocalCloudFixture } from "./fixtures";
import { CLOUD_APP, LEGACY_APP, PUSH_DOMAIN, selectApplication } from "./support/local-account";
import { saveSettingsOnPage, settingsFormReady } from "./support/recording-settings";
import { captureServerAction, replayServerAction } from "./support/replay-action";
import { joinColourParticipants } from "./support/room-participants";

const TEMPLATE_NAME = "trtc_console_1400000123";

const recordTemplates = async (live: LocalCloudFixture["live"]) =>
  (await live.DescribeLiveRecordTemplates({})).Templates ?? [];

const APP = LEGACY_APP;
/** The account's push domain (its bizid's) and the app's own stream path. */
const TARGET = { DomainName: PUSH_DOMAIN, AppName: `trtc_${APP}` };

/** The record rules on the app's domain and stream path, as the cloud holds them. */
const recordRules = async (live: LocalCloudFixture["live"]) =>
  ((await live.DescribeLiveRecordRules()).Rules ?? [])
    .filter((rule) => rule.DomainName === TARGET.DomainName && rule.AppName === TARGET.AppName)
    .map((rule) => ({ streamName: rule.StreamName ?? "", templateId: rule.TemplateId }));

test.describe("recording settings, as an operator", () => {
  test.use({ storageState: storageStatePath("operator"), timezoneId: "Asia/Kolkata", locale: "en-GB" });

  test("a round trip: every field saved, reloaded, and held by the cloud", async ({ page, localCloud }) => {
    await page.goto("/settings");
    await settingsFormReady(page);
    await page.getByLabel("Record this application's rooms").check();
    await page.getByLabel(/Global auto recording/).check();
    for (const format of ["HLS", "MP4", "FLV", "AAC"]) {
      const box = page.getByLabel(new RegExp(`^${format}:`));
      if (format === "FLV" || format === "AAC") await box.check();
      else await box.uncheck();
    }
    await page.getByLabel("Maximum file length (minutes)").fill("45");
    await page.getByLabel("Retention (days)").fill("7");
    await page.getByLabel("Resume timeout (seconds)").fill("120");

    // A sub-application created on the spot (CreateSubAppId) is chosen at once.
    await page.getByLabel("New sub-application").fill("e2e-recordings");
    await page.getByRole("button", { name: "Create" }).click();
    await expect(page.getByText(/Created VOD sub-application e2e-recordings \(\d+\)/)).toBeVisible();
    const { SubAppIdInfoSet = [] } = await localCloud.vod.DescribeSubAppIds({});
    const subAppId = SubAppIdInfoSet.find((info) => info.SubAppIdName === "e2e-recordings")?.SubAppId;
    expect(subAppId).toBeGreaterThan(0);
    await expect(page.getByLabel("VOD application")).toHaveValue(String(subAppId));

    await page.getByLabel("Callback URL").fill("https://hooks.example.com/trtc");
    const key = page.getByLabel("Callback key", { exact: true });
    await page.getByRole("button", { name: "Generate" }).click();
    await expect(key).toHaveAttribute("type", "password");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(key).toHaveAttribute("type", "text");
    const generated = await key.inputValue();
    expect(generated).toMatch(/^[A-Za-z0-9]{32}$/);
    await page.getByRole("button", { name: "Generate" }).click();
    expect(await key.inputValue()).not.toBe(generated);
    const savedKey = await key.inputValue();
    await expect(page.getByTestId("file-name-preview")).toContainText("1400000123_2001_alice_main_");
    await expect(page.getByTestId("file-name-preview")).toContainText(".flv");
    await page.getByRole("button", { name: "Save and apply" }).click();
    await expect(page.getByText("Saved and applied")).toBeVisible();

    await page.reload();
    await expect(page.getByLabel(/Global auto recording/)).toBeChecked();
    await expect(page.getByLabel(/^FLV:/)).toBeChecked();
    await expect(page.getByLabel(/^AAC:/)).toBeChecked();
    await expect(page.getByLabel(/^HLS:/)).not.toBeChecked();
    await expect(page.getByLabel(/^MP4:/)).not.toBeChecked();
    await expect(page.getByLabel("Maximum file length (minutes)")).toHaveValue("45");
    await expect(page.getByLabel("Retention (days)")).toHaveValue("7");
    await expect(page.getByLabel("Resume timeout (seconds)")).toHaveValue("120");
    await expect(page.getByLabel("VOD application")).toHaveValue(String(subAppId));
    await expect(page.getByLabel("Callback URL")).toHaveValue("https://hooks.example.com/trtc");
    // The key never comes back to the browser: the field is empty and says one is set.
    await expect(page.getByLabel("Callback key", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Callback key", { exact: true })).toHaveAttribute("placeholder", /A key is set/);

    const template = (await recordTemplates(localCloud.live)).find(
      (candidate) => candidate.TemplateName === TEMPLATE_NAME,
    );
    const stored = { RecordInterval: 2700, StorageTime: 7 * 86400, VodSubAppId: subAppId };
    expect(template?.FlvParam).toMatchObject({ Enable: 1, ...stored });
    expect(template?.AacParam).toMatchObject({ Enable: 1, ...stored });
    expect(template?.HlsParam?.Enable ?? 0).toBe(0);
    expect(template?.Mp4Param?.Enable ?? 0).toBe(0);
    expect(template?.HlsSpecialParam?.FlowContinueDuration).toBe(120);
    // Global auto recording: one rule with no stream name binds the template to the app's path.
    expect(await recordRules(localCloud.live)).toEqual([{ streamName: "", templateId: template?.TemplateId }]);
    const callbackTemplate = (await localCloud.live.DescribeLiveCallbackTemplates()).Templates?.find(
      (candidate) => candidate.TemplateName === TEMPLATE_NAME,
    );
    expect(callbackTemplate).toMatchObject({
      RecordNotifyUrl: "https://hooks.example.com/trtc",
      CallbackKey: savedKey,
    });
    const callbackRules = (await localCloud.live.DescribeLiveCallbackRules()).Rules ?? [];
    expect(
      callbackRules.filter((rule) => rule.DomainName === TARGET.DomainName && rule.AppName === TARGET.AppName),
    ).toEqual([expect.objectContaining({ TemplateId: callbackTemplate?.TemplateId })]);

    // Chosen-user recording binds the template to the sentinel stream name instead.
    await page.getByLabel(/Chosen-user recording/).check();
    await page.getByRole("button", { name: "Save and apply" }).click();
    await expect(page.getByText("Saved and applied")).toBeVisible();
    expect(await recordRules(localCloud.live)).toEqual([
      { streamName: CHOSEN_USERS_STREAM_NAME, templateId: template?.TemplateId },
    ]);

    // Off: no rule records anything; on again: the rule is back.
    await page.reload();
    await settingsFormReady(page);
    await page.getByLabel("Record this application's rooms").uncheck();
    await page.getByRole("button", { name: "Save and apply" }).click();
    await expect(page.getByText("Saved and applied")).toBeVisible();
    expect(await recordRules(localCloud.live)).toEqual([]);
    await page.reload();
    await settingsFormReady(page);
    await expect(page.getByLabel("Record this application's rooms")).not.toBeChecked();
    await page.getByLabel("Record this application's rooms").check();
    await page.getByLabel(/Global auto recording/).check();
    await page.getByRole("button", { name: "Save and apply" }).click();
    await expect(page.getByText("Saved and applied")).toBeVisible();
    expect(await recordRules(localCloud.live)).toEqual([{ streamName: "", templateId: template?.TemplateId }]);

    // The history shows each save's differences, newest first, at the viewer's local time.
    await page.goto("/settings/history");
    const entries = page.getByTestId("settings-history-entry");
    const changes = (index: number) => entries.nth(index).getByTestId("settings-change");
    await expect(changes(0)).toHaveText(["Cloud recording: off → on", "Recording form: chosen → global"]);
    await expect(changes(1)).toHaveText(["Cloud recording: on → off"]);
    await expect(changes(2)).toHaveText(["Recording form: global → chosen"]);
    // The first save is compared with whatever was saved before this test; what it set is certain.
    const first = changes(3);
    await expect(first.filter({ hasText: "VOD sub-application" })).toHaveText(
      new RegExp(`^VOD sub-application: .+ → ${subAppId}$`),
    );
    await expect(first.filter({ hasText: "Callback key" })).toHaveText("Callback key: (previous key) → (new key)");
    await expect(entries.first()).toContainText("operator@e2e.test");
    const shown = entries.first().locator("time");
    const savedAt = new Date((await shown.getAttribute("datetime")) ?? "");
    const kolkata = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Kolkata", hour: "2-digit", minute: "2-digit" });
    await expect(shown).not.toContainText("UTC");
    await expect(shown).toContainText(kolkata.format(savedAt));
  });

  test("the maximum file length is off while only HLS is chosen, and saving keeps it", async ({ page, localCloud }) => {
    await page.goto("/settings");
    await settingsFormReady(page);
    await page.getByLabel("Record this application's rooms").check();
    for (const format of ["MP4", "FLV", "AAC"]) await page.getByLabel(new RegExp(`^${format}:`)).uncheck();
    await page.getByLabel(/^HLS:/).check();
    const maxFile = page.getByLabel("Maximum file length (minutes)");
    await expect(maxFile).toBeDisabled();
    await expect(page.getByText("HLS records one file per session, so the length does not apply")).toBeVisible();
    await page.getByLabel(/^MP4:/).check();
    await expect(maxFile).toBeEnabled();
    await maxFile.fill("30");
    await page.getByLabel(/^MP4:/).uncheck();
    await expect(maxFile).toBeDisabled();
    await page.getByRole("button", { name: "Save and apply" }).click();
    await expect(page.getByText("Saved and applied")).toBeVisible();
    const template = (await recordTemplates(localCloud.live)).find(
      (candidate) => candidate.TemplateName === TEMPLATE_NAME,
    );
    expect(template?.HlsParam).toMatchObject({ Enable: 1, RecordInterval: 1800 });
    await page.reload();
    await expect(maxFile).toBeDisabled();
    await expect(maxFile).toHaveValue("30");
  });

  test("each invalid value shows its error and nothing is saved", async ({ page, localCloud }) => {
    await page.goto("/settings");
    await settingsFormReady(page);
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
      await settingsFormReady(page);
      await page.getByLabel(/^MP4:/).check();
      await page.getByLabel(label).fill(value);
      await page.getByRole("button", { name: "Save and apply" }).click();
      await expect(page.getByText(message)).toBeVisible();
    }
    expect(await recordTemplates(localCloud.live)).toEqual(before);
  });
});

test.describe("the callback URL on a first run", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("is the console's own receiver when none is saved, and a key without a URL is refused", async ({
    page,
    localCloud,
  }) => {
    void localCloud;
    await saveSettingsOnPage(page, { formats: ["MP4"], callbackUrl: "", callbackKey: "" });
    // Nothing saved: the field holds the receiver the local cloud can reach, as a value to save.
    await page.reload();
    await settingsFormReady(page);
    const url = page.getByLabel("Callback URL");
    await expect(url).toHaveValue(`${consoleUrl}/api/callbacks/recording`);
    // Said plainly: it is the console's own receiver, and it is not saved yet.
    await expect(page.getByText(/^Filled in with this console's own receiver/)).toBeVisible();

    await url.fill("");
    await page.getByLabel("Callback key", { exact: true }).fill("keyWithoutUrl1");
    await page.getByRole("button", { name: "Save and apply" }).click();
    await expect(page.getByText("A callback key needs a callback URL: without one no callback is sent.")).toBeVisible();
    await expect(page.getByText("Saved and applied")).toHaveCount(0);
  });
});

test.describe("recording settings changed elsewhere", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("shows the difference and re-applies or adopts", async ({ page, localCloud }) => {
    await page.goto("/settings");
    await settingsFormReady(page);
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

test.describe("recording settings of a cloud-recording app", () => {
  test.use({ storageState: storageStatePath("operator") });

  test("has none to set here: the page says where global auto-recording is set", async ({ page }) => {
    await selectApplication(page, CLOUD_APP);
    await page.goto("/settings");
    const note = page.getByTestId("cloud-recording-note");
    await expect(note).toContainText("Cloud-recording app uses cloud recording");
    await expect(note.getByRole("link", { name: "Open TRTC's console" })).toHaveAttribute(
      "href",
      "https://console.cloud.tencent.com/trtc/app",
    );
    await expect(page.getByRole("button", { name: "Save and apply" })).toHaveCount(0);
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Recording tasks" }),
    ).toBeVisible();
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

test.describe("TRTC callbacks, as an admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("the card gives the URLs, a rotated key once, and when TRTC last got through", async ({ page, localCloud }) => {
    test.setTimeout(120_000);
    await selectApplication(page, LEGACY_APP);
    await page.goto("/settings");
    const card = page.getByTestId("trtc-callbacks-card");
    await expect(card.getByTestId("trtc-url-room-and-media")).toHaveText(`${consoleUrl}/api/callbacks/trtc`);
    await expect(card.getByTestId("trtc-url-recording")).toHaveText(`${consoleUrl}/api/callbacks/trtc`);
    // The launcher's (here the e2e config's) key was set at start; it is never shown.
    await expect(card.getByTestId("trtc-key-state")).toContainText("Set (never shown again");
    await expect(card.getByText("e2eTrtcCallbackKey")).toHaveCount(0);

    await card.getByRole("button", { name: "Rotate the TRTC key" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Rotate" }).click();
    const shown = card.getByLabel("New TRTC callback key");
    await expect(shown).toHaveValue(/^[A-Za-z0-9]{32}$/);
    const key = await shown.inputValue();
    await expect(card.getByTestId("trtc-key-state")).toContainText("The previous key also verifies until");
    await page.reload();
    await expect(card.getByTestId("trtc-key-state")).toContainText("Set (never shown again");
    await expect(card.getByLabel("New TRTC callback key")).toHaveCount(0);
    expect(await page.content()).not.toContain(key);

    // The admin pastes the new key into TRTC's console (here its stand-in); events then verify with it.
    await configureLocalTrtcCallbacks({
      localCloudUrl,
      controlSecret: E2E.localCloudControlSecret,
      consoleUrl,
      key,
      sdkAppIds: [LEGACY_APP],
    });
    const before = Date.now();
    await joinColourParticipants(localCloud, "6801", ["green"], LEGACY_APP);
    await expect
      .poll(
        async () => {
          await page.reload();
          const shownAt = await card.getByTestId("trtc-last-room-and-media").locator("time").getAttribute("datetime");
          return shownAt ? new Date(shownAt).getTime() >= before : false;
        },
        { message: "the card shows a room event received after the participant joined" },
      )
      .toBe(true);
  });
});
