import { expect, type Page } from "@playwright/test";
import { DEFAULT_ACCOUNT, pushDomainOf, type AccountConfig } from "@shared/local-cloud-account";
import { localCloudUrl } from "../config";
import { controlFetch } from "./local-cloud-control";

/** The default local account's apps: the guide's legacy-recording app and a cloud-recording one. */
export const LEGACY_APP = 1400000123;
export const CLOUD_APP = 1400000456;
/** The account's push domain, `<bizid>.livepush.myqcloud.com` (not the SdkAppId's). */
export const PUSH_DOMAIN = pushDomainOf(DEFAULT_ACCOUNT.bizId);
/** The account's default VOD application: an account opened since 2023-12-25 names it on every call. */
export const VOD_DEFAULT_APP = DEFAULT_ACCOUNT.vod.defaultSubAppId;

/**
 * Switches the application every page works on, as a user does in the sidebar, and waits until
 * the switch landed (the switcher follows the cookie only once the page refreshed).
 */
export async function selectApplication(page: Page, sdkAppId: number): Promise<void> {
  await page.goto("/");
  const switcher = page.getByLabel("Application", { exact: true });
  if ((await switcher.inputValue()) === String(sdkAppId)) return;
  await switcher.selectOption(String(sdkAppId));
  await expect(switcher).toHaveValue(String(sdkAppId));
}

/** The local cloud's account as its control plane holds it (what Tencent's consoles would set). */
export async function readLocalAccount(): Promise<AccountConfig> {
  const response = await fetch(`${localCloudUrl}/_local/account`);
  expect(response.ok, "the local cloud answers GET /_local/account").toBe(true);
  return (await response.json()) as AccountConfig;
}

/** Replaces the local cloud's account (PUT takes the whole account, as GET returns it). */
export async function writeLocalAccount(account: AccountConfig): Promise<void> {
  const response = await controlFetch("/_local/account", {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(account),
  });
  expect(response.ok, `PUT /_local/account: ${await response.text()}`).toBe(true);
}
