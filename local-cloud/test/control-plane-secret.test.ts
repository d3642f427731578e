import { chmod, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Client as LiveClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTROL_SECRET_HEADER } from "../src/core/http/control-secret";
import { CONTROL_SECRET_FILE } from "../src/core/http/control-secret-file";
import { getAccount } from "./helpers/account-control";
import { controlFetch, resetCloud } from "./helpers/control-plane";
import { rawRequest } from "./helpers/raw-request";
import { liveClient, makeDataDir, removeDataDir, startTestCloud, type TestCloud } from "./helpers/test-cloud";

/*
 * `/_local/*` changes state only for a caller that knows the local cloud's control secret, so that
 * a web page open in the same browser (which can send a form POST to 127.0.0.1 but cannot read a
 * file or send a custom header cross-origin) can neither reset it nor repoint its callbacks.
 */

const templateIds = async (live: LiveClient) =>
  ((await live.DescribeLiveRecordTemplates({})).Templates ?? []).map((template) => template.TemplateId);

describe("the control secret on mutating /_local calls", () => {
  let env: TestCloud;
  let live: LiveClient;
  let templateId = 0;

  beforeAll(async () => {
    env = await startTestCloud();
    live = liveClient(env.cloud.port);
    templateId =
      (await live.CreateLiveRecordTemplate({ TemplateName: "kept", HlsParam: { Enable: 1 } })).TemplateId ?? 0;
  });
  afterAll(async () => {
    await env?.cloud.close();
    if (env) await removeDataDir(env.dataDir);
  });

  it("refuses a reset without the secret with 401 naming the header, and changes nothing", async () => {
    const response = await fetch(`${env.cloud.url}/_local/reset`, { method: "POST" });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain(CONTROL_SECRET_HEADER);
    const body = (await response.json()) as { error: string; missing: string };
    expect(body.missing).toBe(CONTROL_SECRET_HEADER);
    expect(body.error).toContain(`needs its control secret in the ${CONTROL_SECRET_HEADER} header, which it lacks`);
    expect(await templateIds(live)).toEqual([templateId]);
  });

  it("refuses a wrong secret the same way, without showing the right one", async () => {
    const wrong = await controlFetch(
      { url: env.cloud.url, controlSecret: `${env.cloud.controlSecret}0` },
      "/_local/reset",
      {
        method: "POST",
      },
    );
    expect(wrong.status).toBe(401);
    const text = await wrong.text();
    expect(JSON.parse(text)).toMatchObject({ invalid: CONTROL_SECRET_HEADER });
    expect(text).toContain(`does not hold the local cloud's control secret`);
    expect(text).not.toContain(env.cloud.controlSecret);
    expect(await templateIds(live)).toEqual([templateId]);
  });

  it("refuses what a cross-site form can send: a simple POST, and every other changing method", async () => {
    const form = await rawRequest(env.cloud.port, {
      method: "POST",
      path: "/_local/reset",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example" },
      body: "a=b",
    });
    expect(form.status).toBe(401);
    const before = await getAccount(env.cloud);
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const answer = await fetch(`${env.cloud.url}/_local/account`, {
        method,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...before, bizId: 99 }),
      });
      expect(answer.status, method).toBe(401);
    }
    const callbacks = await fetch(`${env.cloud.url}/_local/trtc-callbacks/${before.apps[0]?.sdkAppId ?? 0}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ roomAndMedia: { url: "https://evil.example/hook", key: null }, recording: null }),
    });
    expect(callbacks.status).toBe(401);
    expect(await getAccount(env.cloud)).toEqual(before);
  });

  it("answers reads without the secret", async () => {
    expect((await fetch(`${env.cloud.url}/_local/health`)).status).toBe(200);
    expect((await fetch(`${env.cloud.url}/_local/account`)).status).toBe(200);
    expect((await fetch(`${env.cloud.url}/_local/callbacks`)).status).toBe(200);
    expect((await fetch(`${env.cloud.url}/_local/samples`)).status).toBe(200);
  });

  it("resets with the right secret", async () => {
    await resetCloud(env.cloud);
    expect(await templateIds(live)).toEqual([]);
  });
});

describe("where the control secret comes from", () => {
  it("is made on the first start, kept owner-only in the data dir, and the same after a restart", async () => {
    const dataDir = await makeDataDir();
    try {
      const first = await startTestCloud({ dataDir });
      const secret = first.cloud.controlSecret;
      await first.cloud.close();
      const file = path.join(dataDir, CONTROL_SECRET_FILE);
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      expect((await readFile(file, "utf8")).trim()).toBe(secret);
      expect((await stat(file)).mode & 0o777).toBe(0o600);

      const second = await startTestCloud({ dataDir });
      expect(second.cloud.controlSecret).toBe(secret);
      await second.cloud.close();

      // Readable by others: it may be known, so the next start makes another.
      await chmod(file, 0o644);
      const third = await startTestCloud({ dataDir });
      try {
        expect(third.cloud.controlSecret).toMatch(/^[0-9a-f]{64}$/);
        expect(third.cloud.controlSecret).not.toBe(secret);
        expect((await stat(file)).mode & 0o777).toBe(0o600);
        expect(
          (await controlFetch({ url: third.cloud.url, controlSecret: secret }, "/_local/reset", { method: "POST" }))
            .status,
        ).toBe(401);
        await resetCloud(third.cloud);
      } finally {
        await third.cloud.close();
      }
    } finally {
      await removeDataDir(dataDir);
    }
  });

  it("is the one given when there is one, and then no file is written", async () => {
    const given = "given-control-secret-0123456789";
    const env = await startTestCloud({ controlSecret: given });
    try {
      expect(env.cloud.controlSecret).toBe(given);
      await expect(stat(path.join(env.dataDir, CONTROL_SECRET_FILE))).rejects.toMatchObject({ code: "ENOENT" });
      const refused = await rawRequest(env.cloud.port, {
        method: "POST",
        path: "/_local/reset",
        headers: { [CONTROL_SECRET_HEADER]: "another-secret-0123456789" },
      });
      expect(refused.status).toBe(401);
      await resetCloud(env.cloud);
    } finally {
      await env.cloud.close();
      await removeDataDir(env.dataDir);
    }
  });

  it("refuses to start with a secret too short to be one", async () => {
    const dataDir = await makeDataDir();
    try {
      await expect(startTestCloud({ dataDir, controlSecret: "short" })).rejects.toThrow(
        "controlSecret must be at least 16 characters",
      );
    } finally {
      await removeDataDir(dataDir);
    }
  });
});
