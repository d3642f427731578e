import { randomUUID } from "node:crypto";
import type { FormatSettings, RecordingFormat } from "../../recording/contracts";
import { remainingMs, type ExpectedReturn, type ExpectedReturns } from "./expected-returns";
import type { ParkedStream } from "./leftover-resume";
import { continuityOf, type LivePublish, type LiveStream, type Track } from "./live-stream";
import type { RecorderContext } from "./recorder-context";
import { recordsFormat } from "./recording-formats";
import { isFull, type RecordingFiles } from "./recording-files";
import type { RecordingPlan, RecordingSource } from "./recording-plan";
import { isOpen, moveTo } from "./stream-lifecycle";
import { StreamRuns } from "./stream-runs";

/**
 * The recorded streams and the steps of their lifecycle (stream-lifecycle.ts): start, pause when
 * the publisher leaves within its resume window (or announced its return), resume, end. Every
 * step runs in the recording's queue (the caller's job), one at a time.
 */
export class LiveRecordings {
  private readonly live = new Map<string, LiveStream>();
  readonly runs: StreamRuns;

  constructor(
    private readonly context: RecorderContext,
    private readonly files: RecordingFiles,
    private readonly returns: ExpectedReturns,
  ) {
    this.runs = new StreamRuns(context, files, (live) => this.forget(live));
  }

  get(key: string): LiveStream | undefined {
    return this.live.get(key);
  }

  all(): LiveStream[] {
    return [...this.live.values()];
  }

  /** Forgets every stream without ending it (close, a simulated crash): its files stay open. */
  detachAll(): LiveStream[] {
    const all = this.all();
    this.live.clear();
    return all;
  }

  /** A publish of the stream began: a paused recording of the same identity continues, else one starts. */
  async startOrResume(
    key: string,
    source: RecordingSource,
    livePublish: LivePublish,
    sessionId: string,
    isSourceKnown: () => boolean,
  ): Promise<void> {
    const existing = this.live.get(key);
    if (existing?.state === "paused" && continuityOf(existing.stream) === continuityOf(livePublish.stream)) {
      await this.resume(existing, sessionId);
      return;
    }
    if (existing && isOpen(existing.state)) await this.end(existing);
    if (!isSourceKnown()) return;
    const plan = await source.planFor(livePublish.stream);
    // The publisher may have left while the plan was made; its end is queued after this step.
    if (!plan || this.context.isClosed) return;
    await this.start(key, source.id, livePublish, sessionId, plan);
  }

  async start(
    key: string,
    sourceId: string,
    livePublish: LivePublish,
    sessionId: string,
    plan: RecordingPlan,
  ): Promise<void> {
    const formats = (
      Object.entries(plan.config.formats) as Array<[RecordingFormat, FormatSettings | undefined]>
    ).filter(
      (entry): entry is [RecordingFormat, FormatSettings] => Boolean(entry[1]) && recordsFormat(entry[0], plan.tracks),
    );
    if (formats.length === 0) return;
    const live: LiveStream = {
      key,
      streamKey: livePublish.streamKey,
      sourceId,
      stream: livePublish.stream,
      sessionId,
      plan,
      tracks: [],
      state: "live",
      pause: undefined,
      statusSeq: 0,
      recordingSessionId: randomUUID(),
    };
    this.live.set(key, live);
    // All formats start together, in one ffmpeg: one after another, the last would miss the stream's first seconds.
    live.tracks = await Promise.all(
      formats.map(async ([format, settings]): Promise<Track> => ({
        format,
        settings,
        record: await this.files.open(live, format, settings),
        running: undefined,
        hasRestarted: false,
      })),
    );
    await this.runs.start(live, live.tracks);
    this.context.logger.info(
      `recorder: recording ${live.streamKey} for ${sourceId} as ${formats.map(([format]) => format).join(", ")}`,
    );
    this.context.reportStatus(live, "record_start_succeeded", "recording started");
  }

  private async resume(live: LiveStream, sessionId: string): Promise<void> {
    this.context.timers.clear(live.pause?.timer);
    live.pause = undefined;
    moveTo(live, "live");
    live.sessionId = sessionId;
    for (const track of live.tracks) {
      track.hasRestarted = false;
      // A file that was full when the publisher left is done: the new publish starts the next one.
      if (isFull(track)) {
        const full = track.record;
        track.record = await this.files.next(full);
        this.context.finalizeInBackground(full, true);
      }
    }
    await this.runs.start(live, live.tracks);
    this.context.reportStatus(live, "record_resumed", "the publisher came back within the resume window");
  }

