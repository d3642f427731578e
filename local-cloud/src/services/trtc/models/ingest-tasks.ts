import { randomBytes } from "node:crypto";
import type { Logger } from "../../../core/logger";
import { probeMedia, type MediaInfo } from "../../../media/ffmpeg/probe-media";
import type { ProcessSupervisor, SupervisedProcess } from "../../../media/ffmpeg/process-supervisor";
import { trtcErrors } from "../errors";
import type { AppDirectory } from "./app-directory";
import { buildIngestArgs, ingestEndsAt, isLiveSource } from "./ingest-command";
import { ingestFailureReason } from "./ingest-failure";
import { describeIngestStatus, INGEST_STATUS, type DescribedIngestStatus } from "./ingest-lifecycle";
import { protocolWhitelistArgs } from "./ingest-protocols";
import type { IngestTask, IngestTaskStore } from "./ingest-task-store";
import { assertValidIngestRequest, type StartIngestRequest } from "./ingest-request";
import { ROOM_ID_TYPE, type RoomKey } from "./room-key";
import type { Rooms, StreamEvent } from "./rooms";
import { defaultStreamId, streamAppName } from "./stream-id";

export interface IngestTasksOptions {
  store: IngestTaskStore;
  rooms: Rooms;
  apps: AppDirectory;
  supervisor: ProcessSupervisor;
  ffmpegPath: string;
  ffprobePath: string;
  relayHost: string;
  relayPort: number;
  /** How long StartStreamIngest waits for its user to enter the room (probing the URL included). */
  joinTimeoutMs: number;
  logger: Logger;
}

interface RunningIngest {
  task: IngestTask;
  child: SupervisedProcess;
  sessionId: string | undefined;
  /** Settles once the exit is handled (task marked ended unless shutting down). */
  handledExit: Promise<void>;
}

/** `reason` may go into an API error; `detail` (the tool's own words) only into the debug log. */
type Failure = { ok: false; reason: string; detail: string };
type LaunchOutcome = { ok: true } | Failure;

function lastLines(text: string, count: number): string {
  return text.split("\n").filter(Boolean).slice(-count).join(" | ");
}

const roomOf = (task: Pick<IngestTask, "sdkAppId" | "roomId" | "roomIdType">): RoomKey => ({
  sdkAppId: task.sdkAppId,
  roomId: task.roomId,
  roomIdType: task.roomIdType,
});

/**
 * StartStreamIngest tasks: an ffmpeg per task plays the URL into the relay under the task's user,
 * which is how that user enters the room. The task ends when ffmpeg exits, whatever the reason.
 */
export class IngestTasks {
  private readonly running = new Map<string, RunningIngest>();
  private isShuttingDown = false;

  constructor(private readonly options: IngestTasksOptions) {
    // A task lives as long as its user's publish: when that ends some other way (RemoveUser,
    // DismissRoom), ffmpeg must not linger.
    options.rooms.on("streamEnded", (event) => {
      const running = event.stream.taskId ? this.running.get(event.stream.taskId) : undefined;
      if (running && running.sessionId === event.stream.sessionId) void running.child.stop();
    });
  }

  /** Starts a task and resolves with its id once its user is in the room. */
  async start(request: StartIngestRequest): Promise<string> {
    const { apps, rooms, joinTimeoutMs } = this.options;
    apps.assertExists(request.sdkAppId);
    const streamUrl = assertValidIngestRequest(request);
    if (rooms.isUserPresent(roomOf(request), request.userId)) {
      throw trtcErrors.invalidUserId(
        `The user \`${request.userId}\` is already in room \`${request.roomId}\`; use another UserId or remove that user first.`,
      );
    }
    const deadline = Date.now() + joinTimeoutMs;
    const media = await this.probe(streamUrl, joinTimeoutMs);
    if (!media.ok) {
      this.options.logger.debug(`StartStreamIngest: ffprobe could not open ${streamUrl}: ${media.detail}`);
      throw trtcErrors.ingestFailed(`StreamUrl could not be opened: ${media.reason}.`);
    }
    const startedAt = Date.now();
    const task: IngestTask = {
      taskId: randomBytes(24).toString("base64url"),
      sdkAppId: request.sdkAppId,
      roomId: request.roomId,
      roomIdType: request.roomIdType,
      userId: request.userId,
      streamUrl,
      repeatNum: request.repeatNum,
      seekSeconds: request.seekSeconds,
      volume: request.volume,
      status: INGEST_STATUS.starting,
      startedAt,
      endsAt: ingestEndsAt({ ...request, startedAt, media: media.info }),
    };
    await this.options.store.insert(task);
    const outcome = await this.launch(task, media.info, Math.max(deadline - Date.now(), 1000));
    if (!outcome.ok) {
      this.options.logger.debug(`StartStreamIngest ${task.taskId}: ${outcome.detail}`);
      throw trtcErrors.ingestFailed(outcome.reason);
    }
    return task.taskId;
  }

  /** Stops a task and resolves once its user has left the room. */
  async stop(sdkAppId: number, taskId: string): Promise<void> {
    this.options.apps.assertExists(sdkAppId);
    const running = this.running.get(taskId);
    if (!running || running.task.sdkAppId !== sdkAppId) throw trtcErrors.taskNotExist(taskId);
    await this.stopRunning(running);
  }

  describe(sdkAppId: number, taskId: string): DescribedIngestStatus {
    this.options.apps.assertExists(sdkAppId);
    const running = this.running.get(taskId);
    return describeIngestStatus(running && running.task.sdkAppId === sdkAppId ? running.task.status : undefined);
  }

  /** Ends every task (for a reset). */
  async stopAll(): Promise<void> {
    await Promise.all([...this.running.values()].map((running) => this.stopRunning(running)));
  }

