import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Logger } from "../../src/core/logger";
import { createLogger, isLogLevel } from "../../src/core/logger";
import { openStore, type Store } from "../../src/core/store/open-store";
import { ProcessSupervisor } from "../../src/media/ffmpeg/process-supervisor";
import { recorderMigrations } from "../../src/media/recorder/recorder-migrations";
import { StreamRecorder } from "../../src/media/recorder/stream-recorder";
import { Relay } from "../../src/media/relay/relay";
import type {
  CallbackSink,
  CallbackSigning,
  CallbackTarget,
  FinalizedRecording,
  MediaSink,
  RecordingConfig,
  RecordingConfigSource,
  StoredMedia,
} from "../../src/recording/contracts";
import { makeDataDir, removeDataDir, TEST_PUSH_DOMAIN } from "./test-cloud";
import path from "node:path";

const run = promisify(execFile);
export const RECORDER_TEST_APP = 1400000777;

/** What a test configures: a config per stream name (others get none) and one callback target. */
export class InMemoryConfigSource implements RecordingConfigSource {
  readonly configs = new Map<string, RecordingConfig>();
  target: CallbackTarget | null = {
    recordNotifyUrl: "http://127.0.0.1:9/record",
    recordStatusNotifyUrl: "http://127.0.0.1:9/status",
    callbackKey: "test-key",
  };

  configForStream(stream: { streamName: string }): Promise<RecordingConfig | null> {
    return Promise.resolve(this.configs.get(stream.streamName) ?? null);
  }

  callbackTargetFor(): Promise<CallbackTarget | null> {
    return Promise.resolve(this.target);
  }
}

export interface ReceivedMedia {
  recording: FinalizedRecording;
  /** ffprobe's duration of the file as handed over: proof that it plays. */
  durationSeconds: number;
  fileId: string;
}

export async function probeDuration(file: string): Promise<number> {
  const { stdout } = await run(process.env.FFPROBE_PATH ?? "ffprobe", [
    ...["-v", "error", "-show_entries", "format=duration", "-of", "default=nw=1:nk=1"],
    file,
  ]);
  return Number(stdout.trim());
}

/** Records each finalized file after checking it plays; like VOD, idempotent per path. */
export class InMemoryMediaSink implements MediaSink {
  readonly received: ReceivedMedia[] = [];
  private nextId = 5285890800000000;

  async addRecording(recording: FinalizedRecording): Promise<StoredMedia> {
    const existing = this.received.find((media) => media.recording.path === recording.path);
    const input = recording.format === "hls" ? path.join(recording.path, "index.m3u8") : recording.path;
    const durationSeconds = existing?.durationSeconds ?? (await probeDuration(input));
    const fileId = existing?.fileId ?? String(this.nextId++);
    if (!existing) this.received.push({ recording, durationSeconds, fileId });
    return this.storedMedia({ recording, durationSeconds, fileId });
  }

  private storedMedia({ fileId, durationSeconds }: ReceivedMedia): StoredMedia {
    return {
      fileId,
      mediaUrl: `http://vod.test/${fileId}`,
      coverUrl: null,
      durationSeconds,
      sizeBytes: 1,
      width: 0,
      height: 0,
    };
  }

  findRecording(sourcePath: string): Promise<StoredMedia | null> {
    const existing = this.received.find((media) => media.recording.path === sourcePath);
    return Promise.resolve(existing ? this.storedMedia(existing) : null);
  }

  of(streamId: string): ReceivedMedia[] {
    return this.received.filter((media) => media.recording.streamId === streamId);
  }
}

export interface Delivery {
  url: string;
  body: Record<string, unknown>;
  signing: CallbackSigning;
  eventKey: string;
}

export class InMemoryCallbackSink implements CallbackSink {
  readonly deliveries: Delivery[] = [];

  enqueue(delivery: Delivery): Promise<void> {
    if (!this.deliveries.some((other) => other.eventKey === delivery.eventKey)) this.deliveries.push(delivery);
    return Promise.resolve();
  }

  statusEvents(streamId: string): string[] {
    return this.deliveries
      .filter((delivery) => delivery.body.event_type === 332 && delivery.body.stream_id === streamId)
      .map((delivery) => String(delivery.body.record_event));
  }
}

/** A real relay and a StreamRecorder on a real store, with in-memory config, VOD and callbacks. */
export interface RecorderHarness {
  dataDir: string;
  relay: Relay;
  store: Store;
  supervisor: ProcessSupervisor;
  config: InMemoryConfigSource;
  media: InMemoryMediaSink;
  callbacks: InMemoryCallbackSink;
  recorder: StreamRecorder;
  logger: Logger;
  pushUrl(streamId: string, query: string): string;
  /** A new recorder on the same store and directory (after a simulated crash). */
  replaceRecorder(): StreamRecorder;
  close(): Promise<void>;
}

export interface RecorderHarnessOptions {
  /**
   * Puts something between the recorder and the in-memory VOD (which still records what reaches
   * it), e.g. a sink that fails at a chosen moment; every recorder of the harness uses it.
   */
  wrapMedia?: (media: InMemoryMediaSink) => MediaSink;
}

export async function startRecorderHarness(options: RecorderHarnessOptions = {}): Promise<RecorderHarness> {
  const dataDir = await makeDataDir();
  const level = process.env.LOCAL_CLOUD_TEST_LOG_LEVEL ?? "silent";
  const logger = createLogger(isLogLevel(level) ? level : "silent", "recorder-test");
  const store = await openStore(path.join(dataDir, "db"), recorderMigrations);
  const supervisor = new ProcessSupervisor(logger);
  const config = new InMemoryConfigSource();
  const media = new InMemoryMediaSink();
  const callbacks = new InMemoryCallbackSink();
  const recorderMedia = options.wrapMedia?.(media) ?? media;
  const relayRef: { current?: Relay } = {};
  const makeRecorder = () =>
    new StreamRecorder({
      db: store.db,
      dataDir,
      supervisor,
      ffmpegPath: process.env.FFMPEG_PATH ?? "ffmpeg",
      relayBaseUrl: () => `rtmp://127.0.0.1:${relayRef.current?.port ?? 0}`,
      dropPlayers: (streamPath) => relayRef.current?.dropPlayers(streamPath),
      config,
      pushDomain: () => TEST_PUSH_DOMAIN,
      media: recorderMedia,
      callbacks,
      logger,
    });
  const harness: Partial<RecorderHarness> & { recorder: StreamRecorder } = { recorder: makeRecorder() };
  const relay = await Relay.start({
    host: "127.0.0.1",
    port: 0,
    dataDir,
    logger,
    policy: {
      authorizePublish: () => null,
      onPublishStarted: (publish) => harness.recorder.onPublishStarted(publish),
      onPublishEnded: (sessionId) => harness.recorder.onPublishEnded(sessionId),
    },
  });
  relayRef.current = relay;
  return Object.assign(harness, {
    dataDir,
    relay,
    store,
    supervisor,
    config,
    media,
    callbacks,
    logger,
    pushUrl: (streamId: string, query: string) =>
      `rtmp://127.0.0.1:${relay.port}/trtc_${RECORDER_TEST_APP}/${streamId}?${query}`,
    replaceRecorder: () => {
      harness.recorder = makeRecorder();
      return harness.recorder;
    },
    close: async () => {
      await harness.recorder.close();
      await relay.close();
      await supervisor.stopAll();
      await store.close();
      await removeDataDir(dataDir);
    },
  });
}
