import type { Logger } from "../../../core/logger";
import { ApiError } from "../../../core/api-error";
import type { Mixer } from "../../../media/mixer/mixer";
import type { RecordingRecord } from "../../../media/recorder/recording-store";
import { trtcErrors } from "../errors";
import { startMcuMixSchema, type McuMixRequest } from "../schemas/mcu-mix";
import { planMcuMix, type McuMixPlan } from "./mcu-request";
import type { McuMixStore, StoredMix } from "./mcu-mix-store";
import { roomKeyId, type RoomKey } from "./room-key";
import type { Rooms } from "./rooms";

interface RunningMix {
  room: RoomKey;
  plan: McuMixPlan;
}

/** A mix a restart brings back: it starts again once someone is in its room, or is given up. */
interface PendingMix {
  room: RoomKey;
  request: McuMixRequest;
  timer: NodeJS.Timeout;
}

/** A stored mix whose request reads: what a restart resumes. */
export interface McuMixLeftover {
  room: RoomKey;
  request: McuMixRequest;
}

const mixIdOf = (room: RoomKey) => `mcu:${roomKeyId(room)}`;
const storedRequestSchema = startMcuMixSchema.omit({ SdkAppId: true, RoomId: true });
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface McuMixesOptions {
  rooms: Rooms;
  mixer: Mixer;
  store: McuMixStore;
  /** How long a mix a restart brings back waits for a user to be back in its room. */
  resumeWaitMs: number;
  logger: Logger;
}

/**
 * The legacy MCU mixes (StartMCUMixTranscode): one per room. Starting again with the same
 * StreamId and RecordId changes the layout of the running mix and its recording goes on in the
 * same file; another RecordId ends that file and starts a new one (as TRTC's guide warns); the mix
 * ends on Stop or when its room empties. Running mixes are persisted: after a restart each starts
 * again once its room has a user back, and its recording goes on as a new piece of the same file.
 * Tencent sends no callback for any of this.
 */
export class McuMixes {
  private readonly running = new Map<string, RunningMix>();
  private readonly pending = new Map<string, PendingMix>();
  private isShuttingDown = false;

  constructor(private readonly options: McuMixesOptions) {
    options.mixer.on("ended", ({ spec, reason }) => {
      if (!spec.id.startsWith("mcu:")) return;
      this.running.delete(spec.id);
      options.logger.info(`mcu: the mix of ${spec.id} ended (${reason})`);
      if (!this.isShuttingDown) void this.forget(spec.room);
    });
    options.rooms.on("streamStarted", ({ room }) => void this.resumeWhenOccupied(mixIdOf(room)));
  }

  async start(room: RoomKey, request: McuMixRequest): Promise<void> {
    const publishers = this.options.rooms.publishersOf(room);
    if (publishers.length === 0)
      throw new ApiError(
        "FailedOperation.RoomNotExist",
        `Nobody is in room \`${room.roomId}\`: StartMCUMixTranscode works only after a user has entered the room.`,
      );
    const plan = planMcuMix(request);
    const id = mixIdOf(room);
    const userStreamIds = publishers.flatMap((publisher) => publisher.streams.map((stream) => stream.streamId));
    this.checkStreamId(room, plan.streamId, userStreamIds);
    const previous = this.running.get(id);
    if (previous && previous.plan.audioKey !== plan.audioKey)
      throw new ApiError(
        "InvalidParameter.AudioEncodeParams",
        "The audio settings of EncodeParams (sample rate, bitrate, channels, codec) must not change while the mix runs: stop it first.",
      );
    // A start while a restart was bringing the mix back replaces what it would have resumed.
    this.cancelPending(id);
    this.running.set(id, { room, plan });
    // Saved first: a mix that ends at once (its room empties) is forgotten after this, not before.
    await this.options.store.save(room, request);
    try {
      await this.options.mixer.start({
        id,
        room,
        outputStreamName: plan.streamId,
        identity: {
          kind: "mcu",
          sdkAppId: room.sdkAppId,
          roomId: room.roomId,
          roomIdType: room.roomIdType,
          recordId: plan.recordId,
          recordAudioOnly: plan.recordAudioOnly,
          taskId: undefined,
        },
        encoding: plan.encoding,
        picture: plan.picture,
        whenRoomEmpty: "stop",
      });
    } catch (error) {
      this.running.delete(id);
      await this.forget(room);
      throw trtcErrors.ingestFailed(`The mix could not start: ${describe(error)}`);
    }
  }

  async stop(room: RoomKey): Promise<void> {
    const id = mixIdOf(room);
    if (this.cancelPending(id)) {
      await this.forget(room);
      return;
    }
    if (!this.running.has(id))
      throw new ApiError("FailedOperation.MixSessionNotExist", `Room \`${room.roomId}\` has no mix to stop.`);
    this.running.delete(id);
    await this.options.mixer.stop(id);
    await this.forget(room);
  }

