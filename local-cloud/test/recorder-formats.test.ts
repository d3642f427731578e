import { readFile, stat } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FormatSettings, RecordingConfig } from "../src/recording/contracts";
import { eventually } from "./helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "./helpers/lavfi-push";
import { RECORDER_TEST_APP, startRecorderHarness, type RecorderHarness } from "./helpers/recorder-harness";
import { TEST_PUSH_DOMAIN } from "./helpers/test-cloud";

const PUBLISH_SECONDS = 5;
const NAME_TIME = /\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}/.source;
const settings = (overrides: Partial<FormatSettings> = {}): FormatSettings => ({
  recordIntervalSeconds: 60,
  storageTimeSeconds: 0,
  vodSubAppId: null,
  vodFileName: null,
  ...overrides,
});
const config = (formats: RecordingConfig["formats"]): RecordingConfig => ({
  templateId: 42,
  formats,
  resumeWindowSeconds: 0,
});

let env: RecorderHarness;

beforeAll(async () => {
  env = await startRecorderHarness();
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await env?.close();
});

describe("recording a published stream", () => {
  it("records every enabled format into playable files named per §5.1, hands them to VOD and calls back", async () => {
    const defaultId = `${RECORDER_TEST_APP}_801_alice_main`;
    env.config.configs.set(
      defaultId,
      config({ hls: settings(), mp4: settings({ vodSubAppId: 1500000001 }), flv: settings(), aac: settings() }),
    );
    env.config.configs.set("cam-bob", config({ mp4: settings() }));
    env.config.configs.set(
      `${RECORDER_TEST_APP}_801_carol_aux`,
      config({ mp4: settings({ storageTimeSeconds: 86400 }) }),
    );
    env.config.configs.set(
      "templated",
      config({ flv: settings({ vodFileName: "rec-{StreamID}-{StartHour}{StartMinute}" }) }),
    );
    // No config for this one: nothing may be recorded.
    const pushes = [
      startLavfiPush(env.pushUrl(defaultId, "roomid=801&userid=alice"), PUBLISH_SECONDS),
      startLavfiPush(env.pushUrl("cam-bob", "roomid=801&userid=bob"), PUBLISH_SECONDS),
      startLavfiPush(
        env.pushUrl(
          `${RECORDER_TEST_APP}_801_carol_aux`,
          "roomid=801&userid=carol&streamtype=aux&userdefinerecordid=lesson7",
        ),
        PUBLISH_SECONDS,
      ),
      startLavfiPush(env.pushUrl("templated", "roomid=801&userid=dave"), PUBLISH_SECONDS),
      startLavfiPush(env.pushUrl("unconfigured", "roomid=801&userid=erin"), PUBLISH_SECONDS),
    ];
    for (const push of pushes) expect(await push.exited).toBe(0);
    await eventually(async () => env.media.received.length >= 7 || undefined, "seven files reach VOD", {
      timeoutMs: 30_000,
    });
    await env.recorder.idle();

    const files = env.media.of(defaultId);
    expect(files.map((file) => file.recording.format).sort()).toEqual(["aac", "flv", "hls", "mp4"]);
    for (const file of files) {
      expect(Math.abs(file.durationSeconds - PUBLISH_SECONDS), `${file.recording.format} duration`).toBeLessThan(1);
      expect(file.recording.name).toMatch(
        new RegExp(`^${RECORDER_TEST_APP}_801_alice_main_${NAME_TIME}_${NAME_TIME}$`),
      );
      expect(file.recording).toMatchObject({
        sdkAppId: RECORDER_TEST_APP,
        streamId: defaultId,
        domain: TEST_PUSH_DOMAIN,
        appName: `trtc_${RECORDER_TEST_APP}`,
        recordTemplateId: 42,
        streamParam: `roomid=801&userid=${Buffer.from("alice").toString("base64")}`,
      });
      expect(file.recording.endTime - file.recording.startTime).toBeGreaterThan((PUBLISH_SECONDS - 1.5) * 1000);
      if (file.recording.format === "aac") expect(file.recording.coverPath).toBeNull();
      else expect((await stat(file.recording.coverPath ?? "")).size).toBeGreaterThan(0);
    }
    expect(files.find((file) => file.recording.format === "mp4")?.recording.subAppId).toBe(1500000001);
    // MP4 is made faststart at finalize: the index (moov) comes before the media (mdat).
    const mp4 = await readFile(files.find((file) => file.recording.format === "mp4")?.recording.path ?? "");
    expect(mp4.indexOf("moov")).toBeGreaterThan(0);
    expect(mp4.indexOf("moov")).toBeLessThan(mp4.indexOf("mdat"));

    // Name from the stream id the app chose, and from userdefinerecordid with the stream type.
    expect(env.media.of("cam-bob")[0]?.recording.name).toMatch(new RegExp(`^cam-bob_${NAME_TIME}_${NAME_TIME}$`));
    const chosen = env.media.of(`${RECORDER_TEST_APP}_801_carol_aux`)[0]?.recording;
    expect(chosen?.name).toMatch(new RegExp(`^lesson7_aux_${NAME_TIME}_${NAME_TIME}$`));
    expect(chosen?.storageTimeSeconds).toBe(86400);
    expect(env.media.of("templated")[0]?.recording.name).toMatch(/^rec-templated-\d{4}$/);
    expect(env.media.of("unconfigured")).toEqual([]);

    // Event 100 per file, signed the CSS way; 332 start and end to the status URL.
    const fileEvents = env.callbacks.deliveries.filter((delivery) => delivery.body.event_type === 100);
    expect(fileEvents).toHaveLength(7);
    const hlsEvent = fileEvents.find(
      (delivery) => delivery.body.stream_id === defaultId && delivery.body.file_format === "hls",
    );
    expect(hlsEvent).toMatchObject({
      url: "http://127.0.0.1:9/record",
      signing: { kind: "css", key: "test-key" },
      body: { appname: `trtc_${RECORDER_TEST_APP}`, record_temp_id: "42" },
    });
    expect(env.callbacks.statusEvents(defaultId)).toEqual(["record_start_succeeded", "record_ended"]);
  });
});
