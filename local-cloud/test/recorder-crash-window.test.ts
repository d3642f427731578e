import { mkdir, rename } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  FinalizedRecording,
  FormatSettings,
  MediaSink,
  RecordingFormat,
  StoredMedia,
} from "../src/recording/contracts";
import { eventually } from "./helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "./helpers/lavfi-push";
import { startRecorderHarness, type InMemoryMediaSink, type RecorderHarness } from "./helpers/recorder-harness";

/*
 * A crash in the narrowest window of finalizing: VOD has stored the file (and taken it into its
 * own storage, as VodLibrary does) but the recorder has not yet queued event 100. The next start
 * finalizes the recording again; VOD is idempotent per path, so the event should follow then.
 */

const settings: FormatSettings = {
  recordIntervalSeconds: 3600,
  storageTimeSeconds: 0,
  vodSubAppId: null,
  vodFileName: null,
};

/** A VOD that, once armed for a format, stores the file, moves it away and then dies before answering. */
class CrashAfterStoring implements MediaSink {
  armedFor: RecordingFormat | null = null;
  readonly crashedOn: FinalizedRecording[] = [];

  constructor(
    private readonly inner: InMemoryMediaSink,
    private readonly storageDir: () => string,
  ) {}

  async addRecording(recording: FinalizedRecording): Promise<StoredMedia> {
    const stored = await this.inner.addRecording(recording);
    if (recording.format !== this.armedFor) return stored;
    this.armedFor = null;
    await mkdir(this.storageDir(), { recursive: true });
    await rename(recording.path, path.join(this.storageDir(), stored.fileId));
    this.crashedOn.push(recording);
    // The process is gone: whoever awaited this never continues.
    return new Promise<StoredMedia>(() => undefined);
  }

  findRecording(sourcePath: string): Promise<StoredMedia | null> {
    return this.inner.findRecording(sourcePath);
  }
}

let env: RecorderHarness;
let sink: CrashAfterStoring | undefined;

beforeAll(async () => {
  env = await startRecorderHarness({
    wrapMedia: (inner) => (sink = new CrashAfterStoring(inner, () => path.join(env.dataDir, "vod-storage"))),
  });
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await env?.close();
});

async function crashWhileStoring(streamId: string, format: RecordingFormat): Promise<void> {
  if (!sink) throw new Error("the harness did not build the sink");
  const crashing = sink;
  crashing.armedFor = format;
  env.config.configs.set(streamId, { templateId: 5, formats: { [format]: settings }, resumeWindowSeconds: 0 });
  expect(await startLavfiPush(env.pushUrl(streamId, `roomid=840&userid=${streamId}`), 3).exited).toBe(0);
  await eventually(
    async () => crashing.crashedOn.some((recording) => recording.streamId === streamId),
    "VOD has stored the file and the crash has happened",
  );
  env.recorder.detachAsIfCrashed();
  await env.replaceRecorder().recoverLeftovers();
}

const fileEvents = (streamId: string) =>
  env.callbacks.deliveries.filter(
    (delivery) => delivery.body.event_type === 100 && delivery.body.stream_id === streamId,
  );

describe("a crash after VOD stored a file but before its event 100 was queued", () => {
  it("delivers the MP4's event 100 at the next start, for the media VOD already has", async () => {
    await crashWhileStoring("window-mp4", "mp4");
    const media = env.media.of("window-mp4");
    expect(media).toHaveLength(1);
    expect(fileEvents("window-mp4").map((event) => event.body.file_id)).toEqual([media[0]?.fileId]);
  });

  it("keeps the HLS recording VOD stored before the crash, once", async () => {
    await crashWhileStoring("window-hls", "hls");
    expect(env.media.of("window-hls")).toHaveLength(1);
    await env.replaceRecorder().recoverLeftovers();
    expect(env.media.of("window-hls")).toHaveLength(1);
  });

  // VOD took the HLS recording's whole `hls/` directory: finalizing again has nothing to make the
  // playlist from, and goes on with the media VOD says it stored from that directory.
  it("delivers the HLS recording's event 100 at the next start and closes the recording", async () => {
    expect(fileEvents("window-hls")).toHaveLength(1);
    const open = await env.store.db.query("select id from recorder_recordings where state = 'open'");
    expect(open.rows).toEqual([]);
  });
});
