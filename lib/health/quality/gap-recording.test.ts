import { setTimeout as holdOff } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCallbackReceiver } from "../../../local-cloud/test/helpers/callback-receiver";
import { bindCssRecordCallbacks, cssEventsAt } from "../../../local-cloud/test/helpers/css-callbacks";
import { eventually } from "../../../local-cloud/test/helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "../../../local-cloud/test/helpers/lavfi-push";
import { runsOnDisk } from "../../../local-cloud/test/helpers/recordings-on-disk";
import {
  legacyApp,
  liveClient,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  TEST_PUSH_DOMAIN,
  vodClient,
  type TestCloud,
} from "../../../local-cloud/test/helpers/test-cloud";
import { describeMediaInfos } from "@/lib/cloud/vod/describe-media-infos";
import { searchMedia } from "@/lib/cloud/vod/search-media";
import { checkFile } from "./check-file";
import { DEFAULT_QUALITY_THRESHOLDS } from "./thresholds";

/*
 * A publisher that drops and comes back within the HLS resume window (FlowContinueDuration): the
 * local cloud makes one HLS file whose playlist joins both publishes, and the time the publisher
 * was away is left out of the media (not padded), while the span VOD says the file covers keeps
 * it. So the check's `missingSec` is that gap, and a gap longer than `truncationMinSec` (5 s) is
 * reported as a truncated file.
 */
const STREAM = "gap";
const APP_NAME = `trtc_${TEST_APP}`;
/** How long the publisher stays away: the fault this test makes, longer than the 5 s threshold. */
const GAP_SEC = 8;
/** The gap plus room for the publisher to reconnect on a busy machine; the file is finished this long after the last publish. */
const RESUME_WINDOW_SEC = 15;
const PUBLISH_SEC = 5;

let env: TestCloud;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;

beforeAll(async () => {
  env = await startTestCloud({ apps: [legacyApp(TEST_APP)] });
  receiver = await startCallbackReceiver();
  const live = liveClient(env.cloud.port);
  const { TemplateId = 0 } = await live.CreateLiveRecordTemplate({
    TemplateName: "gap",
    HlsParam: { Enable: 1, StorageTime: 86_400 },
    HlsSpecialParam: { FlowContinueDuration: RESUME_WINDOW_SEC },
  });
  await live.CreateLiveRecordRule({ DomainName: TEST_PUSH_DOMAIN, AppName: APP_NAME, TemplateId });
  await bindCssRecordCallbacks(live, {
    receiverUrl: receiver.url,
    domainName: TEST_PUSH_DOMAIN,
    appName: APP_NAME,
    name: "gap",
    key: "gap-key",
  });
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await receiver?.close();
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

/** When the receiver got each of the stream's 332 callbacks reporting `event`, in order. */
const statusTimes = (event: string): number[] =>
  receiver.received
    .filter((entry) => {
      if (entry.path !== "/status") return false;
      const body = JSON.parse(entry.body) as Record<string, unknown>;
      return body.stream_id === STREAM && body.record_event === event;
    })
    .map((entry) => entry.receivedAt);

/** Seconds of media the HLS playlist of one run (publish; the first is 1) lists so far. */
const recordedSecondsOfRun = async (run: number): Promise<number> =>
  (await runsOnDisk(env.dataDir)).find((entry) => entry.format === "hls" && entry.run === run)?.seconds ?? 0;

/** A CSS callback's instant in ms: `<name>_time` in Unix seconds plus `<name>_time_usec`. */
const callbackMs = (event: Record<string, unknown>, name: "start" | "end"): number =>
  Number(event[`${name}_time`]) * 1000 + Number(event[`${name}_time_usec`]) / 1000;

describe("a recording with a gap", () => {
  it("is one HLS file whose media lacks the time the publisher was away, which the check measures as missing", async () => {
    const url = `rtmp://127.0.0.1:${env.cloud.rtmpPort}/${APP_NAME}/${STREAM}?roomid=21&userid=gap`;
    // Each publish is killed (a dropped connection) once the recording holds PUBLISH_SEC of it.
    const first = startLavfiPush(url, 60);
    await eventually(async () => (await recordedSecondsOfRun(1)) >= PUBLISH_SEC, "the first publish is recorded");
    await first.stop();
    const pausedAt = await eventually(async () => statusTimes("record_paused")[0], "the recording pauses");
    // The run's playlist is complete once the pause is reported, and goes when the file is finished.
    const firstRunSec = await recordedSecondsOfRun(1);
    // Not a wait for a state: staying away is the fault being made (a publisher's network gone for 8 s).
    await holdOff(GAP_SEC * 1000);
    const second = startLavfiPush(url, 60);
    await eventually(async () => (await recordedSecondsOfRun(2)) >= PUBLISH_SEC, "the second publish is recorded");
    await second.stop();
    await eventually(async () => statusTimes("record_paused")[1], "the recording pauses again");
    const secondRunSec = await recordedSecondsOfRun(2);
    const [resumedAt] = statusTimes("record_resumed");
    expect(resumedAt).toBeDefined();
    const gapSec = ((resumedAt ?? 0) - pausedAt) / 1000;
    const fileEvent = await eventually(
      async () => cssEventsAt(receiver.received, "/record").find((event) => event.stream_id === STREAM),
      "the file is called back",
    );

    const vod = vodClient(env.cloud.port);
    const page = await searchMedia({ subAppId: null, streamPaths: [APP_NAME], order: "newest", limit: 10 }, vod);
    expect(page.recordings.map((recording) => [recording.fileId, recording.type])).toEqual([
      [fileEvent.file_id, "m3u8"],
    ]);
    const recording = await describeMediaInfos(String(fileEvent.file_id), null, vod);
    const mediaUrl = recording?.mediaUrl ?? "";
    const playlist = await (await fetch(mediaUrl)).text();
    expect(playlist.match(/#EXT-X-DISCONTINUITY/g)).toHaveLength(1);

    // The span as the console gets it: VOD's LiveRecordInfo, in whole seconds.
    const { start, end } = recording?.source.liveRecord ?? {};
    expect(start && end).toBeTruthy();
    const coveredSec = (Date.parse(end ?? "") - Date.parse(start ?? "")) / 1000;
    const result = await checkFile(mediaUrl, DEFAULT_QUALITY_THRESHOLDS, { cpuBudgetSec: 30, coveredSec });

    // Not padded: the file is the media of the two publishes and nothing else...
    const durationSec = Number(result.measurements.durationSec);
    expect(firstRunSec).toBeGreaterThanOrEqual(PUBLISH_SEC);
    expect(Math.abs(durationSec - (firstRunSec + secondRunSec))).toBeLessThan(0.1);
    // ...while its span, to the millisecond the callback gives, keeps the gap.
    const exactCoveredSec = (callbackMs(fileEvent, "end") - callbackMs(fileEvent, "start")) / 1000;
    expect(Math.abs(exactCoveredSec - durationSec - gapSec)).toBeLessThan(0.5);
    // Whole seconds at both ends put the console's figure up to a second either way.
    expect(Math.abs(Number(result.measurements.missingSec) - gapSec)).toBeLessThan(1.5);
    // Longer than the default threshold: the file is reported truncated by the gap, and has no other fault.
    expect(gapSec).toBeGreaterThanOrEqual(GAP_SEC);
    expect(result.problems.map((problem) => problem.kind)).toEqual(["truncated"]);
  }, 90_000);
});
