import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FormatSettings } from "../src/recording/contracts";
import { decodedSeconds } from "./helpers/decode-media";
import { eventually } from "./helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "./helpers/lavfi-push";
import { packetHashes, partSpans, type FilePackets } from "./helpers/packet-hashes";
import {
  probeDuration,
  RECORDER_TEST_APP,
  startRecorderHarness,
  type ReceivedMedia,
  type RecorderHarness,
} from "./helpers/recorder-harness";

/*
 * FLV splitting at RecordInterval. The live API refuses intervals under 60 s for FLV (css-config
 * tests that), so like the MP4/AAC split test this drives the recorder with a 2 s interval
 * through the harness's in-memory configuration, to see several splits in a few seconds.
 */

const INTERVAL_SECONDS = 2;
const PUBLISH_SECONDS = 7;
const STREAM_ID = `${RECORDER_TEST_APP}_830_fay_main`;
const flv: FormatSettings = {
  recordIntervalSeconds: INTERVAL_SECONDS,
  storageTimeSeconds: 0,
  vodSubAppId: null,
  vodFileName: null,
};
const beijing = (unixMs: number) =>
  new Date(unixMs + 8 * 3600_000).toISOString().slice(0, 19).replace("T", "-").replaceAll(":", "-");

let env: RecorderHarness;
/** The parts in recording order, each with the seconds it plays for. */
let parts: Array<ReceivedMedia & { playedSeconds: number }> = [];
/** What the publisher sent, packet by packet, and how long it plays. */
let published: FilePackets;
let publishedSeconds = 0;

beforeAll(async () => {
  env = await startRecorderHarness();
  env.config.configs.set(STREAM_ID, { templateId: 11, formats: { flv }, resumeWindowSeconds: 0 });
  const copy = path.join(env.dataDir, "published.flv");
  const push = startLavfiPush(env.pushUrl(STREAM_ID, "roomid=830&userid=fay"), PUBLISH_SECONDS, { copyTo: copy });
  expect(await push.exited).toBe(0);
  published = await packetHashes(copy);
  publishedSeconds = await probeDuration(copy);
  await eventually(
    async () => !env.recorder.activeRecordings().some((active) => active.streamKey.endsWith(`/${STREAM_ID}`)),
    "the recording ends",
  );
  await env.recorder.idle();
  const received = env.media.of(STREAM_ID).sort((a, b) => a.recording.startTime - b.recording.startTime);
  parts = [];
  for (const part of received) parts.push({ ...part, playedSeconds: await decodedSeconds(part.recording.path) });
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await env?.close();
});

describe("splitting FLV at RecordInterval", () => {
  it("cuts the stream into playable FLV files with contiguous times, each named and called back", () => {
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.every((part) => part.recording.format === "flv")).toBe(true);
    for (const [index, part] of parts.entries()) {
      const next = parts[index + 1];
      if (!next) continue;
      expect(part.playedSeconds, `part ${index + 1}`).toBeGreaterThan(INTERVAL_SECONDS - 1);
      const windowMs = part.recording.endTime - part.recording.startTime;
      expect(Math.abs(windowMs - INTERVAL_SECONDS * 1000), `part ${index + 1}`).toBeLessThan(1000);
      expect(Math.abs(windowMs / 1000 - part.playedSeconds), `part ${index + 1} is timed by its media`).toBeLessThan(
        0.1,
      );
      expect(next.recording.startTime, `part ${index + 2}`).toBe(part.recording.endTime);
    }
    expect(parts.reduce((sum, part) => sum + part.playedSeconds, 0)).toBeGreaterThan(PUBLISH_SECONDS - 1);
    // `<sdkappid>_<roomid>_<userid>_main_<start>_<end>`, each part with its own times (UTC+8).
    for (const { recording } of parts) {
      expect(recording.name).toBe(`${STREAM_ID}_${beijing(recording.startTime)}_${beijing(recording.endTime)}`);
    }
    const events = env.callbacks.deliveries.filter(
      (delivery) => delivery.body.event_type === 100 && delivery.body.stream_id === STREAM_ID,
    );
    expect(events.map((event) => event.body.file_format)).toEqual(parts.map(() => "flv"));
  });

  it("holds each moment of the stream in one part only", async () => {
    for (const part of parts.slice(0, -1)) expect(Math.abs(part.playedSeconds - INTERVAL_SECONDS)).toBeLessThan(0.5);
    for (const kind of ["video", "audio"] as const) {
      const located = await partSpans(
        parts.map((part) => part.recording.path),
        published,
        kind,
      );
      // Each part is an unbroken run of published packets, and each starts right after the one before.
      expect(
        located.spans.every((span) => span.first >= 0),
        kind,
      ).toBe(true);
      for (const [index, span] of located.spans.slice(1).entries()) {
        expect(span.first, `${kind}: the first packet of part ${index + 2}`).toBe(
          (located.spans[index]?.last ?? 0) + 1,
        );
      }
      expect(located.spans.at(-1)?.last, kind).toBe(located.publishedCount - 1);
      expect(located.missedAtStartSeconds, kind).toBeLessThan(1);
      const total = parts.reduce((sum, part) => sum + part.playedSeconds, 0);
      expect(Math.abs(total - (publishedSeconds - located.missedAtStartSeconds)), kind).toBeLessThan(0.1);
    }
  });
});
