import { computeTaskPicture } from "@shared/layouts/compute-task-layout";
import type { MixInput } from "@shared/layouts/types";
import type { MixSpec } from "../../../media/mixer/mixer";
import type { RecordedStream } from "../../../media/recorder/recorded-stream";
import type { RecordingPlan, RecordingSource } from "../../../media/recorder/recording-plan";
import type { FormatSettings, RecordedTracks } from "../../../recording/contracts";
import { taskOwner } from "./cloud-recording-outlet";
import { admitStreams, type CandidateStream, type TaskConfig } from "./cloud-recording-request";
import type { Rooms } from "./rooms";
import type { TaskStatus } from "./cloud-recording-lifecycle";
import { subscribedMedia } from "./subscription";

/** What the recorder and the mixer read of a task, at the moment they ask (Modify changes `config`). */
export interface RecordedTask {
  readonly taskId: string;
  readonly sourceId: string;
  readonly config: TaskConfig;
  readonly status: TaskStatus;
}

type Media = { audio: boolean; video: boolean };

const tracksOf = (media: Media): RecordedTracks | null =>
  media.audio && media.video ? "audio+video" : media.audio ? "audio" : media.video ? "video" : null;

export const taskMixIdOf = (taskId: string) => `task:${taskId}`;
export const taskSourceIdOf = (taskId: string) => `task:${taskId}`;

/**
 * What a task records of its room: its subscription, StreamType and MediaId, within the 25
 * streams (24 pictures) it may take, in the order their publishers entered.
 */
export class TaskMedia {
  constructor(private readonly rooms: Rooms) {}

  /** The streams in the room the task would record by its configuration alone. */
  candidatesOf(config: TaskConfig): CandidateStream[] {
    const publishers = this.rooms.publishersOf(config.room);
    const present = new Set(publishers.map((publisher) => publisher.userId));
    return publishers.flatMap((publisher) =>
      publisher.streams.flatMap((stream) => {
        if (!config.streams.has(stream.streamType)) return [];
        const subscribed = subscribedMedia(config.subscription, publisher.userId, present);
        const media = { audio: subscribed.audio && config.media.audio, video: subscribed.video && config.media.video };
        return media.audio || media.video ? [{ key: `${publisher.userId}/${stream.streamType}`, ...media }] : [];
      }),
    );
  }

  mediaOf(config: TaskConfig, userId: string, streamType: "main" | "aux"): Media {
    const admitted = admitStreams(this.candidatesOf(config), config.mode).get(`${userId}/${streamType}`);
    return admitted ?? { audio: false, video: false };
  }

  accepts(config: TaskConfig, userId: string, streamType: "main" | "aux"): boolean {
    const media = this.mediaOf(config, userId, streamType);
    return media.audio || media.video;
  }

  /** The task as a recording source: its mix (mixed tasks) or each admitted stream of its room. */
  sourceOf(task: RecordedTask): RecordingSource {
    const isInRoom = (stream: RecordedStream) =>
      stream.sdkAppId === task.config.room.sdkAppId &&
      stream.roomId === task.config.room.roomId &&
      (stream.roomIdType ?? task.config.room.roomIdType) === task.config.room.roomIdType;
    return {
      id: task.sourceId,
      planFor: (stream) => {
        if (task.status === "Exited") return Promise.resolve(null);
        if (task.config.mode === "mixed") {
          const isOwnMix = stream.mix?.kind === "task" && stream.mix.taskId === task.taskId;
          const tracks = tracksOf(task.config.media);
          return Promise.resolve(isOwnMix && tracks ? planOf(task, tracks, "", "mix") : null);
        }
        if (stream.mix || !isInRoom(stream)) return Promise.resolve(null);
        const tracks = tracksOf(this.mediaOf(task.config, stream.userId, stream.streamType));
        return Promise.resolve(tracks ? planOf(task, tracks, stream.userId, stream.streamType) : null);
      },
    };
  }

  /** A mixed task's picture, published as `cloudrec_<TaskId>` for the task alone to record. */
  mixSpecOf(task: RecordedTask): MixSpec {
    const streamTypeOf = (input: { streamType: number }) => (input.streamType === 1 ? "aux" : "main");
    return {
      id: taskMixIdOf(task.taskId),
      room: task.config.room,
      outputStreamName: `cloudrec_${task.taskId}`,
      identity: {
        kind: "task",
        sdkAppId: task.config.room.sdkAppId,
        roomId: task.config.room.roomId,
        roomIdType: task.config.room.roomIdType,
        recordId: undefined,
        recordAudioOnly: false,
        taskId: task.taskId,
      },
      encoding: task.config.encoding,
      accepts: (stream) => this.accepts(task.config, stream.userId, streamTypeOf(stream)),
      picture: (inputs: MixInput[]) => {
        const seen = inputs.map((input) => ({
          ...input,
          hasVideo: input.hasVideo && this.mediaOf(task.config, input.userId, streamTypeOf(input)).video,
        }));
        const picture = computeTaskPicture(seen, task.config.layout);
        const heard = new Set(
          inputs
            .filter((input) => this.mediaOf(task.config, input.userId, streamTypeOf(input)).audio)
            .map((input) => `${input.userId}/${input.streamType}`),
        );
        return { tiles: picture.tiles, audible: picture.audible.filter((key) => heard.has(key)) };
      },
      whenRoomEmpty: "continue",
    };
  }
}

function formatSettings(config: TaskConfig): Partial<Record<"hls" | "mp4" | "aac", FormatSettings>> {
  const settings: FormatSettings = {
    recordIntervalSeconds: config.splitSeconds,
    storageTimeSeconds: config.storageTimeSeconds,
    vodSubAppId: config.subAppId,
    vodFileName: null,
  };
  return Object.fromEntries(config.formats.map((format) => [format, settings]));
}

function planOf(
  task: RecordedTask,
  tracks: RecordedTracks,
  userId: string,
  mediaId: "main" | "aux" | "mix",
): RecordingPlan {
  return {
    config: { templateId: 0, formats: formatSettings(task.config), resumeWindowSeconds: 0 },
    tracks,
    owner: taskOwner(task.sourceId, {
      taskId: task.taskId,
      room: task.config.room,
      botUserId: task.config.botUserId,
      userId,
      mediaId,
      userDefineRecordId: task.config.userDefineRecordId,
    }),
  };
}
