import { stat } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FormatSettings, RecordingConfig } from "../src/recording/contracts";
import { eventually } from "./helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "./helpers/lavfi-push";
import { RECORDER_TEST_APP, startRecorderHarness, type RecorderHarness } from "./helpers/recorder-harness";

/*
 * A mixer re-laying out its picture stops its stream and publishes it again; it tells the recorder
 * beforehand (expectReturn), so the recording waits for it — up to 20 s, whatever the template's
 * resume window (0 here) — and goes on in the same file. These tests show that an announcement
 * covers one absence only and can be withdrawn, so a stop after a re-layout is a plain stop.
 */

const settings: FormatSettings = {
  recordIntervalSeconds: 3600,
  storageTimeSeconds: 0,
  vodSubAppId: null,
  vodFileName: null,
};
const config: RecordingConfig = { templateId: 11, formats: { mp4: settings }, resumeWindowSeconds: 0 };

let env: RecorderHarness;

beforeAll(async () => {
  env = await startRecorderHarness();
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await env?.close();
});

const streamKey = (streamId: string) => `trtc_${RECORDER_TEST_APP}/${streamId}`;
const count = (events: string[], event: string) => events.filter((other) => other === event).length;

async function statusesOnceFileIsStored(streamId: string): Promise<string[]> {
  await eventually(async () => env.media.of(streamId).length === 1 || undefined, `the file of ${streamId} is stored`);
  await env.recorder.idle();
  return env.callbacks.statusEvents(streamId);
}

/**
 * Publishes until the recording has reported `event` once more and its file has media, then drops
 * the publisher (as the mixer stops its ffmpeg); `beforeStop` runs while the stream is still live.
 */
async function publishUntil(streamId: string, query: string, event: string, beforeStop = () => {}): Promise<void> {
  const seen = count(env.callbacks.statusEvents(streamId), event);
  const push = startLavfiPush(env.pushUrl(streamId, query), 60);
  await eventually(
    async () => count(env.callbacks.statusEvents(streamId), event) > seen || undefined,
    `${streamId} reports ${event}`,
  );
  await eventually(async () => {
    const [active] = env.recorder.activeRecordings().filter((entry) => entry.streamKey === streamKey(streamId));
    return (await stat(active?.file ?? "").catch(() => undefined))?.size || undefined;
  }, `${streamId} is written`);
  beforeStop();
  await push.stop();
}

describe("a publisher's announced return", () => {
  it("keeps the file over a re-layout, and a stop after it ends the file at once", async () => {
    env.config.configs.set("relaid", config);
    // The re-layout: the mixer announces the return, then its stream stops and comes back.
    await publishUntil("relaid", "roomid=830&userid=mia", "record_start_succeeded", () =>
      env.recorder.expectReturn(streamKey("relaid")),
    );
    await eventually(
      async () => env.callbacks.statusEvents("relaid").includes("record_paused") || undefined,
      "the recording waits for the announced return",
    );
    await publishUntil("relaid", "roomid=830&userid=mia", "record_resumed");

    // The stop: no return is announced for this end, so with no resume window the file ends.
    expect(await statusesOnceFileIsStored("relaid")).toEqual([
      "record_start_succeeded",
      "record_paused",
      "record_resumed",
      "record_ended",
    ]);
    const [file] = env.media.of("relaid");
    // One file for both publishes, with media in it.
    expect(file?.durationSeconds).toBeGreaterThan(1);
    const fileEvents = env.callbacks.deliveries.filter(
      (delivery) => delivery.body.event_type === 100 && delivery.body.stream_id === "relaid",
    );
    expect(fileEvents).toHaveLength(1);
  });

  it("ends a file that waits for an announced return once the announcement is withdrawn", async () => {
    env.config.configs.set("withdrawn", config);
    await publishUntil("withdrawn", "roomid=831&userid=noa", "record_start_succeeded", () =>
      env.recorder.expectReturn(streamKey("withdrawn")),
    );
    await eventually(
      async () => env.callbacks.statusEvents("withdrawn").includes("record_paused") || undefined,
      "the recording waits for the announced return",
    );
    expect(env.media.of("withdrawn")).toEqual([]);
    // The mix is stopped instead of coming back. A stream published from then on for 3 s ends,
    // and its file is stored, well within the 20 s the withdrawn return would have been waited for.
    env.recorder.withdrawReturn(streamKey("withdrawn"));
    env.config.configs.set("after-withdrawal", config);
    expect(await startLavfiPush(env.pushUrl("after-withdrawal", "roomid=832&userid=ora"), 3).exited).toBe(0);
    await statusesOnceFileIsStored("after-withdrawal");
    const order = env.media.received.map((media) => media.recording.streamId);
    expect(order.indexOf("withdrawn")).toBeGreaterThanOrEqual(0);
    expect(order.indexOf("withdrawn")).toBeLessThan(order.indexOf("after-withdrawal"));

    expect(await statusesOnceFileIsStored("withdrawn")).toEqual([
      "record_start_succeeded",
      "record_paused",
      "record_ended",
    ]);
    expect(env.recorder.activeRecordings().filter((active) => active.streamKey === streamKey("withdrawn"))).toEqual([]);
  });
});
