import type { Client as LiveClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_client";
import type { Client as VodClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHOSEN_USERS_STREAM_NAME } from "../src/recording/contracts";
import { startCallbackReceiver } from "./helpers/callback-receiver";
import { cssEventsAt } from "./helpers/css-callbacks";
import { eventually } from "./helpers/eventually";
import { readLive } from "./helpers/frame-colors";
import {
  cloudApp,
  errorOf,
  legacyApp,
  liveClient,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  TEST_PUSH_DOMAIN,
  TEST_VOD_APP,
  vodClient,
  type TestCloud,
} from "./helpers/test-cloud";

/*
 * One recording generation per app (FAQ 647/62620): a legacy app records through CSS and MCU
 * `RecordId`, and cannot create cloud-recording tasks; a cloud-recording app creates tasks, and
 * its MCU mixes run and are relayed but a `RecordId` records nothing. Both apps here have the same
 * CSS rules (chosen-user recording, a callback template with both notify URLs), so only the
 * generation tells them apart.
 */

const LEGACY_APP = TEST_APP;
const CLOUD_APP = 1400000888;
const ROOM = 51;
const SMALL_MIX = {
  AudioSampleRate: 48000,
  AudioBitrate: 64,
  AudioChannels: 2,
  VideoWidth: 320,
  VideoHeight: 180,
  VideoBitrate: 300,
  VideoFramerate: 15,
  VideoGop: 2,
};

let env: TestCloud;
let live: LiveClient;
let vod: VodClient;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;

const relayUrl = (sdkAppId: number, streamId: string) =>
  `rtmp://127.0.0.1:${env.cloud.rtmpPort}/trtc_${sdkAppId}/${streamId}`;

/** The CSS events (100 and 332) about one stream, from either notify URL. */
const cssEventsOf = (streamId: string) =>
  [...cssEventsAt(receiver.received, "/record"), ...cssEventsAt(receiver.received, "/status")].filter(
    (event) => event.stream_id === streamId,
  );

async function configureCss(sdkAppId: number, recordTemplate: number, callbackTemplate: number): Promise<void> {
  const AppName = `trtc_${sdkAppId}`;
  await live.CreateLiveRecordRule({
    DomainName: TEST_PUSH_DOMAIN,
    AppName,
    StreamName: CHOSEN_USERS_STREAM_NAME,
    TemplateId: recordTemplate,
  });
  await live.CreateLiveCallbackRule({ DomainName: TEST_PUSH_DOMAIN, AppName, TemplateId: callbackTemplate });
}

beforeAll(async () => {
  env = await startTestCloud({ apps: [legacyApp(LEGACY_APP), cloudApp(CLOUD_APP)], sampleDurationSeconds: 4 });
  live = liveClient(env.cloud.port);
  vod = vodClient(env.cloud.port);
  receiver = await startCallbackReceiver();
  const { TemplateId: recordTemplate = 0 } = await live.CreateLiveRecordTemplate({
    TemplateName: "chosen",
    Mp4Param: { Enable: 1, RecordInterval: 3600 },
  });
  const { TemplateId: callbackTemplate = 0 } = await live.CreateLiveCallbackTemplate({
    TemplateName: "both",
    RecordNotifyUrl: new URL("/record", receiver.url).href,
    RecordStatusNotifyUrl: new URL("/status", receiver.url).href,
  });
  for (const sdkAppId of [LEGACY_APP, CLOUD_APP]) {
    await configureCss(sdkAppId, recordTemplate, callbackTemplate);
    // StartStreamIngest answers once its user is in the room.
    await env.trtc.StartStreamIngest({
      SdkAppId: sdkAppId,
      RoomId: String(ROOM),
      RoomIdType: 1,
      UserId: "speaker",
      UserSig: "sig",
      StreamUrl: env.sampleUrl("red-360p"),
      RepeatNum: -1,
    });
  }
});

afterAll(async () => {
  await env?.cloud.close();
  await receiver?.close();
  if (env) await removeDataDir(env.dataDir);
});

describe("CreateCloudRecording", () => {
  const task = (sdkAppId: number) => ({
    SdkAppId: sdkAppId,
    RoomId: String(ROOM),
    RoomIdType: 1,
    UserId: "recorder_bot",
    UserSig: "bot-sig",
    RecordParams: { RecordMode: 1 },
    StorageParams: { CloudVod: { TencentVod: { SubAppId: TEST_VOD_APP } } },
  });

  it("is refused on a legacy app", async () => {
    const refused = await errorOf(env.trtc.CreateCloudRecording(task(LEGACY_APP)));
    expect(refused.code).toBe("FailedOperation.CRUnsupportMethod");
    expect(refused.message).toContain("legacy");
  });

  it("records on a cloud-recording app", async () => {
    const { TaskId = "" } = await env.trtc.CreateCloudRecording(task(CLOUD_APP));
    await eventually(
      async () =>
        (await env.trtc.DescribeCloudRecording({ SdkAppId: CLOUD_APP, TaskId })).Status === "InProgress" && true,
      "the task records",
    );
    // A second of the user's stream in its file, then the task ends and the file goes to VOD.
    await readLive(relayUrl(CLOUD_APP, `${CLOUD_APP}_${ROOM}_speaker_main`), 1);
    await env.trtc.DeleteCloudRecording({ SdkAppId: CLOUD_APP, TaskId });
    const media = await eventually(
      async () => {
        const { MediaInfoSet } = await vod.SearchMedia({
          SubAppId: TEST_VOD_APP,
          SourceTypes: ["TrtcRecord"],
          TrtcSdkAppIds: [CLOUD_APP],
        });
        return MediaInfoSet?.length ? MediaInfoSet : undefined;
      },
      "the task's file is in VOD",
      { timeoutMs: 60_000, intervalMs: 300 },
    );
    expect(media[0]?.BasicInfo?.SourceInfo?.TrtcRecordInfo).toMatchObject({ TaskId });
  });
});

describe("StartMCUMixTranscode with OutputParams.RecordId", () => {
  const mix = (sdkAppId: number, name: string) =>
    env.trtc.StartMCUMixTranscode({
      SdkAppId: sdkAppId,
      RoomId: ROOM,
      OutputParams: { StreamId: `mix_${name}`, RecordId: `rec_${name}` },
      EncodeParams: SMALL_MIX,
      LayoutParams: { Template: 1 },
    });

  it("records the mix on a legacy app; on a cloud-recording app it relays the mix and records nothing", async () => {
    await mix(LEGACY_APP, "legacy");
    await mix(CLOUD_APP, "cloud");
    await readLive(relayUrl(LEGACY_APP, "mix_legacy"), 2);
    await readLive(relayUrl(CLOUD_APP, "mix_cloud"), 2);
    await env.trtc.StopMCUMixTranscode({ SdkAppId: LEGACY_APP, RoomId: ROOM });
    await env.trtc.StopMCUMixTranscode({ SdkAppId: CLOUD_APP, RoomId: ROOM });

    // The legacy mix's file and its event 100: the recorder has finished what the mixes made.
    const recorded = await eventually(
      async () => {
        const { MediaInfoSet } = await vod.SearchMedia({ SubAppId: TEST_VOD_APP, NamePrefixes: ["rec_legacy_"] });
        return MediaInfoSet?.length ? MediaInfoSet : undefined;
      },
      "VOD has the legacy mix's recording",
      { timeoutMs: 60_000, intervalMs: 300 },
    );
    await eventually(
      async () => cssEventsOf("mix_legacy").some((event) => event.event_type === 100),
      "event 100 of the legacy mix arrives",
    );
    expect(recorded.map((media) => media.BasicInfo?.SourceInfo?.LiveRecordInfo?.StreamId)).toEqual(["mix_legacy"]);
    expect(cssEventsOf("mix_legacy").some((event) => event.event_type === 332)).toBe(true);

    expect((await vod.SearchMedia({ SubAppId: TEST_VOD_APP, NamePrefixes: ["rec_cloud_"] })).TotalCount).toBe(0);
    expect((await vod.SearchMedia({ SubAppId: TEST_VOD_APP, StreamIds: ["mix_cloud"] })).TotalCount).toBe(0);
    expect(cssEventsOf("mix_cloud")).toEqual([]);
  });
});
