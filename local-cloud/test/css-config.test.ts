import { Client as LiveClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  errorOf,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  TEST_CREDENTIAL,
  TEST_PUSH_DOMAIN,
  type TestCloud,
} from "./helpers/test-cloud";
import { resetCloud } from "./helpers/control-plane";

const DOMAIN = TEST_PUSH_DOMAIN;
const APP_NAME = `trtc_${TEST_APP}`;

function liveClient(port: number): LiveClient {
  return new LiveClient({
    credential: TEST_CREDENTIAL,
    region: "ap-guangzhou",
    profile: { httpProfile: { endpoint: `127.0.0.1:${port}`, protocol: "http://" } },
  });
}

describe("CSS recording and callback configuration through the live SDK", () => {
  let env: TestCloud;
  let live: LiveClient;

  beforeAll(async () => {
    env = await startTestCloud();
    live = liveClient(env.cloud.port);
  });
  afterAll(async () => {
    await env.cloud.close();
    await removeDataDir(env.dataDir);
  });
  beforeEach(async () => {
    await resetCloud(env.cloud);
  });

  it("creates, modifies, describes and deletes a record template", async () => {
    const { TemplateId } = await live.CreateLiveRecordTemplate({
      TemplateName: "console_app",
      HlsParam: { Enable: 1, StorageTime: 86_400 },
      Mp4Param: { Enable: 1, RecordInterval: 3600, VodSubAppId: 1500000001 },
      HlsSpecialParam: { FlowContinueDuration: 120 },
    });
    expect(TemplateId).toBeGreaterThan(0);
    await live.ModifyLiveRecordTemplate({
      TemplateId: TemplateId ?? 0,
      Mp4Param: { Enable: 0 },
      Description: "changed",
    });
    const { Template } = await live.DescribeLiveRecordTemplate({ TemplateId: TemplateId ?? 0 });
    expect(Template).toMatchObject({
      TemplateName: "console_app",
      Description: "changed",
      HlsParam: { Enable: 1, StorageTime: 86_400 },
      Mp4Param: { Enable: 0 },
      HlsSpecialParam: { FlowContinueDuration: 120 },
    });
    expect((await live.DescribeLiveRecordTemplates({})).Templates?.map((template) => template.TemplateId)).toEqual([
      TemplateId,
    ]);
    await live.DeleteLiveRecordTemplate({ TemplateId: TemplateId ?? 0 });
    expect(await errorOf(live.DescribeLiveRecordTemplate({ TemplateId: TemplateId ?? 0 }))).toMatchObject({
      code: "ResourceNotFound.TemplateNotFound",
    });
  });

  it("refuses each out-of-range value, naming the field and the range", async () => {
    const cases: Array<[Parameters<LiveClient["CreateLiveRecordTemplate"]>[0], string]> = [
      [{ TemplateName: "t", Mp4Param: { Enable: 1, RecordInterval: 59 } }, "Mp4Param.RecordInterval"],
      [{ TemplateName: "t", FlvParam: { Enable: 1, RecordInterval: 43_201 } }, "FlvParam.RecordInterval"],
      [{ TemplateName: "t", AacParam: { Enable: 1, RecordInterval: 7_201 } }, "AacParam.RecordInterval"],
      [{ TemplateName: "t", HlsParam: { Enable: 1, StorageTime: 1501 * 86_400 } }, "HlsParam.StorageTime"],
      [{ TemplateName: "t", HlsSpecialParam: { FlowContinueDuration: 1801 } }, "HlsSpecialParam.FlowContinueDuration"],
      [{ TemplateName: "bad name!" }, "TemplateName"],
    ];
    for (const [request, field] of cases) {
      const error = await errorOf(live.CreateLiveRecordTemplate(request));
      expect(error.code, field).toMatch(/^InvalidParameter/);
      expect(error.message, field).toContain(`\`${field}\``);
    }
    expect(
      (await errorOf(live.CreateLiveRecordTemplate({ TemplateName: "t", Mp4Param: { RecordInterval: 59 } }))).message,
    ).toContain("between 60 and 43200");
    expect((await live.DescribeLiveRecordTemplates({})).Templates).toEqual([]);
  });

  it("binds record rules, refuses duplicates, and keeps a bound template", async () => {
    const { TemplateId = 0 } = await live.CreateLiveRecordTemplate({ TemplateName: "t", HlsParam: { Enable: 1 } });
    await live.CreateLiveRecordRule({ DomainName: DOMAIN, AppName: APP_NAME, StreamName: "", TemplateId });
    expect(
      (await errorOf(live.CreateLiveRecordRule({ DomainName: DOMAIN, AppName: APP_NAME, StreamName: "", TemplateId })))
        .code,
    ).toBe("FailedOperation.RuleAlreadyExist");
    expect((await errorOf(live.DeleteLiveRecordTemplate({ TemplateId }))).code).toBe("ResourceInUse");
    const { Rules } = await live.DescribeLiveRecordRules();
    expect(Rules).toEqual([
      expect.objectContaining({ DomainName: DOMAIN, AppName: APP_NAME, StreamName: "", TemplateId }),
    ]);
    expect(Rules?.[0]?.CreateTime).toMatch(/\+08:00$/);
    await live.DeleteLiveRecordRule({ DomainName: DOMAIN, AppName: APP_NAME, StreamName: "" });
    expect((await live.DescribeLiveRecordRules()).Rules).toEqual([]);
    expect(
      (await errorOf(live.CreateLiveRecordRule({ DomainName: DOMAIN, AppName: APP_NAME, TemplateId: 999 }))).code,
    ).toBe("ResourceNotFound.TemplateNotFound");
  });

  it("keeps callback templates with their key and binds them by rule", async () => {
    expect((await errorOf(live.CreateLiveCallbackTemplate({ TemplateName: "none" }))).message).toContain(
      "at least one notify URL",
    );
    expect(
      (await errorOf(live.CreateLiveCallbackTemplate({ TemplateName: "bad", RecordNotifyUrl: "ftp://x" }))).message,
    ).toContain("`RecordNotifyUrl`");
    const { TemplateId = 0 } = await live.CreateLiveCallbackTemplate({
      TemplateName: "cb",
      RecordNotifyUrl: "http://127.0.0.1:9/cb",
      RecordStatusNotifyUrl: "http://127.0.0.1:9/status",
      CallbackKey: "abc123",
    });
    await live.ModifyLiveCallbackTemplate({ TemplateId, CallbackKey: "def456" });
    await live.CreateLiveCallbackRule({ DomainName: DOMAIN, AppName: APP_NAME, TemplateId });
    expect((await live.DescribeLiveCallbackTemplates()).Templates).toEqual([
      expect.objectContaining({ TemplateId, RecordNotifyUrl: "http://127.0.0.1:9/cb", CallbackKey: "def456" }),
    ]);
    expect((await live.DescribeLiveCallbackRules()).Rules).toEqual([
      expect.objectContaining({ DomainName: DOMAIN, AppName: APP_NAME, TemplateId }),
    ]);
    await live.DeleteLiveCallbackRule({ DomainName: DOMAIN, AppName: APP_NAME });
    await live.DeleteLiveCallbackTemplate({ TemplateId });
    expect((await live.DescribeLiveCallbackTemplates()).Templates).toEqual([]);
  });

  it("keeps the configuration across a restart", async () => {
    const { TemplateId = 0 } = await live.CreateLiveRecordTemplate({
      TemplateName: "kept",
      AacParam: { Enable: 1, RecordInterval: 600 },
    });
    await live.CreateLiveRecordRule({ DomainName: DOMAIN, AppName: APP_NAME, TemplateId });
    await env.cloud.close();
    env = await startTestCloud({ dataDir: env.dataDir });
    live = liveClient(env.cloud.port);
    expect((await live.DescribeLiveRecordTemplate({ TemplateId })).Template?.AacParam).toMatchObject({
      RecordInterval: 600,
    });
    expect((await live.DescribeLiveRecordRules()).Rules).toHaveLength(1);
  });
});
