import type { TrtcCallbackTarget } from "../../../callbacks/trtc-callback-config";
import { randomBytes } from "node:crypto";
import { computeTaskPicture } from "../../../../../lib/layouts/compute-task-layout";
import type { MixInput } from "../../../../../lib/layouts/types";
import { ApiError } from "../../../core/api-error";
import type { Logger } from "../../../core/logger";
import type { Mixer, MixSpec } from "../../../media/mixer/mixer";
import type { RecordedStream } from "../../../media/recorder/recorded-stream";
import type { RecordingPlan, RecordingSource } from "../../../media/recorder/recording-plan";
import type { StreamRecorder } from "../../../media/recorder/stream-recorder";
import type { CallbackSink, FormatSettings, RecordedTracks } from "../../../recording/contracts";
import { trtcErrors } from "../errors";
import type { CreateCloudRecording, TaskMixLayout, TaskSubscription } from "../schemas/cloud-recording";
import { LEAVE_CODES, TASK_EVENTS, taskEventBody, type LeaveCode } from "./cloud-recording-events";
import { taskOwner } from "./cloud-recording-outlet";
import {
  admitStreams,
  DEFAULT_MAX_CONCURRENT_TASKS_PER_APP,
  layoutOf,
  MAX_SUBSCRIBED_STREAMS,
  planCloudRecording,
  restrictedConcurrency,
  subscriptionOf,
  type CandidateStream,
  type TaskConfig,
} from "./cloud-recording-request";
import { roomKeyId, type RoomKey } from "./room-key";
import type { Rooms } from "./rooms";
import { subscribedMedia } from "./subscription";

/**
 * A task's life (reference §2.3): `Idle` until it records an upstream, `InProgress` while it does,
 * `Exited` while it winds down (its files finishing); then it is gone and Describe, Modify and
 * Delete answer that it does not exist.
 */
export type TaskStatus = "Idle" | "InProgress" | "Exited";
const TRANSITIONS: Record<TaskStatus, readonly TaskStatus[]> = {
  Idle: ["InProgress", "Exited"],
  InProgress: ["Exited"],
  Exited: [],
};

interface Task {
  taskId: string;
  sourceId: string;
  config: TaskConfig;
  status: TaskStatus;
  /** Describe, Modify and Delete work until then (ResourceExpiredHour). */
  manageableUntil: number;
  idleTimer: NodeJS.Timeout | undefined;
  exiting: Promise<void> | undefined;
}

const DEFAULT_RESOURCE_EXPIRED_HOURS = 72;
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const tracksOf = (media: { audio: boolean; video: boolean }): RecordedTracks | null =>
  media.audio && media.video ? "audio+video" : media.audio ? "audio" : media.video ? "video" : null;

export interface CloudRecordingsOptions {
  rooms: Rooms;
  mixer: Mixer;
  /** The recorder is made after the TRTC models; tasks start only once it exists. */
  recorder: () => StreamRecorder | undefined;
  /** Where the app's cloud-recording events go: its recording callback on TRTC's console page. */
  recordingCallbackOf: (sdkAppId: number) => Promise<TrtcCallbackTarget | null>;
  callbacks: CallbackSink;
  logger: Logger;
  /** Concurrent tasks an app may run (Tencent's default quota, 100, unless a test sets fewer). */
  maxConcurrentTasksPerApp?: number;
}

/**
 * Cloud-recording tasks (CreateCloudRecording): a recorder bot that records a room's subscribed
 * streams one file each (RecordMode 1) or mixes them into one picture and records that (RecordMode
 * 2), stores the files in VOD and calls back 301, 302, 311 per file and 312.
 */
export class CloudRecordings {
  private readonly tasks = new Map<string, Task>();

  constructor(private readonly options: CloudRecordingsOptions) {
    const onRoomChange = (event: { room: RoomKey }) => this.onRoomChange(event.room);
    options.rooms.on("streamStarted", onRoomChange);
    options.rooms.on("streamEnded", onRoomChange);
    options.mixer.on("ended", ({ spec, reason }) => {
      const task = [...this.tasks.values()].find((candidate) => this.mixIdOf(candidate) === spec.id);
      if (task && reason === "failed") void this.exit(task, LEAVE_CODES.serverKicked);
    });
  }

