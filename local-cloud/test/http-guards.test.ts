import { copyFile, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredMedia } from "../src/recording/contracts";
import { CONTROL_SECRET_HEADER } from "../src/core/http/control-secret";
import { rawRequest } from "./helpers/raw-request";
import {
  liveClient,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  TEST_PUSH_DOMAIN,
  type TestCloud,
} from "./helpers/test-cloud";

/*
 * Two guards every HTTP answer of the local cloud passes: the Host it is asked for must be this
 * machine's (a page that rebinds its own name to 127.0.0.1 still sends its name), and only the
 * console's origin may read media and samples cross-origin.
 */

const CONSOLE_ORIGIN = "http://127.0.0.1:3100";
const OTHER_ORIGIN = "https://evil.example";

let env: TestCloud;
let media: StoredMedia;
let scratch = "";

beforeAll(async () => {
  env = await startTestCloud({ consoleOrigins: [CONSOLE_ORIGIN, "http://localhost:3100"] });
  scratch = await mkdtemp(path.join(os.tmpdir(), "http-guards-"));
  const clip = path.join(scratch, "clip.mp4");
  await copyFile(env.samplePath("red-360p"), clip);
  media = await env.cloud.mediaSink.addRecording({
    sdkAppId: TEST_APP,
    subAppId: null,
    format: "mp4",
    path: clip,
    name: `${TEST_APP}_7001_alice_main_2026-11-24-10-00-00_2026-11-24-10-00-03`,
    streamId: `${TEST_APP}_7001_alice_main`,
    domain: TEST_PUSH_DOMAIN,
    appName: `trtc_${TEST_APP}`,
    startTime: Date.now() - 3_000,
    endTime: Date.now(),
    streamParam: `roomid=7001&userid=${Buffer.from("alice").toString("base64")}`,
    storageTimeSeconds: 0,
    coverPath: null,
    recordTemplateId: 1,
  });
});
afterAll(async () => {
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
  await rm(scratch, { recursive: true, force: true });
});

const pathOf = (url: string) => new URL(url).pathname;

describe("the Host check (DNS rebinding)", () => {
  it("refuses a foreign Host with 421 on the control plane, the API and VOD media, the secret notwithstanding", async () => {
    const requests: Array<{ method: string; path: string; headers?: Record<string, string> }> = [
      { method: "GET", path: "/_local/health" },
      { method: "GET", path: "/_local/account" },
      { method: "POST", path: "/_local/reset", headers: { [CONTROL_SECRET_HEADER]: env.cloud.controlSecret } },
      { method: "POST", path: "/", headers: { "Content-Type": "application/json", "X-TC-Action": "DescribeRoomInfo" } },
      { method: "GET", path: pathOf(media.mediaUrl) },
      { method: "GET", path: `/_local/samples/red-360p.mp4` },
    ];
    for (const host of [
      "evil.example",
      `evil.example:${env.cloud.port}`,
      "127.0.0.1.evil.example",
      "localhost.evil.example:80",
    ]) {
      for (const request of requests) {
        const answer = await rawRequest(env.cloud.port, { ...request, headers: { ...request.headers, Host: host } });
        expect(answer.status, `${request.method} ${request.path} for ${host}`).toBe(421);
        expect((JSON.parse(answer.body) as { error: string }).error).toContain("DNS rebinding");
      }
    }
  });

  it("answers the loopback names, with or without a port", async () => {
    for (const host of [
      "127.0.0.1",
      `127.0.0.1:${env.cloud.port}`,
      `localhost:${env.cloud.port}`,
      "LOCALHOST",
      `[::1]:${env.cloud.port}`,
    ]) {
      const health = await rawRequest(env.cloud.port, { path: "/_local/health", headers: { Host: host } });
      expect(health.status, host).toBe(200);
      const file = await rawRequest(env.cloud.port, {
        path: pathOf(media.mediaUrl),
        headers: { Host: host, Range: "bytes=0-9" },
      });
      expect(file.status, host).toBe(206);
    }
  });

  it("lets the real SDK through: it names 127.0.0.1:<port>", async () => {
    const { Templates } = await liveClient(env.cloud.port).DescribeLiveRecordTemplates({});
    expect(Templates).toEqual([]);
  });
});

describe("CORS on media and samples", () => {
  const urls = () => ({ media: media.mediaUrl, sample: env.sampleUrl("red-360p") });

  it("names the console's origin, and varies by Origin", async () => {
    for (const [what, url] of Object.entries(urls())) {
      for (const origin of [CONSOLE_ORIGIN, "http://localhost:3100"]) {
        const response = await fetch(url, { headers: { Origin: origin, Range: "bytes=0-99" } });
        expect(response.status, what).toBe(206);
        expect(response.headers.get("access-control-allow-origin"), what).toBe(origin);
        expect(response.headers.get("access-control-expose-headers"), what).toContain("Content-Range");
        expect(response.headers.get("vary"), what).toBe("Origin");
      }
    }
    const list = await fetch(`${env.cloud.url}/_local/samples`, { headers: { Origin: CONSOLE_ORIGIN } });
    expect(list.headers.get("access-control-allow-origin")).toBe(CONSOLE_ORIGIN);
  });

  it("sends no CORS header to another origin, nor to a request without one", async () => {
    for (const [what, url] of Object.entries(urls())) {
      const variants: Array<Record<string, string>> = [
        { Origin: OTHER_ORIGIN },
        { Origin: "http://127.0.0.1:3000" },
        { Origin: "null" },
        {},
      ];
      for (const headers of variants) {
        const response = await fetch(url, { headers });
        expect(response.status, what).toBe(200);
        expect(response.headers.get("access-control-allow-origin"), `${what} ${JSON.stringify(headers)}`).toBeNull();
        expect(response.headers.get("vary"), what).toBe("Origin");
        await response.arrayBuffer();
      }
    }
  });

  it("answers a ranged GET's preflight for the console only", async () => {
    for (const [what, url] of Object.entries(urls())) {
      const preflight = { "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "range" };
      const allowed = await fetch(url, { method: "OPTIONS", headers: { ...preflight, Origin: CONSOLE_ORIGIN } });
      expect(allowed.status, what).toBe(204);
      expect(allowed.headers.get("access-control-allow-origin"), what).toBe(CONSOLE_ORIGIN);
      expect(allowed.headers.get("access-control-allow-headers"), what).toBe("Range");
      const refused = await fetch(url, { method: "OPTIONS", headers: { ...preflight, Origin: OTHER_ORIGIN } });
      expect(refused.headers.get("access-control-allow-origin"), what).toBeNull();
      expect(refused.headers.get("access-control-allow-headers"), what).toBeNull();
    }
  });

  it("never lets a page read the control plane's state cross-origin", async () => {
    for (const path of ["/_local/account", "/_local/callbacks", "/_local/health"]) {
      const response = await fetch(`${env.cloud.url}${path}`, { headers: { Origin: CONSOLE_ORIGIN } });
      expect(response.headers.get("access-control-allow-origin"), path).toBeNull();
    }
  });
});
