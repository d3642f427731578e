import { readFileSync } from "node:fs";
import { DEFAULT_ACCOUNT, type AccountConfig, type AppConfig } from "@shared/local-cloud-account";
import { AccountConfigError, parseAccountConfig } from "../account/account-schema";

type Env = Record<string, string | undefined>;

const valueOf = (env: Env, name: string) => env[name]?.trim() || undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Apps named only by id (LOCAL_CLOUD_SDK_APP_IDS, TRTC_SDK_APP_ID) are the guide's kind: legacy, with a package. */
const legacyApp = (sdkAppId: number): AppConfig => ({ sdkAppId, generation: "legacy", hasMonitoringPackage: false });

/** LOCAL_CLOUD_ACCOUNT: JSON text (it starts with `{`) or the path of a JSON file. */
function readAccountJson(raw: string, problems: string[]): unknown {
  let text = raw;
  if (!raw.startsWith("{")) {
    try {
      text = readFileSync(raw, "utf8");
    } catch (error) {
      problems.push(
        `LOCAL_CLOUD_ACCOUNT must be the account as JSON or the path of a JSON file; "${raw}" cannot be read (${error instanceof Error ? error.message : String(error)})`,
      );
      return undefined;
    }
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push(`LOCAL_CLOUD_ACCOUNT is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/**
 * The fields given over DEFAULT_ACCOUNT: what is left out keeps its default (`vod` and `services`
 * field by field; `apps` and `deniedActions`, when given, replace the default ones whole).
 */
function overDefaults(given: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...DEFAULT_ACCOUNT, ...given };
  if (isRecord(given.vod)) merged.vod = { ...DEFAULT_ACCOUNT.vod, ...given.vod };
  if (isRecord(given.services)) merged.services = { ...DEFAULT_ACCOUNT.services, ...given.services };
  return merged;
}

function readSdkAppIds(env: Env, problems: string[]): number[] | undefined {
  const raw = valueOf(env, "LOCAL_CLOUD_SDK_APP_IDS");
  if (raw === undefined) return undefined;
  const parts = raw.split(",").map((part) => part.trim());
  if (parts.some((part) => !/^[1-9][0-9]{0,11}$/.test(part))) {
    problems.push(
      `LOCAL_CLOUD_SDK_APP_IDS must be a comma-separated list of SdkAppIds (positive integers), got "${raw}"`,
    );
    return [];
  }
  return parts.map(Number);
}

/**
 * The start-up account: LOCAL_CLOUD_ACCOUNT over the default account, plus the apps of
 * LOCAL_CLOUD_SDK_APP_IDS, or else the console's TRTC_SDK_APP_ID (without it the app the console
 * asks about would not exist here). Problems are added to `problems`, each naming its variable.
 */
export function readAccount(env: Env, problems: string[]): AccountConfig {
  const raw = valueOf(env, "LOCAL_CLOUD_ACCOUNT");
  let candidate: unknown = DEFAULT_ACCOUNT;
  if (raw !== undefined) {
    const given = readAccountJson(raw, problems);
    if (given === undefined) return DEFAULT_ACCOUNT;
    if (!isRecord(given)) {
      problems.push("LOCAL_CLOUD_ACCOUNT must be a JSON object (the fields of the account to set)");
      return DEFAULT_ACCOUNT;
    }
    candidate = overDefaults(given);
  }
  let account: AccountConfig;
  try {
    account = parseAccountConfig(candidate);
  } catch (error) {
    if (!(error instanceof AccountConfigError)) throw error;
    problems.push(...error.problems.map((problem) => `LOCAL_CLOUD_ACCOUNT: ${problem}`));
    return DEFAULT_ACCOUNT;
  }
  const consoleApp = Number(valueOf(env, "TRTC_SDK_APP_ID"));
  const extraIds = readSdkAppIds(env, problems) ?? (Number.isInteger(consoleApp) && consoleApp > 0 ? [consoleApp] : []);
  const known = new Set(account.apps.map((app) => app.sdkAppId));
  const extras = [...new Set(extraIds)].filter((sdkAppId) => !known.has(sdkAppId)).map(legacyApp);
  return extras.length > 0 ? { ...account, apps: [...account.apps, ...extras] } : account;
}