  async create(request: CreateCloudRecording): Promise<string> {
    const config = planCloudRecording(request);
    const recorder = this.options.recorder();
    if (!recorder) throw trtcErrors.ingestFailed("The recorder is not ready yet; retry shortly.");
    for (const other of this.tasks.values()) {
      // The bot's UserId is unique in the room: a second bot of that name takes the first one's place.
      if (roomKeyId(other.config.room) === roomKeyId(config.room) && other.config.botUserId === config.botUserId)
        void this.exit(other, LEAVE_CODES.sameUserReentered);
    }
    // A replaced task is Exited by now, so it does not count against the quota.
    const limit = this.options.maxConcurrentTasksPerApp ?? DEFAULT_MAX_CONCURRENT_TASKS_PER_APP;
    const running = [...this.tasks.values()].filter(
      (other) => other.config.room.sdkAppId === config.room.sdkAppId && other.status !== "Exited",
    );
    if (running.length >= limit) throw restrictedConcurrency(config.room.sdkAppId, limit);
    const taskId = randomBytes(24).toString("base64url");
    const task: Task = {
      taskId,
      sourceId: `task:${taskId}`,
      config,
      status: "Idle",
      manageableUntil: Date.now() + (request.ResourceExpiredHour ?? DEFAULT_RESOURCE_EXPIRED_HOURS) * 3600_000,
      idleTimer: undefined,
      exiting: undefined,
    };
    this.tasks.set(taskId, task);
    await this.send(task, TASK_EVENTS.recorderStart, { Status: 0 });
    recorder.addSource(this.sourceOf(task));
    await this.follow(task);
    this.options.logger.info(`cloud recording: task ${taskId} records room ${config.room.roomId} (${config.mode})`);
    return taskId;
  }

  describe(sdkAppId: number, taskId: string): { status: TaskStatus } {
    return { status: this.manageable(sdkAppId, taskId).status };
  }

  /** Replaces the layout and the subscription given (each as a whole, as Tencent's Modify does). */
  async modify(
    sdkAppId: number,
    taskId: string,
    change: { layout?: TaskMixLayout; subscription?: TaskSubscription },
  ): Promise<void> {
    const task = this.manageable(sdkAppId, taskId);
    if (task.status === "Exited") throw trtcErrors.taskNotExist(taskId);
    if (change.layout && task.config.mode !== "mixed")
      throw new ApiError("InvalidParameter", "MixLayoutParams applies to mixed recording tasks (RecordMode 2) only.");
    const canvas = { width: task.config.encoding.width, height: task.config.encoding.height };
    task.config = {
      ...task.config,
      ...(change.layout ? { layout: layoutOf(change.layout, canvas) } : {}),
      ...(change.subscription ? { subscription: subscriptionOf(change.subscription) } : {}),
    };
    if (task.config.mode === "single") this.options.recorder()?.refreshSource(task.sourceId);
    else if (this.options.mixer.isRunning(this.mixIdOf(task))) await this.startMix(task);
    else await this.follow(task);
  }

  async delete(sdkAppId: number, taskId: string): Promise<void> {
    const task = this.manageable(sdkAppId, taskId);
    await this.exit(task, LEAVE_CODES.stopped);
  }

  /** DismissRoom: the room's bots leave with it. */
  onRoomDismissed(room: RoomKey): void {
    for (const task of this.tasksIn(room)) void this.exit(task, LEAVE_CODES.roomDismissed);
  }

  /** RemoveUser naming a bot kicks its task. */
  onUsersRemoved(room: RoomKey, userIds: readonly string[]): void {
    for (const task of this.tasksIn(room))
      if (userIds.includes(task.config.botUserId)) void this.exit(task, LEAVE_CODES.botKicked);
  }

  /** Bots in rooms now, for RemoveUser to tell a bot from an absent user. */
  hasBot(room: RoomKey, userId: string): boolean {
    return this.tasksIn(room).some((task) => task.config.botUserId === userId);
  }

