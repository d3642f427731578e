import type { Logger } from "../../../core/logger";
import { ApiError } from "../../../core/api-error";
import type { Mixer } from "../../../media/mixer/mixer";
import { trtcErrors } from "../errors";
import type { McuMixRequest } from "../schemas/mcu-mix";
import { planMcuMix, type McuMixPlan } from "./mcu-request";
import { roomKeyId, type RoomKey } from "./room-key";
import type { Rooms } from "./rooms";

interface RunningMix {
  room: RoomKey;
  plan: McuMixPlan;
}

const mixIdOf = (room: RoomKey) => `mcu:${roomKeyId(room)}`;

/**
 * The legacy MCU mixes (StartMCUMixTranscode): one per room. Starting again with the same
 * StreamId and RecordId changes the layout of the running mix and its recording goes on in the
 * same file; another RecordId ends that file and starts a new one (as TRTC's guide warns); the mix
 * ends on Stop or when its room empties.
 */
export class McuMixes {
  private readonly running = new Map<string, RunningMix>();

  constructor(private readonly options: { rooms: Rooms; mixer: Mixer; logger: Logger }) {
    options.mixer.on("ended", ({ spec, reason }) => {
      if (!spec.id.startsWith("mcu:")) return;
      this.running.delete(spec.id);
      options.logger.info(`mcu: the mix of ${spec.id} ended (${reason})`);
    });
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
    this.running.set(id, { room, plan });
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
      throw trtcErrors.ingestFailed(
        `The mix could not start: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  async stop(room: RoomKey): Promise<void> {
    const id = mixIdOf(room);
    if (!this.running.has(id))
      throw new ApiError("FailedOperation.MixSessionNotExist", `Room \`${room.roomId}\` has no mix to stop.`);
    this.running.delete(id);
    await this.options.mixer.stop(id);
  }

  /** A room's mix, for tests and diagnostics. */
  has(room: RoomKey): boolean {
    return this.running.has(mixIdOf(room));
  }

  async stopAll(): Promise<void> {
    const ids = [...this.running.keys()];
    this.running.clear();
    await Promise.all(ids.map((id) => this.options.mixer.stop(id)));
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
