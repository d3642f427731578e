import type { Page } from "@playwright/test";
import { createTranslator } from "use-intl/core";
import en from "../messages/en.json";
import zhCN from "../messages/zh-CN.json";
import { E2E, storageStatePath } from "./config";
import { expect, test } from "./fixtures";
import { CLOUD_APP } from "./support/local-account";
import { expectPlaysPastTwoSeconds } from "./support/playback";
import { joinColourParticipants } from "./support/room-participants";

// The Chinese words come from the catalog itself: the spec checks the console shows them, not
// that someone typed them twice.
const zh = createTranslator({ locale: "zh-CN", messages: zhCN });
const english = createTranslator({ locale: "en", messages: en });

/** Signs in through the Chinese login form and waits for the Chinese sidebar. */
async function signInInChinese(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await page.goto("/login");
  await page.getByLabel(zh("signIn.emailLabel")).fill(credentials.email);
  await page.getByLabel(zh("signIn.passwordLabel")).fill(credentials.password);
  await page.getByRole("button", { name: zh("signIn.submit") }).click();
  await expect(page.getByRole("navigation", { name: zh("nav.main") })).toBeVisible();
}

/** A message from `msg` never reaches a page as its encoded form (U+2063 and a catalog key). */
async function expectNoEncodedMessages(page: Page): Promise<void> {
  const text = await page.locator("body").innerText();
  expect(text, `${page.url()} shows only words`).not.toContain("\u2063");
}

test.describe("in Chinese, as the browser asks", () => {
  // No saved choice: the browser's Accept-Language (zh-CN first) decides.
  test.use({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });

  test("signs in, finds every page in Chinese, and a field error says what is allowed", async ({ page }) => {
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1, name: zh("common.appName"), exact: true })).toBeVisible();
    // A refusal in Chinese (an address no account has, so no real account's sign-in count grows).
    await page.getByLabel(zh("signIn.emailLabel")).fill("nobody@e2e.test");
    await page.getByLabel(zh("signIn.passwordLabel")).fill("not-a-password");
    await page.getByRole("button", { name: zh("signIn.submit") }).click();
    await expect(page.getByText(zh("signIn.wrongCredentials"))).toBeVisible();
    await signInInChinese(page, E2E.operator);

    const nav = page.getByRole("navigation", { name: zh("nav.main") });
    await expect(page.getByTestId("current-role")).toHaveText(zh("common.roles.operator"));
    await expect(page.getByRole("heading", { name: zh("overview.checklist.title"), exact: true })).toBeVisible();
    await expectNoEncodedMessages(page);

    // Every page of the sidebar, in Chinese and without a message left in its encoded form.
    for (const [key, path] of [
      ["nav.rooms", "/rooms"],
      ["nav.recordings", "/recordings"],
      ["nav.callbacks", "/callbacks"],
      ["nav.health", "/health"],
      ["nav.costs", "/costs"],
      ["nav.settings", "/settings"],
    ] as const) {
      await nav.getByRole("link", { name: zh(key), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(nav.getByRole("link", { name: zh(key), exact: true })).toHaveAttribute("aria-current", "page");
      await expectNoEncodedMessages(page);
    }

    // One page, one mark: the tasks page is under /recordings, but only its own link is current.
    await page.goto("/recordings/tasks");
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(nav.locator('[aria-current="page"]')).toHaveAttribute("href", "/recordings/tasks");
    await page.goto("/settings");

    // Tencent's own terms on the settings page, and a refusal in Chinese that names the range.
    await expect(page.getByLabel(zh("settings.limits.maxFile"))).toBeVisible();
    await expect(page.getByLabel(zh("settings.limits.resume"))).toBeVisible();
    await page.getByLabel(zh("settings.mode.enable")).check();
    await page.getByLabel(zh("settings.limits.retention")).fill("1501");
    await page.getByRole("button", { name: zh("settings.form.save") }).click();
    const retention = zh("settings.errors.fieldNames.retentionDays");
    await expect(
      page.getByText(zh("settings.errors.range", { field: retention, min: 0, max: 1500, unit: "days" })),
    ).toBeVisible();
    await expectNoEncodedMessages(page);

    // The calculator's money in Chinese.
    await page.goto("/costs");
    await expect(
      page.getByRole("heading", { level: 1, name: zh("costs.pages.costs.title"), exact: true }),
    ).toBeVisible();
    await expect(page.locator("main")).toContainText("元");
    await expectNoEncodedMessages(page);
  });

  test("a recording task started, followed and stopped in Chinese, and its file found", async ({
    page,
    localCloud,
  }) => {
    test.setTimeout(180_000);
    const room = "7301";
    const prefix = "e2e_zh";
    await signInInChinese(page, E2E.operator);
    await selectApplicationIn(page, CLOUD_APP);
    await joinColourParticipants(localCloud, room, ["red", "green"], CLOUD_APP);

    await page.goto(`/rooms/${room}`);
    await expect(
      page.getByRole("heading", { level: 1, name: zh("rooms.page.roomTitle", { roomId: room }) }),
    ).toBeVisible();
    const panel = page.getByRole("region", { name: zh("recordingTasks.start.title"), exact: true });
    const form = panel.getByRole("form", { name: zh("recordingTasks.taskForm.formLabel") });
    await form.getByLabel(zh("recordingTasks.recording.prefix")).fill(prefix);
    await form.getByRole("button", { name: zh("recordingTasks.taskForm.submit") }).click();

    const running = page.getByTestId("running-task");
    await expect(running.getByTestId("recording-status")).toHaveText(zh("recordingTasks.status.recording"), {
      timeout: 30_000,
    });
    await expectNoEncodedMessages(page);
    await running.getByRole("button", { name: zh("recordingTasks.running.task.stopLabel") }).click();
    await page
      .getByRole("dialog")
      .getByRole("button", { name: zh("recordingTasks.running.task.stopConfirm") })
      .click();
    await expect(page.getByTestId("running-task")).toHaveCount(0, { timeout: 30_000 });

    await page.goto("/recordings/tasks");
    const row = page.getByTestId("recording-task-row").filter({ hasText: room });
    await expect(row.first().getByTestId("recording-status")).toHaveText(zh("recordingTasks.status.ended"));
    await expect(row.first()).toContainText(zh("recordingTasks.list.kinds.taskMixed"));
    await expectNoEncodedMessages(page);
    const file = row.first().getByRole("list").getByRole("link");
    await expect(file.first()).toBeVisible({ timeout: 90_000 });

    await page.goto(`/recordings?prefix=${prefix}`);
    await expect(page.getByRole("search", { name: zh("recordings.search.formLabel") })).toBeVisible();
    await expect(page.getByTestId("recording-row")).toHaveCount(1);
    await expect(page.getByText(zh("recordings.list.pageStatus", { count: 1, page: 1, lastPage: 1 }))).toBeVisible();
    await expectNoEncodedMessages(page);

    // Played in the browser: the Overview's checklist learns of it (the first play of the app's files).
    await page.goto("/");
    const played = page.locator('[data-testid="checklist-item"][data-item-id="played"]');
    const playedBefore = await played.getAttribute("data-state");
    await page.goto(`/recordings?prefix=${prefix}`);
    await page.getByTestId("recording-row").getByRole("link").first().click();
    const fileId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    // The mark is a server action sent on the player's first `playing`: wait for its answer.
    const marked = page.waitForResponse(
      (response) => response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]),
    );
    await expectPlaysPastTwoSeconds(page, "HLS");
    await marked;
    await page.goto("/");
    await expect(played).toHaveAttribute("data-state", "done");
    await expect(played).toContainText(zh("overview.checklist.items.played"));
    if (playedBefore === "todo") await expect(played.getByRole("link")).toHaveAttribute("href", new RegExp(fileId));
  });
});

