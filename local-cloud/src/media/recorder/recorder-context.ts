import type { PGlite } from "@electric-sql/pglite";
import type { Logger } from "../../core/logger";
import type { CallbackSink, MediaSink, RecordingConfigSource } from "../../recording/contracts";
import type { ProcessSupervisor } from "../ffmpeg/process-supervisor";
import { CSS_SOURCE_ID, cssRecordingOutlet, type CssFileListener } from "./css-recording";
import { FileFinisher } from "./file-finisher";
import type { LiveStream } from "./live-stream";
import type { RecordStatusEvent } from "./recorder-events";
import type { RecordingOutlet } from "./recording-plan";
import { RecordingStore, type RecordingRecord } from "./recording-store";
import { KeyedQueue, OwnedWork, TimerSet } from "./work-queues";

export interface StreamRecorderOptions {
  db: PGlite;
  /** Recordings are made under `<dataDir>/recordings/`. */
  dataDir: string;
  supervisor: ProcessSupervisor;
  ffmpegPath: string;
  /** `rtmp://127.0.0.1:<port>`: known once the relay listens, after the recorder exists. */
  relayBaseUrl: () => string;
  /**
   * Ends the relay's players of a stream path (Relay.dropPlayers): once the publisher has left, the
   * recorder's ffmpeg would otherwise wait for more media and not finish its file.
   */
  dropPlayers: (streamPath: string) => void;
  /** CSS's record rules and callback templates: the built-in recording source. */
  config: RecordingConfigSource;
  /** The account's CSS push domain now, which every TRTC stream is pushed to (and rules name). */
  pushDomain: () => string;
  media: MediaSink;
  callbacks: CallbackSink;
  logger: Logger;
  /** Outlets for files of other sources (cloud-recording tasks), by `RecordingOwner.kind`. */
  outlets?: Record<string, RecordingOutlet>;
  /** Hears of every file CSS recording finishes. */
  onCssFile?: CssFileListener;
}

export const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * What the parts of the recorder share: the store, the per-recording work queue, timers, and the
 * background work (finalizing files, reporting status) that runs beside the queue.
 */
export class RecorderContext {
  readonly store: RecordingStore;
  readonly outlets: Record<string, RecordingOutlet>;
  /** Work on a recording runs one step at a time (start, end, split, resume, fault). */
  readonly queues: KeyedQueue;
  readonly timers = new TimerSet();
  /** Finalizations and status reports under way, with the source whose each is. */
  readonly background = new OwnedWork();
  /** Recordings being finalized now: a later look at the leftovers must not take them again. */
  readonly finishing = new Set<string>();
  /** Set by close() and by a simulated crash: nothing more is started, finalized or reported. */
  isClosed = false;
  private readonly finisher: FileFinisher;

  constructor(readonly options: StreamRecorderOptions) {
    this.store = new RecordingStore(options.db);
    this.outlets = {
      ...options.outlets,
      [CSS_SOURCE_ID]: cssRecordingOutlet({
        config: options.config,
        callbacks: options.callbacks,
        onFile: options.onCssFile,
      }),
    };
    this.queues = new KeyedQueue((key, error) => options.logger.error(`recorder: ${key}: ${describeError(error)}`));
    this.finisher = new FileFinisher({
      store: this.store,
      media: options.media,
      supervisor: options.supervisor,
      ffmpegPath: options.ffmpegPath,
      outlets: this.outlets,
      logger: options.logger,
    });
  }

  get logger(): Logger {
    return this.options.logger;
  }

  /** Not after close(): what is left open then is finalized by recoverLeftovers at the next start. */
  finalizeInBackground(record: RecordingRecord, isSplit: boolean): void {
    if (this.isClosed) return;
    this.finishing.add(record.id);
    const work = this.finisher
      .finish(record, isSplit)
      .catch((error: unknown) =>
        this.logger.error(
          `recorder: finalizing ${record.format} of ${record.streamKey} failed: ${describeError(error)}`,
        ),
      )
      .finally(() => this.finishing.delete(record.id));
    this.background.add(work, record.owner.sourceId);
  }

  /** A change in a stream's recording, for outlets that report one (CSS event 332); failures are only logged. */
  reportStatus(live: LiveStream, event: RecordStatusEvent, detail: string): void {
    const outlet = this.outlets[live.plan.owner.kind];
    if (!outlet?.status) return;
    const seq = ++live.statusSeq;
    const work = outlet
      .status(live.stream, event, { sessionId: live.recordingSessionId, seq, detail, eventTimeMs: Date.now() })
      .catch((error: unknown) =>
        this.logger.error(`recorder: reporting ${event} for ${live.key} failed: ${describeError(error)}`),
      );
    this.background.add(work, live.sourceId);
  }
}