  /** A room's mix, running or being brought back after a restart (tests and diagnostics). */
  has(room: RoomKey): boolean {
    const id = mixIdOf(room);
    return this.running.has(id) || this.pending.has(id);
  }

  async stopAll(): Promise<void> {
    for (const id of [...this.pending.keys()]) this.cancelPending(id);
    const ids = [...this.running.keys()];
    this.running.clear();
    await Promise.all(ids.map((id) => this.options.mixer.stop(id)));
    await this.options.store.deleteAll();
  }

  /** A server shutdown: the mixes stay persisted, to resume at the next start. */
  shutdown(): void {
    this.isShuttingDown = true;
    for (const id of [...this.pending.keys()]) this.cancelPending(id);
  }

  // ─── after a restart ────────────────────────────────────────────────────────

  /** The mixes the previous run left running; one whose request no longer reads is dropped. */
  async loadLeftovers(): Promise<McuMixLeftover[]> {
    const leftovers: McuMixLeftover[] = [];
    for (const stored of await this.options.store.list()) {
      const request = this.readRequest(stored);
      if (request) leftovers.push({ room: stored.room, request });
      else await this.options.store.delete(stored.room);
    }
    return leftovers;
  }

  /** Brings back each left mix once its room has a user again (at once if it has one). */
  resumeLeftovers(leftovers: readonly McuMixLeftover[]): void {
    for (const { room, request } of leftovers) {
      const id = mixIdOf(room);
      const timer = setTimeout(() => {
        if (!this.cancelPending(id)) return;
        this.options.logger.warn(`mcu: nobody came back to room ${room.roomId} after the restart: its mix ends`);
        void this.forget(room);
      }, this.options.resumeWaitMs);
      this.pending.set(id, { room, request, timer });
      void this.resumeWhenOccupied(id);
    }
  }

  private async resumeWhenOccupied(id: string): Promise<void> {
    const pending = this.pending.get(id);
    if (!pending || this.options.rooms.publishersOf(pending.room).length === 0) return;
    this.cancelPending(id);
    try {
      await this.start(pending.room, pending.request);
      this.options.logger.info(`mcu: the mix of room ${pending.room.roomId} resumed after a restart`);
    } catch (error) {
      this.options.logger.warn(`mcu: the mix of room ${pending.room.roomId} could not resume: ${describe(error)}`);
    }
  }

  private readRequest(stored: StoredMix): McuMixRequest | undefined {
    const parsed = storedRequestSchema.safeParse(stored.request);
    if (parsed.success) return parsed.data;
    this.options.logger.warn(`mcu: the stored mix of room ${stored.room.roomId} no longer reads; dropped`);
    return undefined;
  }

  private cancelPending(id: string): boolean {
    const pending = this.pending.get(id);
    if (!pending) return false;
    clearTimeout(pending.timer);
    this.pending.delete(id);
    return true;
  }

  private async forget(room: RoomKey): Promise<void> {
    await this.options.store
      .delete(room)
      .catch((error: unknown) =>
        this.options.logger.warn(`mcu: forgetting the mix of ${roomKeyId(room)}: ${describe(error)}`),
      );
  }

  /** The mix must not publish over a user's stream, nor over another room's mix. */
  private checkStreamId(room: RoomKey, streamId: string, userStreamIds: string[]): void {
    if (userStreamIds.includes(streamId))
      throw new ApiError(
        "InvalidParameter.StreamId",
        `OutputParams.StreamId \`${streamId}\` is a user's stream in this room; the mix needs a stream id of its own.`,
      );
    for (const [otherId, other] of this.running)
      if (otherId !== mixIdOf(room) && other.plan.streamId === streamId && other.room.sdkAppId === room.sdkAppId)
        throw new ApiError(
          "InvalidParameter.StreamId",
          `OutputParams.StreamId \`${streamId}\` is already the mix of room \`${other.room.roomId}\`.`,
        );
  }
}

/** Whether a file left open is the recording of a mix that resumes: it then waits for the mix to continue. */
export function isResumingMixFile(leftovers: readonly McuMixLeftover[]): (record: RecordingRecord) => boolean {
  const rooms = new Set(leftovers.map((leftover) => roomKeyId(leftover.room)));
  return (record) => {
    const mix = record.stream.mix;
    return (
      mix?.kind === "mcu" &&
      rooms.has(roomKeyId({ sdkAppId: mix.sdkAppId, roomId: mix.roomId, roomIdType: mix.roomIdType }))
    );
  };
}
