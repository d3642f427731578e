import { EventEmitter } from "node:events";
import type { MixInput, MixPicture, StreamType } from "@shared/layouts/types";
import type { Logger } from "../../core/logger";
import type { RoomKey } from "../../services/trtc/models/room-key";
import type { Rooms } from "../../services/trtc/models/rooms";
import { roomKeyId } from "../../services/trtc/models/room-key";
import { streamAppName } from "../../services/trtc/models/stream-id";
import type { ProcessSupervisor, SupervisedProcess } from "../ffmpeg/process-supervisor";
import type { Relay, RelayStreamInfo } from "../relay/relay";
import { buildMixArgs, type MixEncoding, type MixGraphInput } from "./mix-graph";
import { mixPublishQuery, type MixIdentity } from "./mix-publish";

/** Room changes are laid out together when they come this close (users entering at once). */
const RELAYOUT_DEBOUNCE_MS = 400;
/** How long a new stream may take to send its metadata before it is mixed as what it seems to be. */
const STREAM_INFO_WAIT_MS = 3000;
/** How long the mixer's ffmpeg may take to connect its inputs and start publishing. */
const PUBLISH_WAIT_MS = 20_000;
/** A mixer ffmpeg that keeps dying is given up after this many tries in a row. */
const MAX_CONSECUTIVE_FAILURES = 4;
const FAILURE_RETRY_MS = 1000;

/** A stream of the room as the mix sees it. */
export interface MixSourceStream {
  userId: string;
  streamType: StreamType;
  /** `app/name` in the relay. */
  streamKey: string;
  info: RelayStreamInfo;
}

/** What a mix is: which room, what it draws and hears, how it is encoded, where it is published. */
export interface MixSpec {
  /** Unique among mixes: `mcu:<room>` or `task:<TaskId>`. */
  id: string;
  room: RoomKey;
  /** The mixed stream's name in the app's stream path (`OutputParams.StreamId`, or the task's own). */
  outputStreamName: string;
  identity: MixIdentity;
  encoding: MixEncoding;
  /** Which of the room's streams the mix reads at all (a task's subscription); everyone by default. */
  accepts?(stream: { userId: string; streamType: StreamType }): boolean;
  picture(inputs: MixInput[]): MixPicture;
  /** An MCU mix ends when its room empties; a task's mix keeps drawing its background until told. */
  whenRoomEmpty: "stop" | "continue";
}

/** One ffmpeg run of a mix, between two layouts: what the usage of mixing is counted from. */
export interface MixRun {
  spec: MixSpec;
  startMs: number;
  endMs: number;
  inputs: MixSourceStream[];
}

export type MixStopReason = "stopped" | "room-empty" | "failed";

export interface MixerEvents {
  runEnded: [MixRun];
  /** The mix ended without being told to: its room emptied or its ffmpeg kept failing. */
  ended: [{ spec: MixSpec; reason: MixStopReason }];
}

export interface MixerOptions {
  rooms: Rooms;
  relay: Relay;
  supervisor: ProcessSupervisor;
  ffmpegPath: string;
  relayBaseUrl: () => string;
  /** Proves to the relay's policy that a publish is the mixer's (mix-publish.ts). */
  mixToken: string;
  /** Tells the recorder that the mixed stream is about to come back (a new layout), keeping its files. */
  expectReturn: (streamKey: string) => void;
  /** Tells the recorder that the mixed stream will not come back (the mix stopped): its files end now. */
  withdrawReturn: (streamKey: string) => void;
  logger: Logger;
}

interface Session {
  spec: MixSpec;
  process: SupervisedProcess | undefined;
  run: Omit<MixRun, "endMs"> | undefined;
  /** Operations on a mix run one at a time. */
  queue: Promise<void>;
  relayoutTimer: NodeJS.Timeout | undefined;
  failures: number;
  isStopped: boolean;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** Layouts number stream types (0 camera, 1 screen share); rooms name them. */
const layoutStreamType = (type: "main" | "aux"): StreamType => (type === "aux" ? 1 : 0);

/**
 * Mixes rooms into one picture with ffmpeg, the way TRTC's MCU does: a filter graph computed from
 * the layout and the room's current publishers, published into the relay as one stream. A new
 * layout, or a user entering or leaving, restarts the ffmpeg with a new graph; the recorder is told
 * beforehand, so the mix's recording goes on in the same file.
 */
export class Mixer extends EventEmitter<MixerEvents> {
  private readonly sessions = new Map<string, Session>();
  private isClosed = false;

