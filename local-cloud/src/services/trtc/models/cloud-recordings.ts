import { randomBytes } from "node:crypto";
import type { AppConfig } from "@shared/local-cloud-account";
import type { TrtcCallbackTarget } from "../../../callbacks/trtc-callback-config";
import { ApiError } from "../../../core/api-error";
import type { Logger } from "../../../core/logger";
import type { Mixer } from "../../../media/mixer/mixer";
import type { StreamRecorder } from "../../../media/recorder/stream-recorder";
import type { CallbackSink } from "../../../recording/contracts";
import { trtcErrors } from "../errors";
import type { CreateCloudRecording, TaskMixLayout, TaskSubscription } from "../schemas/cloud-recording";
import { LEAVE_CODES, TASK_EVENTS, taskEventBody, type LeaveCode } from "./cloud-recording-events";
import { judgeLeftover, type TaskLeftover } from "./cloud-recording-leftovers";
import { TASK_TRANSITIONS, type TaskStatus } from "./cloud-recording-lifecycle";
import { TaskMedia, taskMixIdOf, taskSourceIdOf } from "./cloud-recording-media";
import {
  DEFAULT_MAX_CONCURRENT_TASKS_PER_APP,
  layoutOf,
  MAX_SUBSCRIBED_STREAMS,
  planCloudRecording,
  restrictedConcurrency,
  subscriptionOf,
  type TaskConfig,
} from "./cloud-recording-request";
import type { CloudRecordingStore, TaskIdentity } from "./cloud-recording-store";
import { roomKeyId, type RoomKey } from "./room-key";
import type { Rooms } from "./rooms";

export type { TaskStatus } from "./cloud-recording-lifecycle";

interface Task {
  taskId: string;
  sourceId: string;
  config: TaskConfig;
  /** The request as last modified: what a restart resumes the task with. */
  request: CreateCloudRecording;
  status: TaskStatus;
  /** Describe, Modify and Delete work until then (ResourceExpiredHour). */
  manageableUntil: number;
  idleTimer: NodeJS.Timeout | undefined;
  exiting: Promise<void> | undefined;
}

const DEFAULT_RESOURCE_EXPIRED_HOURS = 72;
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const identityOf = (task: Task): TaskIdentity => ({
  taskId: task.taskId,
  room: task.config.room,
  botUserId: task.config.botUserId,
});

export interface CloudRecordingsOptions {
  rooms: Rooms;
  mixer: Mixer;
  store: CloudRecordingStore;
  /** The account's app now (a restart judges left tasks by it); undefined when it has none of that id. */
  appOf: (sdkAppId: number) => AppConfig | undefined;
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
 * 2), stores the files in VOD and calls back 301, 302, 311 per file and 312. Tasks are persisted:
 * after a restart each resumes (306) and its files go on as new pieces once its streams are back.
 */
export class CloudRecordings {
  private readonly tasks = new Map<string, Task>();
  private readonly media: TaskMedia;
  private isShuttingDown = false;

