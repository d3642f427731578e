import type { RelayPublish } from "../relay/relay";
import type { ExpectedReturns } from "./expected-returns";
import type { LiveRecordings } from "./live-recordings";
import { recordingKey, streamKeyOf, type LivePublish } from "./live-stream";
import { recordedStreamOf } from "./recorded-stream";
import type { RecorderContext } from "./recorder-context";
import type { RecordingSource } from "./recording-plan";
import { isOpen } from "./stream-lifecycle";

/**
 * Offers every publish to every recording source (CSS's rules, cloud-recording tasks), and each
 * source added later to every publish: what a source wants of a stream becomes a recording, keyed
 * `<source id>|<stream key>`, whose steps are queued one after another.
 */
export class PublishFanOut {
  private readonly publishes = new Map<string, LivePublish>();
  private readonly sources = new Map<string, RecordingSource>();

  constructor(
    private readonly context: RecorderContext,
    private readonly recordings: LiveRecordings,
    private readonly returns: ExpectedReturns,
  ) {}

  onPublishStarted(publish: RelayPublish): void {
    const stream = recordedStreamOf(publish, this.context.options.pushDomain());
    if (!stream) return;
    const livePublish: LivePublish = { streamKey: streamKeyOf(publish), stream, keys: new Set() };
    // The stream is back: a return announced for it is used up (whoever waited for it continues).
    this.returns.consume(livePublish.streamKey);
    this.publishes.set(publish.sessionId, livePublish);
    for (const source of this.sources.values()) this.offer(source, publish.sessionId, livePublish);
  }

  onPublishEnded(sessionId: string): void {
    const livePublish = this.publishes.get(sessionId);
    if (!livePublish) return;
    this.publishes.delete(sessionId);
    // Taken now: by the time the queued step runs the stream may be back and the announcement used up.
    const announced = this.returns.of(livePublish.streamKey);
    for (const key of livePublish.keys) {
      const live = this.recordings.get(key);
      // At once, not after queued work (a split may be waiting for media that will not come): the
      // pulls see the stream end and close their files, and no split starts another file.
      if (live?.sessionId === sessionId) this.recordings.runs.markStopping(live);
      this.context.queues.enqueue(key, () => this.recordings.pauseOrEnd(key, sessionId, announced));
    }
    this.context.options.dropPlayers(`/${livePublish.streamKey}`);
  }

  has(sourceId: string): boolean {
    return this.sources.has(sourceId);
  }

  /** A new source (a cloud-recording task) is asked about every stream published now and later. */
  addSource(source: RecordingSource): void {
    if (this.sources.has(source.id)) throw new Error(`recording source ${source.id} is already added`);
    this.sources.set(source.id, source);
    for (const [sessionId, livePublish] of this.publishes) this.offer(source, sessionId, livePublish);
  }

  /**
   * The source's plans changed (a task's subscription was modified): recordings it no longer wants
   * end, and streams it now wants start being recorded.
   */
  refreshSource(sourceId: string): void {
    const source = this.sources.get(sourceId);
    if (!source) return;
    for (const [sessionId, livePublish] of this.publishes) {
      const key = recordingKey(sourceId, livePublish.streamKey);
      livePublish.keys.add(key);
      this.context.queues.enqueue(key, async () => {
        const live = this.recordings.get(key);
        const plan = await source.planFor(livePublish.stream);
        if (!plan && live && isOpen(live.state)) await this.recordings.end(live);
        else if (plan && !live && this.publishes.get(sessionId) === livePublish)
          await this.recordings.start(key, source.id, livePublish, sessionId, plan);
      });
    }
  }

  /** Forgets the source; its recordings are ended by the caller. */
  removeSource(sourceId: string): void {
    this.sources.delete(sourceId);
  }

  private offer(source: RecordingSource, sessionId: string, livePublish: LivePublish): void {
    const key = recordingKey(source.id, livePublish.streamKey);
    livePublish.keys.add(key);
    this.context.queues.enqueue(key, () =>
      this.recordings.startOrResume(key, source, livePublish, sessionId, () => this.sources.has(source.id)),
    );
  }
}