  constructor(private readonly options: MixerOptions) {
    super();
    const onRoomChange = (event: { room: RoomKey }) => this.onRoomChange(event.room);
    options.rooms.on("streamStarted", onRoomChange);
    options.rooms.on("streamEnded", onRoomChange);
  }

  isRunning(id: string): boolean {
    return this.sessions.has(id);
  }

  /** The spec a mix runs with now. */
  specOf(id: string): MixSpec | undefined {
    return this.sessions.get(id)?.spec;
  }

  /** The streams a mix draws and hears now (tests, diagnostics). */
  inputsOf(id: string): MixSourceStream[] {
    return this.sessions.get(id)?.run?.inputs ?? [];
  }

  /**
   * Starts a mix, or changes a running one to `spec` (same id); resolves once the mixed stream is
   * published. A failure to publish is thrown, and the mix is not left running.
   */
  async start(spec: MixSpec): Promise<void> {
    if (this.isClosed) throw new Error("the mixer is closed");
    let session = this.sessions.get(spec.id);
    if (!session) {
      session = {
        spec,
        process: undefined,
        run: undefined,
        queue: Promise.resolve(),
        relayoutTimer: undefined,
        failures: 0,
        isStopped: false,
      };
      this.sessions.set(spec.id, session);
    }
    session.spec = spec;
    const target = session;
    const started = this.enqueue(target, () => this.relayout(target));
    try {
      await started;
    } catch (error) {
      await this.stop(spec.id);
      throw error;
    }
  }

  /** Ends a mix; resolves once its ffmpeg is gone and its last run is counted. */
  async stop(id: string, reason: MixStopReason = "stopped"): Promise<void> {
    const session = this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(id);
    session.isStopped = true;
    if (session.relayoutTimer) clearTimeout(session.relayoutTimer);
    await this.enqueue(session, () => this.endRun(session)).catch(() => undefined);
    // A re-layout or a restart after a fault may have announced a return that is not coming now.
    this.options.withdrawReturn(this.outputKey(session.spec));
    if (reason !== "stopped") this.emit("ended", { spec: session.spec, reason });
  }

  async close(): Promise<void> {
    this.isClosed = true;
    await Promise.all([...this.sessions.keys()].map((id) => this.stop(id)));
  }

  private onRoomChange(room: RoomKey): void {
    const id = roomKeyId(room);
    for (const session of this.sessions.values()) {
      if (roomKeyId(session.spec.room) !== id || session.isStopped) continue;
      if (session.relayoutTimer) clearTimeout(session.relayoutTimer);
      session.relayoutTimer = setTimeout(() => {
        session.relayoutTimer = undefined;
        void this.enqueue(session, () => this.relayout(session)).catch((error: unknown) =>
          this.options.logger.warn(`mixer: ${session.spec.id}: re-layout failed: ${describe(error)}`),
        );
      }, RELAYOUT_DEBOUNCE_MS);
    }
  }

  private enqueue(session: Session, step: () => Promise<void>): Promise<void> {
    const next = session.queue.then(step);
    session.queue = next.catch(() => undefined);
    return next;
  }

  private outputKey(spec: MixSpec): string {
    return `${streamAppName(spec.room.sdkAppId)}/${spec.outputStreamName}`;
  }

