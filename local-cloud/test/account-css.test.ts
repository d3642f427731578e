import type { Client as LiveClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_client";
import type { Client as VodClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeAccount } from "./helpers/account-control";
import { startCallbackReceiver } from "./helpers/callback-receiver";
import { cssEventsAt } from "./helpers/css-callbacks";
import { eventually } from "./helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "./helpers/lavfi-push";
import {
  errorOf,
  liveClient,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  TEST_BIZ_ID,
  TEST_PUSH_DOMAIN,
  TEST_VOD_APP,
  vodClient,
  type TestCloud,
} from "./helpers/test-cloud";

/*
 * A real account's push domain is `<BizId>.livepush.myqcloud.com`, created when relay to CDN is
 * enabled (reference §8): DescribeLiveDomains lists it, rules bind only to it, and what it records
 * carries it (VOD LiveRecordInfo.Domain and SourceContext, event 100's `app`).
 */

const APP_NAME = `trtc_${TEST_APP}`;
/** What the console used to assume: the SdkAppId's domain, which no account has. */
const SDK_APP_DOMAIN = `${TEST_APP}.livepush.myqcloud.com`;

let env: TestCloud;
let live: LiveClient;
let vod: VodClient;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;

beforeAll(async () => {
  env = await startTestCloud();
  live = liveClient(env.cloud.port);
  vod = vodClient(env.cloud.port);
  receiver = await startCallbackReceiver();
});
afterAll(async () => {
  await stopAllLavfiPushes();
  await env?.cloud.close();
  await receiver?.close();
  if (env) await removeDataDir(env.dataDir);
});

describe("DescribeLiveDomains", () => {
  it("lists the account's push domain, as its filters ask", async () => {
    const all = await live.DescribeLiveDomains({});
    expect(all).toMatchObject({
      AllCount: 1,
      DomainList: [{ Name: `${TEST_BIZ_ID}.livepush.myqcloud.com`, Type: 0, Status: 1, IsDelayLive: 0 }],
      CreateLimitCount: 99,
    });
    expect(all.DomainList?.[0]?.CreateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect((await live.DescribeLiveDomains({ DomainType: 0, PageSize: 10, PageNum: 1 })).AllCount).toBe(1);
    expect(await live.DescribeLiveDomains({ DomainType: 1 })).toMatchObject({ AllCount: 0, DomainList: [] });
    expect(await live.DescribeLiveDomains({ DomainStatus: 0 })).toMatchObject({ AllCount: 0 });
    expect(await live.DescribeLiveDomains({ DomainPrefix: String(TEST_BIZ_ID) })).toMatchObject({ AllCount: 1 });
    expect(await live.DescribeLiveDomains({ DomainPrefix: String(TEST_APP) })).toMatchObject({ AllCount: 0 });
    expect(await live.DescribeLiveDomains({ PageNum: 2 })).toMatchObject({ AllCount: 1, DomainList: [] });
    const tooSmall = await errorOf(live.DescribeLiveDomains({ PageSize: 5 }));
    expect(tooSmall).toMatchObject({ code: "InvalidParameterValue" });
    expect(tooSmall.message).toContain("PageSize");
  });

  it("lists nothing before relay to CDN is enabled, and then refuses every rule", async () => {
    await changeAccount(env.cloud, (account) => ({ ...account, hasPushDomain: false }));
    try {
      expect(await live.DescribeLiveDomains({ DomainType: 0 })).toMatchObject({ AllCount: 0, DomainList: [] });
      const { TemplateId = 0 } = await live.CreateLiveRecordTemplate({ TemplateName: "none", Mp4Param: { Enable: 1 } });
      const refused = await errorOf(
        live.CreateLiveRecordRule({ DomainName: TEST_PUSH_DOMAIN, AppName: APP_NAME, TemplateId }),
      );
      expect(refused.code).toBe("ResourceNotFound.DomainNotExist");
      expect(refused.message).toContain("no push domain");
    } finally {
      await changeAccount(env.cloud, (account) => ({ ...account, hasPushDomain: true }));
    }
  });
});

describe("record and callback rules", () => {
  it("refuses rules on a domain the account does not have", async () => {
    const { TemplateId: recordTemplate = 0 } = await live.CreateLiveRecordTemplate({
      TemplateName: "wrong",
      Mp4Param: { Enable: 1 },
    });
    const { TemplateId: callbackTemplate = 0 } = await live.CreateLiveCallbackTemplate({
      TemplateName: "wrong",
      RecordNotifyUrl: receiver.url,
    });
    const record = await errorOf(
      live.CreateLiveRecordRule({ DomainName: SDK_APP_DOMAIN, AppName: APP_NAME, TemplateId: recordTemplate }),
    );
    expect(record.code).toBe("ResourceNotFound.DomainNotExist");
    expect(record.message).toContain(TEST_PUSH_DOMAIN);
    const callback = await errorOf(
      live.CreateLiveCallbackRule({ DomainName: SDK_APP_DOMAIN, AppName: APP_NAME, TemplateId: callbackTemplate }),
    );
    expect(callback.code).toBe("ResourceNotFound.DomainNotExist");
    expect((await live.DescribeLiveRecordRules()).Rules).toEqual([]);
    expect((await live.DescribeLiveCallbackRules()).Rules).toEqual([]);
  });

  it("records by rules on the push domain into the default VOD application, with the domain on the media and callbacks", async () => {
    const { SubAppId: otherApp } = await vod.CreateSubAppId({ Name: "elsewhere" });
    const { TemplateId: recordTemplate = 0 } = await live.CreateLiveRecordTemplate({
      TemplateName: "push-domain",
      Mp4Param: { Enable: 1, RecordInterval: 3600 },
    });
    await live.CreateLiveRecordRule({ DomainName: TEST_PUSH_DOMAIN, AppName: APP_NAME, TemplateId: recordTemplate });
    const { TemplateId: callbackTemplate = 0 } = await live.CreateLiveCallbackTemplate({
      TemplateName: "push-domain",
      RecordNotifyUrl: new URL("/record", receiver.url).href,
    });
    await live.CreateLiveCallbackRule({
      DomainName: TEST_PUSH_DOMAIN,
      AppName: APP_NAME,
      TemplateId: callbackTemplate,
    });

    const streamId = `${TEST_APP}_610_ann_main`;
    const push = startLavfiPush(
      `rtmp://127.0.0.1:${env.cloud.rtmpPort}/${APP_NAME}/${streamId}?roomid=610&userid=ann`,
      3,
    );
    expect(await push.exited).toBe(0);

    const [event] = await eventually(async () => {
      const events = cssEventsAt(receiver.received, "/record").filter((body) => body.event_type === 100);
      return events.length > 0 && events;
    }, "event 100 arrives");
    expect(event).toMatchObject({ app: TEST_PUSH_DOMAIN, appname: APP_NAME, stream_id: streamId });
    const { MediaInfoSet = [] } = await vod.SearchMedia({ SubAppId: TEST_VOD_APP, StreamIds: [streamId] });
    expect(MediaInfoSet.map((media) => media.FileId)).toEqual([event?.file_id]);
    const source = MediaInfoSet[0]?.BasicInfo?.SourceInfo;
    expect(source?.LiveRecordInfo).toMatchObject({ Domain: TEST_PUSH_DOMAIN, Path: APP_NAME, StreamId: streamId });
    expect(source?.SourceContext).toMatch(new RegExp(`^rtmp://${TEST_PUSH_DOMAIN}/${APP_NAME}/${streamId}\\?`));
    expect((await vod.SearchMedia({ SubAppId: TEST_VOD_APP, StreamDomains: [TEST_PUSH_DOMAIN] })).TotalCount).toBe(1);
    expect((await vod.SearchMedia({ SubAppId: otherApp, StreamIds: [streamId] })).TotalCount).toBe(0);
  });
});