  constructor(private readonly options: CloudRecordingsOptions) {
    this.media = new TaskMedia(options.rooms);
    const onRoomChange = (event: { room: RoomKey }) => this.onRoomChange(event.room);
    options.rooms.on("streamStarted", onRoomChange);
    options.rooms.on("streamEnded", onRoomChange);
    options.mixer.on("ended", ({ spec, reason }) => {
      const task = [...this.tasks.values()].find((candidate) => taskMixIdOf(candidate.taskId) === spec.id);
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
      sourceId: taskSourceIdOf(taskId),
      config,
      request,
      status: "Idle",
      manageableUntil: Date.now() + (request.ResourceExpiredHour ?? DEFAULT_RESOURCE_EXPIRED_HOURS) * 3600_000,
      idleTimer: undefined,
      exiting: undefined,
    };
    await this.options.store.insert({ ...identityOf(task), request, manageableUntil: task.manageableUntil });
    this.tasks.set(taskId, task);
    await this.send(task, TASK_EVENTS.recorderStart, { Status: 0 });
    recorder.addSource(this.media.sourceOf(task));
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
    task.request = {
      ...task.request,
      ...(change.layout ? { MixLayoutParams: change.layout } : {}),
      ...(change.subscription
        ? { RecordParams: { ...task.request.RecordParams, SubscribeStreamUserIds: change.subscription } }
        : {}),
    };
    await this.options.store.saveRequest(taskId, task.request);
    if (task.config.mode === "single") this.options.recorder()?.refreshSource(task.sourceId);
    else if (this.options.mixer.isRunning(taskMixIdOf(taskId)))
      await this.options.mixer.start(this.media.mixSpecOf(task));
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

  /** Ends every task (a reset): each with its 302, 311s and 312. */
  async stopAll(): Promise<void> {
    await Promise.all([...this.tasks.values()].map((task) => this.exit(task, LEAVE_CODES.stopped)));
    await this.options.store.deleteAll();
  }

  /**
   * A server shutdown: the tasks stay as they are persisted, to resume at the next start. Rooms
   * empty as the server stops, which must not end them (idle time) meanwhile.
   */
  shutdown(): void {
    this.isShuttingDown = true;
    for (const task of this.tasks.values()) if (task.idleTimer) clearTimeout(task.idleTimer);
  }

  // ─── after a restart ────────────────────────────────────────────────────────

  /** The tasks the previous run left, each judged: resume, or end (call before the recorder takes its leftovers). */
  async loadLeftovers(): Promise<TaskLeftover[]> {
    const stored = await this.options.store.list();
    return stored.map((task) => judgeLeftover(task, this.options.appOf(task.room.sdkAppId)));
  }

  /**
   * Resumes the tasks that can go on (306 once each is back, then as ever) and ends the others in
   * the background (302 with its LeaveCode, 311 per file the recorder finishes for it, 312).
   * Call after the recorder has taken its leftovers.
   */
  async resumeLeftovers(leftovers: readonly TaskLeftover[]): Promise<void> {
    const recorder = this.options.recorder();
    if (!recorder) throw new Error("the recorder must exist before tasks resume");
    for (const leftover of leftovers) {
      if (leftover.kind === "end") {
        this.options.logger.warn(
          `cloud recording: task ${leftover.stored.taskId} cannot resume (${leftover.reason}): ending it (LeaveCode ${leftover.leaveCode})`,
        );
        void this.windDown(leftover.stored, leftover.leaveCode).catch((error: unknown) =>
          this.options.logger.error(
            `cloud recording: ending task ${leftover.stored.taskId} failed: ${describe(error)}`,
          ),
        );
        continue;
      }
      const { stored, request, config } = leftover;
      const task: Task = {
        taskId: stored.taskId,
        sourceId: taskSourceIdOf(stored.taskId),
        config,
        request,
        status: "Idle",
        manageableUntil: stored.manageableUntil,
        idleTimer: undefined,
        exiting: undefined,
      };
      this.tasks.set(task.taskId, task);
      const failovers = await this.options.store.countFailover(task.taskId);
      recorder.addSource(this.media.sourceOf(task));
      await this.send(task, TASK_EVENTS.failover, { Status: 0 }, `:${failovers}`);
      await this.follow(task);
      this.options.logger.info(`cloud recording: task ${task.taskId} resumed after a restart (failover ${failovers})`);
    }
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
    if (!TASK_TRANSITIONS[task.status].includes(status))
      throw new Error(`task ${task.taskId}: ${task.status} → ${status}`);
    task.status = status;
  }

  private onRoomChange(room: RoomKey): void {
    for (const task of this.tasksIn(room)) {
      // A stream waiting for one of the 25 places gets it when another leaves: ask the recorder again.
      if (task.config.mode === "single" && this.media.candidatesOf(task.config).length >= MAX_SUBSCRIBED_STREAMS)
        this.options.recorder()?.refreshSource(task.sourceId);
      void this.follow(task).catch((error: unknown) =>
        this.options.logger.warn(`cloud recording: task ${task.taskId}: ${describe(error)}`),
      );
    }
  }

  /** Brings the task in line with its room: recording once there is someone to record, idle timer while nobody publishes. */
  private async follow(task: Task): Promise<void> {
    if (task.status === "Exited" || this.isShuttingDown) return;
    const publishers = this.options.rooms.publishersOf(task.config.room);
    this.updateIdleTimer(task, publishers.length === 0);
    const recorded = publishers.some((publisher) =>
      publisher.streams.some((stream) => this.media.accepts(task.config, publisher.userId, stream.streamType)),
    );
    if (!recorded) return;
    if (task.config.mode === "mixed" && !this.options.mixer.isRunning(taskMixIdOf(task.taskId)))
      await this.options.mixer.start(this.media.mixSpecOf(task));
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

  /** Ends a task; the task is gone once its 312 is queued. Not while the server stops: it resumes at the next start. */
  private exit(task: Task, leaveCode: LeaveCode): Promise<void> {
    if (this.isShuttingDown) return Promise.resolve();
    task.exiting ??= (async () => {
      if (task.idleTimer) clearTimeout(task.idleTimer);
      this.setStatus(task, "Exited");
      await this.windDown(identityOf(task), leaveCode, () => this.options.mixer.stop(taskMixIdOf(task.taskId)));
      this.options.logger.info(`cloud recording: task ${task.taskId} ended (LeaveCode ${leaveCode})`);
    })()
      .catch((error: unknown) =>
        this.options.logger.error(`cloud recording: ending task ${task.taskId} failed: ${describe(error)}`),
      )
      .finally(() => this.tasks.delete(task.taskId));
    return task.exiting;
  }

  /**
   * 302, then the files are finished (311 each), then 312. The end is persisted first, so that a
   * crash part-way finishes it at the next start (the outbox sends each event once by its key).
   */
  private async windDown(identity: TaskIdentity, leaveCode: LeaveCode, stopMix?: () => Promise<void>): Promise<void> {
    await this.options.store.markExiting(identity.taskId, leaveCode);
    await this.send(identity, TASK_EVENTS.recorderStop, { LeaveCode: leaveCode });
    // Recordings end first, while the mix still publishes, so that the mix's file ends where the task did.
    await this.options.recorder()?.removeSource(taskSourceIdOf(identity.taskId));
    await stopMix?.();
    await this.send(identity, TASK_EVENTS.vodStop, { Status: 0 });
    await this.options.store.delete(identity.taskId);
  }

  // ─── callbacks ──────────────────────────────────────────────────────────────

  private async send(
    task: Task | TaskIdentity,
    eventType: number,
    payload: Record<string, unknown>,
    /** Tells apart events of a type a task sends more than once (306 at each resumption). */
    occurrence = "",
  ): Promise<void> {
    const identity = "config" in task ? identityOf(task) : task;
    const sdkAppId = identity.room.sdkAppId;
    const target = await this.options.recordingCallbackOf(sdkAppId);
    if (!target) return;
    await this.options.callbacks.enqueue({
      url: target.url,
      body: taskEventBody(identity, eventType, payload),
      signing: { kind: "trtc", key: target.key, sdkAppId },
      eventKey: `task:${identity.taskId}:${eventType}${occurrence}`,
    });
  }
}