  /** Stops every ffmpeg but keeps the tasks resumable, for a server shutdown. */
  async shutdown(): Promise<void> {
    this.isShuttingDown = true;
    await Promise.all(
      [...this.running.values()].map(async (running) => {
        await running.child.stop();
        await running.handledExit;
      }),
    );
  }

  /** Brings back the tasks a previous run left running, unless their end time has passed. */
  async resumeAll(): Promise<void> {
    const tasks = await this.options.store.listResumable();
    await Promise.all(tasks.map((task) => this.resume(task)));
  }

  private async resume(task: IngestTask): Promise<void> {
    const { store, logger, rooms, joinTimeoutMs } = this.options;
    const isOver = task.endsAt !== undefined && task.endsAt <= Date.now();
    if (isOver || rooms.isUserPresent(roomOf(task), task.userId)) {
      await store.markEnded(task.taskId, Date.now());
      return;
    }
    const media = await this.probe(task.streamUrl, joinTimeoutMs);
    const outcome = media.ok ? await this.launch(task, media.info, joinTimeoutMs) : media;
    if (outcome.ok) logger.info(`resumed ingest task ${task.taskId} (user ${task.userId}, room ${task.roomId})`);
    else if (!this.isShuttingDown) {
      logger.warn(`could not resume ingest task ${task.taskId}: ${outcome.reason}`);
      logger.debug(`ingest task ${task.taskId}: ${outcome.detail}`);
      await store.markEnded(task.taskId, Date.now());
    }
  }

  private async probe(
    streamUrl: string,
    timeoutMs: number,
  ): Promise<{ ok: true; info: MediaInfo | undefined } | Failure> {
    if (isLiveSource(streamUrl)) return { ok: true, info: undefined };
    const { supervisor, ffprobePath } = this.options;
    const probe = await probeMedia(supervisor, ffprobePath, streamUrl, timeoutMs, protocolWhitelistArgs(streamUrl));
    return probe.ok ? probe : { ok: false, reason: ingestFailureReason(probe.reason), detail: probe.reason };
  }

  private publishUrl(task: IngestTask): string {
    const { relayHost, relayPort } = this.options;
    const streamId = defaultStreamId(task.sdkAppId, task.roomId, task.userId, "main");
    const roomParam = task.roomIdType === ROOM_ID_TYPE.integer ? "roomid" : "strroomid";
    const query = new URLSearchParams({ [roomParam]: task.roomId, userid: task.userId, taskid: task.taskId });
    return `rtmp://${relayHost}:${relayPort}/${streamAppName(task.sdkAppId)}/${streamId}?${query.toString()}`;
  }

  private async launch(task: IngestTask, media: MediaInfo | undefined, timeoutMs: number): Promise<LaunchOutcome> {
    if (this.isShuttingDown) return { ok: false, reason: "the local cloud is stopping", detail: "shutting down" };
    const args = buildIngestArgs({
      streamUrl: task.streamUrl,
      repeatNum: task.repeatNum,
      durationLimitSeconds: task.endsAt === undefined ? undefined : Math.max((task.endsAt - Date.now()) / 1000, 0.001),
      seekSeconds: task.seekSeconds,
      volume: task.volume,
      media,
      publishUrl: this.publishUrl(task),
    });
    const child = this.options.supervisor.spawn(this.options.ffmpegPath, args, `ingest ${task.taskId}`);
    const running: RunningIngest = { task, child, sessionId: undefined, handledExit: Promise.resolve() };
    running.handledExit = child.exited.then(() => this.handleExit(running));
    this.running.set(task.taskId, running);
    const joined = await this.waitForJoin(running, timeoutMs);
    if (!joined.ok) {
      await child.stop();
      await running.handledExit;
      return joined;
    }
    running.sessionId = joined.sessionId;
    task.status = INGEST_STATUS.inProgress;
    await this.options.store.markInProgress(task.taskId);
    return { ok: true };
  }

  private waitForJoin(running: RunningIngest, timeoutMs: number): Promise<{ ok: true; sessionId: string } | Failure> {
    const { rooms } = this.options;
    return new Promise((resolve) => {
      const finish = (outcome: { ok: true; sessionId: string } | Failure) => {
        clearTimeout(timer);
        rooms.off("streamStarted", onStarted);
        resolve(outcome);
      };
      const onStarted = (event: StreamEvent) => {
        if (event.stream.taskId === running.task.taskId) finish({ ok: true, sessionId: event.stream.sessionId });
      };
      const timer = setTimeout(() => {
        finish({
          ok: false,
          reason: `StreamUrl did not start playing within ${Math.round(timeoutMs / 1000)} s.`,
          detail: lastLines(running.child.stderrTail(), 3) || "ffmpeg wrote nothing",
        });
      }, timeoutMs);
      rooms.on("streamStarted", onStarted);
      void running.child.exited.then((exit) => {
        const detail = lastLines(running.child.stderrTail(), 3) || `ffmpeg exited with ${exit.code ?? exit.signal}`;
        finish({
          ok: false,
          reason: `StreamUrl could not be played into the room: ${ingestFailureReason(detail)}.`,
          detail,
        });
      });
    });
  }

  private async stopRunning(running: RunningIngest): Promise<void> {
    await running.child.stop();
    await running.handledExit;
    if (running.sessionId) await this.options.rooms.whenSessionEnded(running.sessionId);
  }

  private async handleExit(running: RunningIngest): Promise<void> {
    this.running.delete(running.task.taskId);
    running.task.status = INGEST_STATUS.ended;
    if (this.isShuttingDown) return;
    this.options.logger.debug(`ingest task ${running.task.taskId} ended`);
    await this.options.store.markEnded(running.task.taskId, Date.now());
  }
}