  hasAnyBot(room: RoomKey): boolean {
    return this.tasksIn(room).length > 0;
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.tasks.values()].map((task) => this.exit(task, LEAVE_CODES.stopped)));
  }

  // ─── lifecycle ──────────────────────────────────────────────────────────────

  private manageable(sdkAppId: number, taskId: string): Task {
    const task = this.tasks.get(taskId);
    if (!task || task.config.room.sdkAppId !== sdkAppId || Date.now() > task.manageableUntil)
      throw trtcErrors.taskNotExist(taskId);
    return task;
  }

  private tasksIn(room: RoomKey): Task[] {
    return [...this.tasks.values()].filter(
      (task) => roomKeyId(task.config.room) === roomKeyId(room) && task.status !== "Exited",
    );
  }

  private setStatus(task: Task, status: TaskStatus): void {
    if (task.status === status) return;
    if (!TRANSITIONS[task.status].includes(status)) throw new Error(`task ${task.taskId}: ${task.status} → ${status}`);
    task.status = status;
  }

  private onRoomChange(room: RoomKey): void {
    for (const task of this.tasksIn(room)) {
      // A stream waiting for one of the 25 places gets it when another leaves: ask the recorder again.
      if (task.config.mode === "single" && this.candidatesOf(task).length >= MAX_SUBSCRIBED_STREAMS)
        this.options.recorder()?.refreshSource(task.sourceId);
      void this.follow(task).catch((error: unknown) =>
        this.options.logger.warn(`cloud recording: task ${task.taskId}: ${describe(error)}`),
      );
    }
  }

  /** Brings the task in line with its room: recording once there is someone to record, idle timer while nobody publishes. */
  private async follow(task: Task): Promise<void> {
    if (task.status === "Exited") return;
    const publishers = this.options.rooms.publishersOf(task.config.room);
    this.updateIdleTimer(task, publishers.length === 0);
    const recorded = publishers.some((publisher) =>
      publisher.streams.some((stream) => this.accepts(task, publisher.userId, stream.streamType)),
    );
    if (!recorded) return;
    if (task.config.mode === "mixed" && !this.options.mixer.isRunning(this.mixIdOf(task))) await this.startMix(task);
    this.setStatus(task, "InProgress");
  }

  /** MaxIdleTime: with no anchor in the room that long, the task ends (LeaveCode 99). */
  private updateIdleTimer(task: Task, isRoomEmpty: boolean): void {
    if (!isRoomEmpty) {
      if (task.idleTimer) clearTimeout(task.idleTimer);
      task.idleTimer = undefined;
      return;
    }
    task.idleTimer ??= setTimeout(() => void this.exit(task, LEAVE_CODES.idle), task.config.maxIdleSeconds * 1000);
  }

  /** 302, then the files are finished (311 each), then 312; the task is gone after that. */
  private exit(task: Task, leaveCode: LeaveCode): Promise<void> {
    task.exiting ??= (async () => {
      if (task.idleTimer) clearTimeout(task.idleTimer);
      this.setStatus(task, "Exited");
      await this.send(task, TASK_EVENTS.recorderStop, { LeaveCode: leaveCode });
      // Recordings end first, while the mix still publishes, so that the mix's file ends where the task did.
      await this.options.recorder()?.removeSource(task.sourceId);
      await this.options.mixer.stop(this.mixIdOf(task));
      await this.send(task, TASK_EVENTS.vodStop, { Status: 0 });
      this.tasks.delete(task.taskId);
      this.options.logger.info(`cloud recording: task ${task.taskId} ended (LeaveCode ${leaveCode})`);
    })().catch((error: unknown) => {
      this.tasks.delete(task.taskId);
      this.options.logger.error(`cloud recording: ending task ${task.taskId} failed: ${describe(error)}`);
    });
    return task.exiting;
  }

  // ─── what a task records ────────────────────────────────────────────────────

  private presentUserIds(room: RoomKey): Set<string> {
    return new Set(this.options.rooms.publishersOf(room).map((publisher) => publisher.userId));
  }

  /** The media of a user's stream the task's configuration asks for (subscription, StreamType, MediaId). */
  private configuredMediaOf(
    task: Task,
    userId: string,
    streamType: "main" | "aux",
    present: ReadonlySet<string>,
  ): { audio: boolean; video: boolean } {
    if (!task.config.streams.has(streamType)) return { audio: false, video: false };
    const subscribed = subscribedMedia(task.config.subscription, userId, present);
    return { audio: subscribed.audio && task.config.media.audio, video: subscribed.video && task.config.media.video };
  }

  /** The streams in the room the task would record, in the order their publishers entered. */
  private candidatesOf(task: Task): CandidateStream[] {
    const present = this.presentUserIds(task.config.room);
    return this.options.rooms.publishersOf(task.config.room).flatMap((publisher) =>
      publisher.streams.flatMap((stream) => {
        const media = this.configuredMediaOf(task, publisher.userId, stream.streamType, present);
        return media.audio || media.video ? [{ key: `${publisher.userId}/${stream.streamType}`, ...media }] : [];
      }),
    );
  }

  /** The media of a user's stream the task records: its configuration, within the 25 streams (24 pictures) it may take. */
  private mediaOf(task: Task, userId: string, streamType: "main" | "aux"): { audio: boolean; video: boolean } {
    const admitted = admitStreams(this.candidatesOf(task), task.config.mode).get(`${userId}/${streamType}`);
    return admitted ?? { audio: false, video: false };
  }

  private accepts(task: Task, userId: string, streamType: "main" | "aux"): boolean {
    const media = this.mediaOf(task, userId, streamType);
    return media.audio || media.video;
  }

  private formatSettings(task: Task): Partial<Record<"hls" | "mp4" | "aac", FormatSettings>> {
    const settings: FormatSettings = {
      recordIntervalSeconds: task.config.splitSeconds,
      storageTimeSeconds: task.config.storageTimeSeconds,
      vodSubAppId: task.config.subAppId,
      vodFileName: null,
    };
    return Object.fromEntries(task.config.formats.map((format) => [format, settings]));
  }

  private plan(task: Task, tracks: RecordedTracks, userId: string, mediaId: "main" | "aux" | "mix"): RecordingPlan {
    return {
      config: { templateId: 0, formats: this.formatSettings(task), resumeWindowSeconds: 0 },
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

  private sourceOf(task: Task): RecordingSource {
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
          return Promise.resolve(isOwnMix && tracks ? this.plan(task, tracks, "", "mix") : null);
        }
        if (stream.mix || !isInRoom(stream)) return Promise.resolve(null);
        const tracks = tracksOf(this.mediaOf(task, stream.userId, stream.streamType));
        return Promise.resolve(tracks ? this.plan(task, tracks, stream.userId, stream.streamType) : null);
      },
    };
  }

  // ─── mixing ─────────────────────────────────────────────────────────────────

  private mixIdOf(task: Task): string {
    return `task:${task.taskId}`;
  }

  private async startMix(task: Task): Promise<void> {
    const spec: MixSpec = {
      id: this.mixIdOf(task),
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
      accepts: (stream) => this.accepts(task, stream.userId, stream.streamType === 1 ? "aux" : "main"),
      picture: (inputs: MixInput[]) => {
        const seen = inputs.map((input) => ({
          ...input,
          hasVideo: input.hasVideo && this.mediaOf(task, input.userId, input.streamType === 1 ? "aux" : "main").video,
        }));
        const picture = computeTaskPicture(seen, task.config.layout);
        const heard = new Set(
          inputs
            .filter((input) => this.mediaOf(task, input.userId, input.streamType === 1 ? "aux" : "main").audio)
            .map((input) => `${input.userId}/${input.streamType}`),
        );
        return { tiles: picture.tiles, audible: picture.audible.filter((key) => heard.has(key)) };
      },
      whenRoomEmpty: "continue",
    };
    await this.options.mixer.start(spec);
  }

  // ─── callbacks ──────────────────────────────────────────────────────────────

  private async send(task: Task, eventType: number, payload: Record<string, unknown>): Promise<void> {
    const sdkAppId = task.config.room.sdkAppId;
    const target = await this.options.recordingCallbackOf(sdkAppId);
    if (!target) return;
    await this.options.callbacks.enqueue({
      url: target.url,
      body: taskEventBody(
        { room: task.config.room, botUserId: task.config.botUserId, taskId: task.taskId },
        eventType,
        payload,
      ),
      signing: { kind: "trtc", key: target.key, sdkAppId },
      eventKey: `task:${task.taskId}:${eventType}`,
    });
  }
}
