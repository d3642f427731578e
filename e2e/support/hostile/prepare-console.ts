import { expect, type Browser } from "@playwright/test";
import { E2E } from "../../config";
import type { LocalCloudFixture } from "../../fixtures";
import { LEGACY_APP, VOD_DEFAULT_APP } from "../local-account";
import { sessionCookieOf, type OwnConsole } from "../own-console";
import { publishSampleClip } from "../sample-participant";
import { postServerAction, type ServerActionRef } from "../server-actions";
import type { Sessions } from "./send-cases";

const DISABLED_USER = { email: "disabled@e2e.test", password: "e2e-disabled-password" };

export interface PreparedConsole {
  sessions: Sessions;
  userIds: { operator: string; viewer: string; disabled: string };
  /** A VOD file of LEGACY_APP. */
  legacyFileId: string;
}

/** A file of the legacy app in VOD: a participant publishes a short clip, which global auto recording records. */
async function recordLegacyFile(localCloud: LocalCloudFixture): Promise<string> {
  await publishSampleClip(localCloud, { roomId: "hostile-5101", userId: "recorded", seconds: 3 });
  let fileId = "";
  await expect
    .poll(
      async () => {
        const found = await localCloud.vod.SearchMedia({
          SubAppId: VOD_DEFAULT_APP,
          StreamPaths: [`trtc_${LEGACY_APP}`],
          Limit: 10,
        });
        fileId = found.MediaInfoSet?.[0]?.FileId ?? "";
        return found.TotalCount ?? 0;
      },
      { timeout: 90_000, message: "the legacy app's clip is recorded into VOD" },
    )
    .toBe(1);
  return fileId;
}

/**
 * Sets the console up as a person would, through its actions, which must succeed here: an
 * operator, a viewer and a user who is disabled after signing in; the legacy app's recording
 * settings (no callbacks: nothing may reach the database once the spec has read it); and one
 * recording of the legacy app in VOD.
 */
export async function prepareConsole(
  browser: Browser,
  server: OwnConsole,
  localCloud: LocalCloudFixture,
  refOf: (file: string, exportName: string) => ServerActionRef,
): Promise<PreparedConsole> {
  const admin = await sessionCookieOf(browser, server.url, E2E.admin);
  const call = async (file: string, exportName: string, input: unknown, cookie: string) => {
    const answer = await postServerAction(server.url, refOf(file, exportName), [input], cookie);
    expect(answer, `${exportName} succeeds`).toMatchObject({ kind: "result", value: { ok: true } });
    return answer.kind === "result" ? (answer.value as { data: unknown }).data : null;
  };
  const newUser = async (credentials: { email: string; password: string }, role: string, name: string) =>
    (
      (await call("lib/actions/users/create-user.ts", "createUser", { ...credentials, name, role }, admin)) as {
        id: string;
      }
    ).id;
  const userIds = {
    operator: await newUser(E2E.operator, "operator", "Hostile-input operator"),
    viewer: await newUser(E2E.viewer, "viewer", "Hostile-input viewer"),
    disabled: await newUser(DISABLED_USER, "viewer", "Hostile-input disabled"),
  };
  const sessions: Sessions = {
    admin,
    operator: await sessionCookieOf(browser, server.url, E2E.operator),
    viewer: await sessionCookieOf(browser, server.url, E2E.viewer),
    disabled: await sessionCookieOf(browser, server.url, DISABLED_USER),
  };
  await call(
    "lib/actions/users/set-user-disabled.ts",
    "setUserDisabled",
    { userId: userIds.disabled, disabled: true },
    admin,
  );
  const settings = {
    enabled: true,
    mode: "global",
    formats: ["mp4"],
    maxFileMinutes: 60,
    retentionDays: 0,
    resumeSeconds: 0,
    vodSubAppId: null,
    callbackUrl: "",
    callbackKey: "",
    keepStoredCallbackKey: false,
  };
  await call("lib/actions/settings/save-recording-settings.ts", "saveRecordingSettings", settings, sessions.operator);
  return { sessions, userIds, legacyFileId: await recordLegacyFile(localCloud) };
}
