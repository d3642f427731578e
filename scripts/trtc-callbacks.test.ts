import { createHmac } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCallbackReceiver } from "../local-cloud/test/helpers/callback-receiver";
import {
  cloudApp,
  legacyApp,
  removeDataDir,
  startTestCloud,
  type TestCloud,
} from "../local-cloud/test/helpers/test-cloud";
import { configureLocalTrtcCallbacks, LOCAL_KEY_FILE, localTrtcCallbackKey } from "./trtc-callbacks";

const CLOUD_APP = 1400000701;
const LEGACY_APP = 1400000702;

describe("the launcher's local TRTC callback key", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "console-data-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is made once, 32 letters and digits, readable by its owner only, and kept across starts", () => {
    const key = localTrtcCallbackKey(dir);
    expect(key).toMatch(/^[A-Za-z0-9]{32}$/);
    const file = path.join(dir, LOCAL_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(localTrtcCallbackKey(dir)).toBe(key);
    expect(readFileSync(file, "utf8").trim()).toBe(key);
  });

  it("yields to TRTC_CALLBACK_KEY, and replaces a kept file TRTC's console would refuse", () => {
    expect(localTrtcCallbackKey(dir, "OperatorsOwnKey1")).toBe("OperatorsOwnKey1");
    writeFileSync(path.join(dir, LOCAL_KEY_FILE), "not a key!\n");
    expect(localTrtcCallbackKey(dir)).toMatch(/^[A-Za-z0-9]{32}$/);
  });
});

describe("configuring a real local cloud's TRTC callbacks", () => {
  let env: TestCloud;
  let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
  const key = "LauncherKey0123456789abcdefABCDE";

  beforeAll(async () => {
    env = await startTestCloud({ apps: [cloudApp(CLOUD_APP), legacyApp(LEGACY_APP)] });
    receiver = await startCallbackReceiver();
  });
  afterAll(async () => {
    await env?.cloud.close();
    await receiver?.close();
    if (env) await removeDataDir(env.dataDir);
  });

  it("points both callbacks of each local app at the console with the key, skipping apps the account lacks", async () => {
    const consoleUrl = new URL(receiver.url).origin;
    const result = await configureLocalTrtcCallbacks({
      localCloudUrl: env.cloud.url,
      controlSecret: env.cloud.controlSecret,
      consoleUrl,
      key,
      sdkAppIds: [CLOUD_APP, LEGACY_APP, 1400999999],
    });
    expect(result).toEqual({ configured: [CLOUD_APP, LEGACY_APP], skipped: [1400999999] });
    for (const sdkAppId of [CLOUD_APP, LEGACY_APP]) {
      const settings = (await (await fetch(`${env.cloud.url}/_local/trtc-callbacks/${sdkAppId}`)).json()) as unknown;
      const target = { url: `${consoleUrl}/api/callbacks/trtc`, hasKey: true };
      expect(settings).toEqual({ roomAndMedia: target, recording: target });
    }

    // What the local cloud then sends: a task's 301 at once, to the console's receiver, signed with the key.
    const created = await env.trtc.CreateCloudRecording({
      SdkAppId: CLOUD_APP,
      RoomId: "3001",
      UserId: "recorder_bot",
      UserSig: "bot-sig",
      RecordParams: { RecordMode: 2 },
      StorageParams: { CloudVod: { TencentVod: { MediaType: 0 } } },
    });
    const [delivery] = await receiver.waitFor(1);
    expect(delivery?.path).toBe("/api/callbacks/trtc");
    expect(delivery?.headers.sdkappid).toBe(String(CLOUD_APP));
    expect(delivery?.headers.sign).toBe(
      createHmac("sha256", key)
        .update(delivery?.body ?? "")
        .digest("base64"),
    );
    expect(JSON.parse(delivery?.body ?? "{}")).toMatchObject({
      EventGroupId: 3,
      EventType: 301,
      EventInfo: { TaskId: created.TaskId },
    });
    await env.trtc.DeleteCloudRecording({ SdkAppId: CLOUD_APP, TaskId: created.TaskId ?? "" });
  });

  it("says so when the local cloud refuses its control secret, and changes nothing", async () => {
    const before = await (await fetch(`${env.cloud.url}/_local/trtc-callbacks/${CLOUD_APP}`)).text();
    await expect(
      configureLocalTrtcCallbacks({
        localCloudUrl: env.cloud.url,
        controlSecret: "not-the-control-secret-0123456789",
        consoleUrl: "http://127.0.0.1:1",
        key,
        sdkAppIds: [CLOUD_APP],
      }),
    ).rejects.toThrow(`PUT /_local/trtc-callbacks/${CLOUD_APP}: 401`);
    expect(await (await fetch(`${env.cloud.url}/_local/trtc-callbacks/${CLOUD_APP}`)).text()).toBe(before);
  });
});
