import { expect, type Page } from "@playwright/test";

export type FormatLabel = "HLS" | "MP4" | "FLV" | "AAC";

export interface SettingsChoice {
  isEnabled?: boolean;
  mode?: "global" | "chosen";
  formats: FormatLabel[];
  retentionDays?: number;
  callbackUrl?: string;
  callbackKey?: string;
}

const FORMATS: FormatLabel[] = ["HLS", "MP4", "FLV", "AAC"];

/**
 * Waits until React has hydrated the settings form (its fields stay disabled until then): a box
 * read before hydration can flip when the form applies its values, and a check() then undoes it.
 */
export async function settingsFormReady(page: Page): Promise<void> {
  await expect(page.getByRole("button", { name: "Save and apply" })).toBeEnabled();
}

/**
 * Sets the selected application's recording up the way a user does, on /settings, and waits for
 * the cloud to hold it. Every field is set, so nothing a previous spec saved leaks in.
 */
export async function saveSettingsOnPage(page: Page, choice: SettingsChoice): Promise<void> {
  await page.goto("/settings");
  await settingsFormReady(page);
  const enabled = page.getByLabel("Record this application's rooms");
  if (choice.isEnabled === false) await enabled.uncheck();
  else await enabled.check();
  if (choice.isEnabled !== false) {
    await page.getByLabel(choice.mode === "chosen" ? /Chosen-user recording/ : /Global auto recording/).check();
  }
  for (const format of FORMATS) {
    const box = page.getByLabel(new RegExp(`^${format}:`));
    if (choice.formats.includes(format)) await box.check();
    else await box.uncheck();
  }
  const maxFile = page.getByLabel("Maximum file length (minutes)");
  if (await maxFile.isEnabled()) await maxFile.fill("60");
  await page.getByLabel("Retention (days)").fill(String(choice.retentionDays ?? 0));
  await page.getByLabel("Resume timeout (seconds)").fill("0");
  await page.getByLabel("VOD application").selectOption("");
  await page.getByLabel("Callback URL").fill(choice.callbackUrl ?? "");
  await page.getByLabel("Callback key", { exact: true }).fill(choice.callbackKey ?? "");
  await page.getByRole("button", { name: "Save and apply" }).click();
  await expect(page.getByText("Saved and applied")).toBeVisible();
}
