import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FormatSettings, RecordingConfig } from "../src/recording/contracts";
import { eventually } from "./helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "./helpers/lavfi-push";
import { probeDuration, startRecorderHarness, type RecorderHarness } from "./helpers/recorder-harness";
import path from "node:path";
import { readFile } from "node:fs/promises";

const settings = (recordIntervalSeconds: number): FormatSettings => ({
  recordIntervalSeconds,
  storageTimeSeconds: 0,
  vodSubAppId: null,
  vodFileName: null,
});
const config = (formats: RecordingConfig["formats"], resumeWindowSeconds: number): RecordingConfig => ({
  templateId: 7,
  formats,
  resumeWindowSeconds,
});

let env: RecorderHarness;

beforeAll(async () => {
  env = await startRecorderHarness();
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await env?.close();
});

describe("splitting at RecordInterval", () => {
  it("cuts MP4 and AAC into contiguous files of about the interval each", async () => {
    env.config.configs.set("split", config({ mp4: settings(2), aac: settings(2) }, 0));
    expect(await startLavfiPush(env.pushUrl("split", "roomid=810&userid=sam"), 7).exited).toBe(0);
    await eventually(
      async () => !env.recorder.activeRecordings().some((active) => active.streamKey.endsWith("/split")),
      "the recording ends",
    );
    await env.recorder.idle();

    for (const format of ["mp4", "aac"] as const) {
      const parts = env.media
        .of("split")
        .filter((media) => media.recording.format === format)
        .sort((a, b) => a.recording.startTime - b.recording.startTime);
      expect(parts.length, format).toBeGreaterThanOrEqual(3);
      for (const [index, part] of parts.entries()) {
        const next = parts[index + 1];
        // Each part starts where the previous ended (its ffmpeg starts before the previous stops).
        if (next) expect(Math.abs(next.recording.startTime - part.recording.endTime), format).toBeLessThan(1000);
        if (next) expect(part.durationSeconds, format).toBeGreaterThan(1);
      }
      const total = parts.reduce((sum, part) => sum + part.durationSeconds, 0);
      expect(total, format).toBeGreaterThan(6);
      expect(new Set(parts.map((part) => part.recording.name)).size).toBe(parts.length);
    }
  });
});

describe("resuming after an interruption", () => {
  it("continues the same files when the publisher returns within FlowContinueDuration", async () => {
    env.config.configs.set("resume", config({ hls: settings(60), mp4: settings(60) }, 30));
    const url = env.pushUrl("resume", "roomid=811&userid=rita");
    expect(await startLavfiPush(url, 3).exited).toBe(0);
    await eventually(
      async () => env.callbacks.statusEvents("resume").includes("record_paused") || undefined,
      "the recording pauses",
    );
    expect(await startLavfiPush(url, 3).exited).toBe(0);
    await eventually(
      async () => env.callbacks.statusEvents("resume").includes("record_resumed") || undefined,
      "the recording resumes",
    );
    // Nothing is finalized while the window is open.
    expect(env.media.of("resume")).toEqual([]);
    expect(env.recorder.activeRecordings().filter((active) => active.streamKey.endsWith("/resume"))).toHaveLength(2);
    await env.recorder.close(); // leaves the files open for the next start, like a restart would
    const recorder = env.replaceRecorder();
    await recorder.recoverLeftovers();

    const files = env.media.of("resume");
    expect(files.map((file) => file.recording.format).sort()).toEqual(["hls", "mp4"]);
    for (const file of files) expect(Math.abs(file.durationSeconds - 6), file.recording.format).toBeLessThan(1.2);
    const hls = files.find((file) => file.recording.format === "hls");
    const playlist = await readFile(path.join(hls?.recording.path ?? "", "index.m3u8"), "utf8");
    expect(playlist.match(/#EXT-X-DISCONTINUITY/g)).toHaveLength(1);
    expect(playlist.trim().endsWith("#EXT-X-ENDLIST")).toBe(true);
    // With HLS resume only the final file is called back: one event 100 per format.
    const fileEvents = env.callbacks.deliveries.filter(
      (delivery) => delivery.body.event_type === 100 && delivery.body.stream_id === "resume",
    );
    expect(fileEvents).toHaveLength(2);
  });

  it("ends the file when the window closes, and a later publish starts a new one", async () => {
    env.config.configs.set("late", config({ mp4: settings(60) }, 1));
    const url = env.pushUrl("late", "roomid=812&userid=lou");
    expect(await startLavfiPush(url, 2).exited).toBe(0);
    await eventually(async () => env.media.of("late").length === 1 || undefined, "the first file is finalized");
    expect(await startLavfiPush(url, 2).exited).toBe(0);
    await eventually(async () => env.media.of("late").length === 2 || undefined, "the second file is finalized");
    const [first, second] = env.media.of("late");
    expect(first?.recording.name).not.toBe(second?.recording.name);
    expect(await probeDuration(second?.recording.path ?? "")).toBeGreaterThan(1.2);
    expect(env.callbacks.statusEvents("late")).toEqual([
      "record_start_succeeded",
      "record_paused",
      "record_ended",
      "record_start_succeeded",
      "record_paused",
      "record_ended",
    ]);
  });
});