/** The sidebar's application switcher, by its Chinese label. */
async function selectApplicationIn(page: Page, sdkAppId: number): Promise<void> {
  const switcher = page.getByLabel(zh("common.application"), { exact: true });
  if ((await switcher.inputValue()) === String(sdkAppId)) return;
  await switcher.selectOption(String(sdkAppId));
  await expect(switcher).toHaveValue(String(sdkAppId));
}

test.describe("the language a user chooses", () => {
  test.use({ storageState: storageStatePath("viewer"), locale: "zh-CN" });

  test.afterEach(async ({ page }) => {
    // The viewer's saved choice is put back, so the specs after this one read English.
    await page.goto("/");
    await page.getByRole("combobox", { name: /^(Language|语言)$/ }).selectOption("en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("is saved for the user and wins over the browser's language, on any browser", async ({ page, browser }) => {
    // Chosen here, whatever an earlier run left saved (afterEach saves English).
    await page.goto("/");
    await page.getByRole("combobox", { name: /^(Language|语言)$/ }).selectOption("zh-CN");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    const language = page.getByRole("combobox", { name: zh("common.language") });
    await language.selectOption("en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("navigation", { name: english("nav.main") })).toBeVisible();
    await expect(
      page
        .getByRole("navigation", { name: english("nav.main") })
        .getByRole("link", { name: english("nav.overview"), exact: true }),
    ).toBeVisible();

    // Another browser asking for Chinese, signed in as the same user: their choice, English.
    const other = await browser.newContext({ locale: "zh-CN", storageState: storageStatePath("viewer") });
    const otherPage = await other.newPage();
    await otherPage.goto("/recordings");
    await expect(otherPage.locator("html")).toHaveAttribute("lang", "en");
    // The page's own heading (level 1): an empty library adds a "No recordings" card heading.
    await expect(
      otherPage.getByRole("heading", { level: 1, name: english("recordings.page.title"), exact: true }),
    ).toBeVisible();
    await other.close();

    // And back: Chinese, the page re-rendered in place.
    await page.getByRole("combobox", { name: english("common.language") }).selectOption("zh-CN");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(
      page
        .getByRole("navigation", { name: zh("nav.main") })
        .getByRole("link", { name: zh("nav.overview"), exact: true }),
    ).toBeVisible();
  });
});
