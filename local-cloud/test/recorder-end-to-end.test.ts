import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Client as LiveClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_client";
import { Client as VodClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "./helpers/lavfi-push";
import {
  removeDataDir,
  startTestCloud,
  TEST_APP,
  TEST_CREDENTIAL,
  TEST_PUSH_DOMAIN,
  TEST_VOD_APP,
  type TestCloud,
} from "./helpers/test-cloud";

const clientConfig = (port: number) => ({
  credential: TEST_CREDENTIAL,
  region: "ap-guangzhou",
  profile: { httpProfile: { endpoint: `127.0.0.1:${port}`, protocol: "http://" } },
});

let env: TestCloud;
let receiver: Server;
const received: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  env = await startTestCloud();
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push(JSON.parse(body) as Record<string, unknown>);
      response.writeHead(200, { "content-type": "application/json" }).end('{"code":0}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await new Promise((resolve) => receiver?.close(resolve));
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

describe("recording through the real SDKs", () => {
  it("records a pushed stream by a global record rule into VOD and calls back with a valid signature", async () => {
    const live = new LiveClient(clientConfig(env.cloud.port));
    const vod = new VodClient(clientConfig(env.cloud.port));
    const domain = TEST_PUSH_DOMAIN;
    const appName = `trtc_${TEST_APP}`;
    const { TemplateId } = await live.CreateLiveRecordTemplate({
      TemplateName: "e2e",
      HlsParam: { Enable: 1 },
      Mp4Param: { Enable: 1, RecordInterval: 3600 },
    });
    await live.CreateLiveRecordRule({ DomainName: domain, AppName: appName, TemplateId: TemplateId ?? 0 });
    const port = (receiver.address() as AddressInfo).port;
    const callback = await live.CreateLiveCallbackTemplate({
      TemplateName: "e2e",
      RecordNotifyUrl: `http://127.0.0.1:${port}/record`,
      CallbackKey: "e2e-key",
    });
    await live.CreateLiveCallbackRule({ DomainName: domain, AppName: appName, TemplateId: callback.TemplateId ?? 0 });

    const streamId = `${TEST_APP}_900_alice_main`;
    const push = startLavfiPush(
      `rtmp://127.0.0.1:${env.cloud.rtmpPort}/${appName}/${streamId}?roomid=900&userid=alice`,
      4,
    );
    expect(await push.exited).toBe(0);

    const media = await eventually(async () => {
      const found = await vod.SearchMedia({ SubAppId: TEST_VOD_APP, StreamIds: [streamId] });
      return (found.MediaInfoSet ?? []).length === 2 && found.MediaInfoSet;
    }, "both recordings are in VOD");
    const names = media.map((item) => item.BasicInfo?.Name ?? "");
    for (const name of names) expect(name).toMatch(/^1400000999_900_alice_main_\d{4}(-\d{2}){5}_\d{4}(-\d{2}){5}$/);
    for (const item of media) expect(Math.abs((item.MetaData?.Duration ?? 0) - 4)).toBeLessThan(1);

    const events = await eventually(
      async () => received.filter((body) => body.event_type === 100).length === 2 && received,
      "both event 100 callbacks arrive",
    );
    for (const body of events) {
      expect(body.sign).toBe(
        createHash("md5")
          .update(`e2e-key${String(body.t)}`)
          .digest("hex"),
      );
      expect(body.stream_id).toBe(streamId);
    }
    expect(events.map((body) => body.file_format).sort()).toEqual(["hls", "mp4"]);
    expect(new Set(events.map((body) => body.file_id))).toEqual(new Set(media.map((item) => item.FileId)));
  });
});
