import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FormatSettings, RecordingConfig } from "../src/recording/contracts";
import { decodedSeconds } from "./helpers/decode-media";
import { eventually } from "./helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "./helpers/lavfi-push";
import { packetHashes, partSpans } from "./helpers/packet-hashes";
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
  it("cuts MP4 and AAC into files that meet exactly, each timed by the media it holds", async () => {
    const publishSeconds = 7;
    const copy = path.join(env.dataDir, "split-published.flv");
    env.config.configs.set("split", config({ mp4: settings(2), aac: settings(2) }, 0));
    const push = startLavfiPush(env.pushUrl("split", "roomid=810&userid=sam"), publishSeconds, { copyTo: copy });
    expect(await push.exited).toBe(0);
    await eventually(
      async () => !env.recorder.activeRecordings().some((active) => active.streamKey.endsWith("/split")),
      "the recording ends",
    );
    await env.recorder.idle();
    const published = await packetHashes(copy);
    const publishedSeconds = await probeDuration(copy);

    for (const format of ["mp4", "aac"] as const) {
      const parts = env.media
        .of("split")
        .filter((media) => media.recording.format === format)
        .sort((a, b) => a.recording.startTime - b.recording.startTime);
      expect(parts.length, format).toBeGreaterThanOrEqual(3);
      const played: number[] = [];
      for (const part of parts) played.push(await decodedSeconds(part.recording.path));
      for (const [index, part] of parts.entries()) {
        const label = `${format} part ${index + 1}`;
        const next = parts[index + 1];
        // Each part starts where the previous ended, and its times span the media it holds.
        if (next) expect(next.recording.startTime, label).toBe(part.recording.endTime);
        const windowSeconds = (part.recording.endTime - part.recording.startTime) / 1000;
        expect(Math.abs(windowSeconds - (played[index] ?? 0)), label).toBeLessThan(0.1);
        // Cut at the first keyframe (AAC: frame) at or after each 2 s boundary; the GOP is 8 frames at 15 fps.
        if (next) expect(played[index], label).toBeGreaterThanOrEqual(1.9);
        if (next) expect(played[index], label).toBeLessThan(2 + 8 / 15 + 0.1);
      }
      // Every published packet from the first one recorded to the end is in exactly one part, in order.
      for (const kind of format === "aac" ? (["audio"] as const) : (["video", "audio"] as const)) {
        const located = await partSpans(
          parts.map((part) => part.recording.path),
          published,
          kind,
        );
        const label = `${format} ${kind}`;
        expect(
          located.spans.every((span) => span.first >= 0),
          label,
        ).toBe(true);
        for (const [index, span] of located.spans.slice(1).entries()) {
          expect(span.first, `${label}: part ${index + 2} starts right after part ${index + 1}`).toBe(
            (located.spans[index]?.last ?? 0) + 1,
          );
        }
        expect(located.spans.at(-1)?.last, label).toBe(located.publishedCount - 1);
        expect(located.missedAtStartSeconds, label).toBeLessThan(1);
        // So the parts add up to what was published from the moment the recording began, within a frame.
        const total = played.reduce((sum, seconds) => sum + seconds, 0);
        expect(Math.abs(total - (publishedSeconds - located.missedAtStartSeconds)), label).toBeLessThan(0.1);
      }
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

  it("splits a resumed file when it holds RecordInterval, counting what the first publish recorded", async () => {
    env.config.configs.set("resplit", config({ mp4: settings(4), aac: settings(4) }, 30));
    const url = env.pushUrl("resplit", "roomid=813&userid=ria");
    expect(await startLavfiPush(url, 3).exited).toBe(0);
    await eventually(
      async () => env.callbacks.statusEvents("resplit").includes("record_paused") || undefined,
      "the recording pauses",
    );
    expect(await startLavfiPush(url, 3).exited).toBe(0);
    // The first files fill up during the second publish and are finalized while the stream goes on.
    await eventually(async () => env.media.of("resplit").length === 2 || undefined, "the first files are finalized");
    await eventually(
      async () => env.callbacks.statusEvents("resplit").filter((event) => event === "record_paused").length === 2,
      "the recording pauses again",
    );
    await env.recorder.close();
    await env.replaceRecorder().recoverLeftovers();

    for (const format of ["mp4", "aac"] as const) {
      const [first, second, ...more] = env.media
        .of("resplit")
        .filter((media) => media.recording.format === format)
        .sort((a, b) => a.recording.startTime - b.recording.startTime);
      expect(more, format).toEqual([]);
      const firstSeconds = await decodedSeconds(first?.recording.path ?? "");
      const secondSeconds = await decodedSeconds(second?.recording.path ?? "");
      // The first file holds the first publish and the start of the second, 4 s in all (cut at a keyframe for MP4).
      expect(firstSeconds, format).toBeGreaterThanOrEqual(3.9);
      expect(firstSeconds, format).toBeLessThan(4 + 8 / 15 + 0.1);
      expect(Math.abs(firstSeconds + secondSeconds - 6), format).toBeLessThan(1.2);
      expect(second?.recording.startTime, format).toBe(first?.recording.endTime);
    }
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
