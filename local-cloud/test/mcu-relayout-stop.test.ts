import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHOSEN_USERS_STREAM_NAME } from "../src/recording/contracts";
import { startCallbackReceiver } from "./helpers/callback-receiver";
import { bindCssRecordCallbacks, cssEventsAt } from "./helpers/css-callbacks";
import { eventually } from "./helpers/eventually";
import {
  legacyApp,
  liveClient,
  removeDataDir,
  startTestCloud,
  TEST_PUSH_DOMAIN,
  type TestCloud,
} from "./helpers/test-cloud";

/*
 * The mixer tells the recorder before each re-layout that the mixed stream comes back, and the
 * recording waits for it (up to 20 s) in the same file. A stop after a re-layout must not wait for
 * a return that is not coming: StopMCUMixTranscode ends the file as a plain stop does.
 */

const APP = 1400000124;
const ROOM = 1002;
const STREAM_ID = "relayout_stop_mix";

let env: TestCloud;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;

beforeAll(async () => {
  receiver = await startCallbackReceiver();
  env = await startTestCloud({ apps: [legacyApp(APP)], sampleDurationSeconds: 4 });
  const live = liveClient(env.cloud.port);
  const { TemplateId = 0 } = await live.CreateLiveRecordTemplate({
    TemplateName: "mixes",
    Mp4Param: { Enable: 1, RecordInterval: 3600 },
  });
  await live.CreateLiveRecordRule({
    DomainName: TEST_PUSH_DOMAIN,
    AppName: `trtc_${APP}`,
    StreamName: CHOSEN_USERS_STREAM_NAME,
    TemplateId,
  });
  await bindCssRecordCallbacks(live, {
    receiverUrl: receiver.url,
    domainName: TEST_PUSH_DOMAIN,
    appName: `trtc_${APP}`,
    name: "mixes",
    key: "mixes",
  });
});

afterAll(async () => {
  await env?.cloud.close();
  await receiver?.close();
  if (env) await removeDataDir(env.dataDir);
});

const statuses = () =>
  cssEventsAt(receiver.received, "/status")
    .filter((event) => event.stream_id === STREAM_ID)
    .sort((a, b) => Number(a.seq) - Number(b.seq))
    .map((event) => String(event.record_event));

const start = (template: number) =>
  env.trtc.StartMCUMixTranscode({
    SdkAppId: APP,
    RoomId: ROOM,
    OutputParams: { StreamId: STREAM_ID, RecordId: "relaystop" },
    EncodeParams: {
      AudioSampleRate: 48000,
      AudioBitrate: 64,
      AudioChannels: 2,
      VideoWidth: 320,
      VideoHeight: 180,
      VideoBitrate: 300,
      VideoFramerate: 15,
      VideoGop: 2,
    },
    LayoutParams: { Template: template },
  });

describe("StopMCUMixTranscode after a re-layout", () => {
  it("ends the mix's file at once, without waiting for the return announced by the re-layout", async () => {
    const { TaskId } = await env.trtc.StartStreamIngest({
      SdkAppId: APP,
      RoomId: String(ROOM),
      RoomIdType: 1,
      UserId: "red",
      UserSig: "sig",
      StreamUrl: env.sampleUrl("red-360p"),
      RepeatNum: -1,
    });
    await start(1);
    await eventually(async () => statuses().includes("record_start_succeeded") || undefined, "the mix is recorded");
    // A new layout: the mixer restarts its ffmpeg and the recording goes on in the same file.
    await start(2);
    await eventually(async () => statuses().includes("record_resumed") || undefined, "the recording resumes", {
      timeoutMs: 60_000,
    });
    await env.trtc.StopMCUMixTranscode({ SdkAppId: APP, RoomId: ROOM });

    await eventually(
      async () => cssEventsAt(receiver.received, "/record").some((event) => event.stream_id === STREAM_ID) || undefined,
      "event 100 of the mix's file arrives",
    );
    await eventually(async () => statuses().includes("record_ended") || undefined, "the recording ends");
    // Ended straight after the stop: no pause for the re-layout's announced return.
    expect(statuses()).toEqual(["record_start_succeeded", "record_paused", "record_resumed", "record_ended"]);
    expect(cssEventsAt(receiver.received, "/record").filter((event) => event.stream_id === STREAM_ID)).toHaveLength(1);
    await env.trtc.StopStreamIngest({ SdkAppId: APP, TaskId: TaskId ?? "" });
  });
});
