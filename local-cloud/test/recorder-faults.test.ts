import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FormatSettings, RecordingConfig } from "../src/recording/contracts";
import { eventually } from "./helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "./helpers/lavfi-push";
import { packetHashes, partSpans } from "./helpers/packet-hashes";
import { startRecorderHarness, type RecorderHarness } from "./helpers/recorder-harness";

const run = promisify(execFile);
const settings: FormatSettings = {
  recordIntervalSeconds: 60,
  storageTimeSeconds: 0,
  vodSubAppId: null,
  vodFileName: null,
};
const config = (formats: RecordingConfig["formats"]): RecordingConfig => ({
  templateId: 9,
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

/** The recorder's ffmpeg writing into `dir` (it started it; we find it by its unique output path). */
async function recorderPid(dir: string): Promise<number> {
  const pid = await findRecorderPid(dir);
  if (pid === undefined) throw new Error(`no recorder ffmpeg for ${dir}`);
  return pid;
}

async function findRecorderPid(dir: string): Promise<number | undefined> {
  const { stdout } = await run("ps", ["-eo", "pid=,args="]);
  const line = stdout.split("\n").find((entry) => entry.includes("ffmpeg") && entry.includes(dir));
  const pid = Number(line?.trim().split(/\s+/)[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function activeDirs(streamId: string) {
  return env.recorder.activeRecordings().filter((active) => active.streamKey.endsWith(`/${streamId}`));
}

/**
 * A fragmented MP4 gets its header (ftyp + empty moov) at once and its media only with the first
 * fragment; killing the recorder before that leaves nothing to finalize, so wait for a `moof`.
 */
async function hasMediaFragment(file: string): Promise<boolean> {
  const bytes = await readFile(file).catch(() => Buffer.alloc(0));
  return bytes.includes("moof");
}

// Recordings are listed a moment before their ffmpeg starts: a test waits for the file it is written into.
describe("faults", () => {
  it("ends and reports the file of a stream whose ffmpeg dies, leaving other recordings alone", async () => {
    env.config.configs.set("victim", config({ mp4: settings }));
    env.config.configs.set("bystander", config({ mp4: settings }));
    const victimPush = startLavfiPush(env.pushUrl("victim", "roomid=820&userid=vic"), 8);
    const bystanderPush = startLavfiPush(env.pushUrl("bystander", "roomid=820&userid=bys"), 6);
    const [victim] = await eventually(
      async () =>
        activeDirs("victim").length === 1 && activeDirs("victim").every((entry) => entry.file) && activeDirs("victim"),
      "victim records into its file",
    );
    await eventually(() => hasMediaFragment(victim?.file ?? ""), "the victim's file has a media fragment");
    process.kill(await recorderPid(victim?.dir ?? ""), "SIGKILL");

    await eventually(async () => env.media.of("victim").length === 1 || undefined, "the victim's file is finalized");
    expect(env.media.of("victim")[0]?.durationSeconds).toBeGreaterThan(0.5);
    expect(env.callbacks.statusEvents("victim")).toContain("record_error");
    const error = env.callbacks.deliveries.find((delivery) => delivery.body.record_event === "record_error");
    expect(String(error?.body.record_detail)).toMatch(/^mp4: /);

    expect(await bystanderPush.exited).toBe(0);
    await eventually(
      async () => env.media.of("bystander").length === 1 || undefined,
      "the bystander's file is finalized",
    );
    expect(Math.abs((env.media.of("bystander")[0]?.durationSeconds ?? 0) - 6)).toBeLessThan(1);
    expect(env.callbacks.statusEvents("bystander")).toEqual(["record_start_succeeded", "record_ended"]);
    await victimPush.stop();
  });

  it("finalizes what a crashed recorder left, when a new one starts on the same store", async () => {
    env.config.configs.set("crash", config({ mp4: settings, hls: settings }));
    const push = startLavfiPush(env.pushUrl("crash", "roomid=821&userid=cai"), 30);
    const active = await eventually(async () => {
      const dirs = activeDirs("crash");
      return dirs.length === 2 && dirs.every((entry) => entry.file) && dirs;
    }, "crash records");
    const mp4 = active.find((entry) => entry.format === "mp4");
    const mp4Dir = mp4?.dir ?? "";
    const hlsDir = active.find((entry) => entry.format === "hls")?.dir ?? "";
    await eventually(
      async () =>
        (await hasMediaFragment(mp4?.file ?? "")) &&
        (await readFile(path.join(hlsDir, "hls", "index-1.m3u8"), "utf8").catch(() => "")).includes("#EXTINF"),
      "both files have media",
      // The first HLS segment closes only after a whole segment of media: on a busy machine that
      // can take longer than the default 20 s from the publish's start.
      { timeoutMs: 60_000 },
    );
    // The crash: the recorder is gone, its ffmpeg (one for both formats) dies with it, the publisher goes away later.
    env.recorder.detachAsIfCrashed();
    const pids = new Set([await recorderPid(mp4Dir), await recorderPid(hlsDir)]);
    for (const pid of pids) process.kill(pid, "SIGKILL");
    await push.stop();
    expect(env.media.of("crash")).toEqual([]);

    await env.replaceRecorder().recoverLeftovers();
    const files = env.media.of("crash");
    expect(files.map((file) => file.recording.format).sort()).toEqual(["hls", "mp4"]);
    for (const file of files) expect(file.durationSeconds, file.recording.format).toBeGreaterThan(1);
    const hls = files.find((file) => file.recording.format === "hls");
    const playlist = await readFile(path.join(hls?.recording.path ?? "", "index.m3u8"), "utf8");
    expect(playlist.trim().endsWith("#EXT-X-ENDLIST")).toBe(true);
    expect(
      env.callbacks.deliveries.filter((d) => d.body.event_type === 100 && d.body.stream_id === "crash"),
    ).toHaveLength(2);

    // Recovered once: a further start finds nothing left to do.
    await env.replaceRecorder().recoverLeftovers();
    expect(env.media.of("crash")).toHaveLength(2);
  });

  it("finalizes, each once and in order, the files a run went on cutting after the recorder crashed", async () => {
    const streamId = "cut-after-crash";
    const copy = path.join(env.dataDir, `${streamId}.flv`);
    env.config.configs.set(streamId, config({ flv: { ...settings, recordIntervalSeconds: 2 } }));
    const push = startLavfiPush(env.pushUrl(streamId, "roomid=822&userid=cut"), 7, { copyTo: copy });
    const [active] = await eventually(
      async () => activeDirs(streamId).length === 1 && activeDirs(streamId),
      "it records",
    );
    // The piece being written changes every 2 s: each look takes the current one. On a busy machine
    // a first piece may be handed on before the crash; the pieces cut after it are what is tested.
    await eventually(async () => {
      const current = activeDirs(streamId)[0]?.file;
      const bytes = current ? await readFile(current).catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
      return bytes.length > 0 || env.media.of(streamId).length > 0;
    }, "the recording has media");
    // The recorder is gone but its ffmpeg goes on (until the stream ends), cutting files no one claims.
    env.recorder.detachAsIfCrashed();
    const handedOnBeforeCrash = env.media.of(streamId).length;
    expect(await push.exited).toBe(0);
    await eventually(
      async () => (await findRecorderPid(active?.dir ?? "")) === undefined,
      "the orphaned recorder ffmpeg ends with the stream",
    );
    expect(env.media.of(streamId)).toHaveLength(handedOnBeforeCrash);

    await env.replaceRecorder().recoverLeftovers();
    const parts = env.media.of(streamId).sort((a, b) => a.recording.startTime - b.recording.startTime);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.length).toBeGreaterThan(handedOnBeforeCrash);
    for (const [index, part] of parts.slice(1).entries()) {
      expect(part.recording.startTime).toBe(parts[index]?.recording.endTime);
    }
    const located = await partSpans(
      parts.map((part) => part.recording.path),
      await packetHashes(copy),
      "video",
    );
    expect(located.spans[0]?.first).toBeGreaterThanOrEqual(0);
    for (const [index, span] of located.spans.slice(1).entries()) {
      expect(span.first, `part ${index + 2} starts right after part ${index + 1}`).toBe(
        (located.spans[index]?.last ?? 0) + 1,
      );
    }
    expect(located.spans.at(-1)?.last).toBe(located.publishedCount - 1);
    const events = env.callbacks.deliveries.filter(
      (delivery) => delivery.body.event_type === 100 && delivery.body.stream_id === streamId,
    );
    expect(events.map((event) => event.body.file_id).sort()).toEqual(parts.map((part) => part.fileId).sort());

    await env.replaceRecorder().recoverLeftovers();
    expect(env.media.of(streamId)).toHaveLength(parts.length);
  });
});