  /** The room's streams the mix reads, in the order their users entered, once the relay knows what each carries. */
  private async collectInputs(spec: MixSpec): Promise<MixSourceStream[]> {
    const streams = this.options.rooms.publishersOf(spec.room).flatMap((publisher) =>
      publisher.streams.map((stream) => ({
        userId: publisher.userId,
        streamType: layoutStreamType(stream.streamType),
        streamKey: `${streamAppName(spec.room.sdkAppId)}/${stream.streamId}`,
      })),
    );
    const accepted = streams.filter((stream) => spec.accepts?.(stream) ?? true);
    const deadline = Date.now() + STREAM_INFO_WAIT_MS;
    const inputs: MixSourceStream[] = [];
    for (const stream of accepted) {
      // A stream that has just started sends its metadata within moments.
      const info = await this.options.relay.whenStreamInfo(`/${stream.streamKey}`, Math.max(deadline - Date.now(), 0));
      if (info) inputs.push({ ...stream, info });
    }
    return inputs;
  }

  /** Replaces the running ffmpeg (if any) with one drawing the room as it is now. */
  private async relayout(session: Session): Promise<void> {
    if (session.isStopped) return;
    const spec = session.spec;
    const inputs = await this.collectInputs(spec);
    if (inputs.length === 0 && spec.whenRoomEmpty === "stop") {
      void this.stop(spec.id, "room-empty");
      return;
    }
    const outputKey = this.outputKey(spec);
    if (session.process) this.options.expectReturn(outputKey);
    await this.endRun(session);
    const freed = await this.options.relay.whenPathFree(`/${outputKey}`, 5000);
    if (!freed) throw new Error(`the stream ${outputKey} is still published by someone else`);
    const mixInputs: MixInput[] = inputs.map((input) => ({
      userId: input.userId,
      streamType: input.streamType,
      hasVideo: input.info.hasVideo,
    }));
    const graphInputs: MixGraphInput[] = inputs.map((input) => ({
      key: `${input.userId}/${input.streamType}`,
      url: `${this.options.relayBaseUrl()}/${input.streamKey}`,
      hasVideo: input.info.hasVideo,
      hasAudio: input.info.hasAudio,
    }));
    const args = buildMixArgs({
      inputs: graphInputs,
      picture: spec.picture(mixInputs),
      encoding: spec.encoding,
      outputUrl: `${this.options.relayBaseUrl()}/${outputKey}?${mixPublishQuery(spec.identity, this.options.mixToken)}`,
    });
    const process = this.options.supervisor.spawn(this.options.ffmpegPath, args, `mixer ${spec.id}`);
    session.process = process;
    session.run = { spec, startMs: Date.now(), inputs };
    void process.exited.then(() => this.onProcessExit(session, process));
    const isPublished = await this.options.relay.whenPublished(`/${outputKey}`, PUBLISH_WAIT_MS, process.exited);
    if (!isPublished) {
      await this.endRun(session);
      throw new Error(`the mixer did not publish ${outputKey}: ${process.stderrTail() || "no output"}`);
    }
    session.failures = 0;
    this.options.logger.info(
      `mixer: ${spec.id} mixes ${inputs.map((input) => `${input.userId}/${input.streamType}`).join(", ") || "nobody"} into ${outputKey}`,
    );
  }

  /** Stops the current ffmpeg, if any, and counts its run. */
  private async endRun(session: Session): Promise<void> {
    const process = session.process;
    const run = session.run;
    session.process = undefined;
    session.run = undefined;
    if (process) await process.stop();
    if (run) this.emit("runEnded", { ...run, endMs: Date.now() });
  }

  /** An ffmpeg that exits while it should be mixing is a fault: lay out anew, or give up after a few. */
  private onProcessExit(session: Session, process: SupervisedProcess): void {
    if (session.process !== process || session.isStopped || this.isClosed) return;
    session.failures += 1;
    this.options.logger.warn(`mixer: ${session.spec.id}: ffmpeg exited: ${process.stderrTail() || "no message"}`);
    if (session.failures >= MAX_CONSECUTIVE_FAILURES) {
      void this.stop(session.spec.id, "failed");
      return;
    }
    this.options.expectReturn(this.outputKey(session.spec));
    session.relayoutTimer = setTimeout(() => {
      session.relayoutTimer = undefined;
      void this.enqueue(session, () => this.relayout(session)).catch((error: unknown) =>
        this.options.logger.warn(`mixer: ${session.spec.id}: restart failed: ${describe(error)}`),
      );
    }, FAILURE_RETRY_MS);
  }
}