  /**
   * The publish `sessionId` ended: the stream pauses for its resume window, or for the return its
   * publisher announced (`announced`, or one announced since), else it ends.
   */
  async pauseOrEnd(key: string, sessionId: string, announced: ExpectedReturn | undefined): Promise<void> {
    const live = this.live.get(key);
    if (!live || live.sessionId !== sessionId || live.state !== "live") return;
    this.runs.markStopping(live);
    // The pulls see the end of the stream and close their files themselves.
    this.context.options.dropPlayers(`/${live.streamKey}`);
    await Promise.all(live.tracks.map((track) => this.runs.stop(track)));
    const nowMs = Date.now();
    const later = this.returns.of(live.streamKey);
    const awaited = remainingMs(later, nowMs) > remainingMs(announced, nowMs) ? later : announced;
    const baseUntilMs = nowMs + live.plan.config.resumeWindowSeconds * 1000;
    const waitMs = Math.max(baseUntilMs - nowMs, remainingMs(awaited, nowMs));
    if (waitMs <= 0) {
      await this.end(live);
      return;
    }
    moveTo(live, "paused");
    live.pause = { timer: undefined, baseUntilMs, awaited };
    this.context.reportStatus(
      live,
      "record_paused",
      `waiting ${Math.ceil(waitMs / 1000)} s for the publisher to come back`,
    );
    this.armPause(live);
  }

  /** Ends an open stream: its runs stop, each file is finalized, and record_ended is reported. */
  async end(live: LiveStream): Promise<void> {
    moveTo(live, "ending");
    this.context.timers.clear(live.pause?.timer);
    live.pause = undefined;
    for (const track of live.tracks) {
      await this.runs.stop(track);
      this.context.finalizeInBackground(track.record, track.record.fileIndex > 1);
    }
    live.tracks = [];
    moveTo(live, "ended");
    if (this.live.get(live.key) === live) this.live.delete(live.key);
    this.context.reportStatus(live, "record_ended", "the stream ended");
  }

  /**
   * A stream's files left open by a restart, as a paused recording: the next publish of the stream
   * continues them (startOrResume), or they end when the window does. What the plan needs is what
   * the files remember; the resume window of the template that started them is not kept, so a
   * later drop of the stream ends them unless its publisher announces a return (a mix's re-layout).
   */
  park(parked: ParkedStream, windowMs: number): void {
    const [first] = parked.records;
    if (!first) return;
    const live: LiveStream = {
      key: parked.key,
      streamKey: parked.key.slice(first.owner.sourceId.length + 1),
      sourceId: first.owner.sourceId,
      stream: first.stream,
      sessionId: "",
      plan: {
        config: {
          templateId: first.templateId,
          formats: Object.fromEntries(parked.records.map((record) => [record.format, record.settings])),
          resumeWindowSeconds: 0,
        },
        tracks: first.tracks,
        owner: first.owner,
      },
      tracks: parked.records.map((record) => ({
        format: record.format,
        settings: record.settings,
        record,
        running: undefined,
        hasRestarted: false,
      })),
      state: "paused",
      pause: { timer: undefined, baseUntilMs: Date.now() + windowMs, awaited: undefined },
      statusSeq: 0,
      recordingSessionId: randomUUID(),
    };
    this.live.set(live.key, live);
    this.context.logger.info(
      `recorder: ${live.key} waits ${Math.ceil(windowMs / 1000)} s for its stream after a restart`,
    );
    this.armPause(live);
  }

  /** A return announced after the stream paused (a mixer whose ffmpeg died) makes it wait for that too. */
  onReturnExpected(expected: ExpectedReturn): void {
    for (const live of this.pausedStreamsOf(expected.streamKey)) {
      if (live.pause) live.pause.awaited = expected;
      this.armPause(live);
    }
  }

  /** A withdrawn return: the streams that waited for it wait only for their own window, if any is left. */
  onReturnWithdrawn(streamKey: string): void {
    for (const live of this.pausedStreamsOf(streamKey)) this.armPause(live);
  }

  private pausedStreamsOf(streamKey: string): LiveStream[] {
    return this.all().filter((live) => live.streamKey === streamKey && live.state === "paused");
  }

  /** A paused recording ends unless its stream is back by the end of its wait. */
  private armPause(live: LiveStream): void {
    const pause = live.pause;
    if (!pause) return;
    this.context.timers.clear(pause.timer);
    const nowMs = Date.now();
    const waitMs = Math.max(pause.baseUntilMs - nowMs, remainingMs(pause.awaited, nowMs), 0);
    pause.timer = this.context.timers.set(waitMs, () =>
      this.context.queues.enqueue(live.key, async () => {
        if (this.live.get(live.key) === live && live.state === "paused" && live.pause === pause) await this.end(live);
      }),
    );
  }

  /** Every format of the stream failed: nothing is recorded any more (each failure was reported). */
  private forget(live: LiveStream): void {
    if (!isOpen(live.state)) return;
    moveTo(live, "ending");
    moveTo(live, "ended");
    if (this.live.get(live.key) === live) this.live.delete(live.key);
  }
}
