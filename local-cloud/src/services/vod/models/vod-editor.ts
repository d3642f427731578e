import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type {
  EditMediaTask,
  EventContent,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import type { Logger } from "../../../core/logger";
import type { ProcessSupervisor } from "../../../media/ffmpeg/process-supervisor";
import { vodEditErrors } from "../errors";
import { canRemux, concatList, remuxArgs, transcodeArgs, type ConcatPiece } from "./concat-args";
import { describeMedia } from "./media-metadata";
import { MAIN_APP, partitionOf, type MediaRow } from "./media-row";
import { sizeOf } from "./move-into";
import { FOREVER, mediaFileUrl } from "./to-media-info";

/** A join of a recording's pieces can take a while on a busy machine; past this it FAILs (70000). */
const EDIT_TIMEOUT_MS = 30 * 60_000;
const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

export interface EditInput {
  fileId: string;
  start?: number;
  end?: number;
}
export interface EditOutputConfig {
  MediaName?: string;
  ClassId?: number;
  ExpireTime?: string;
}
interface TaskRow {
  task_id: string;
  sub_app_id: number;
  status: string;
  err_code: number;
  message: string;
  input: EditInput[];
  output_config: EditOutputConfig;
  output_file_id: string | null;
  session_id: string;
  session_context: string;
  created_at: Date;
  begin_at: Date | null;
  finish_at: Date | null;
}

/**
 * VOD's media editing (EditMedia with InputType File): joins stored files into one new MP4 in the
 * same application, in the background; the task is read with DescribeTaskDetail and its end is an
 * `EditMediaComplete` event in the application's queue (PullEvents, ConfirmEvents).
 */
export class VodEditor {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly options: {
      db: PGlite;
      dataDir: string;
      baseUrl: () => string;
      supervisor: ProcessSupervisor;
      ffmpegPath: string;
      ffprobePath: string;
      logger: Logger;
    },
  ) {}

  private get db(): PGlite {
    return this.options.db;
  }
  private get root(): string {
    return path.join(this.options.dataDir, "vod");
  }

  /** Tasks a previous run left PROCESSING can no longer finish: they fail as an internal error would. */
  async recover(): Promise<void> {
    const stale = await this.db.query<TaskRow>("select * from vod_edit_tasks where status = 'PROCESSING'");
    for (const task of stale.rows)
      await this.finish(task.task_id, { errCode: 70000, message: "Internal error: the service restarted." });
  }

  /** Starts a join of `inputs` (already checked to exist in `subAppId`); returns its TaskId. */
  async start(
    subAppId: number | undefined,
    inputs: EditInput[],
    output: EditOutputConfig,
    session: { id?: string; context?: string },
  ): Promise<string> {
    const taskId = `EditMedia-${randomBytes(16).toString("hex")}`;
    await this.db.query(
      `insert into vod_edit_tasks (task_id, sub_app_id, status, input, output_config, session_id, session_context, begin_at)
       values ($1, $2, 'PROCESSING', $3, $4, $5, $6, now())`,
      [
        taskId,
        partitionOf(subAppId),
        JSON.stringify(inputs),
        JSON.stringify(output),
        session.id ?? "",
        session.context ?? "",
      ],
    );
    const job = this.run(taskId).catch((error: unknown) =>
      this.options.logger.warn(`vod: edit task ${taskId} could not record its end: ${String(error)}`),
    );
    this.running.add(job);
    void job.finally(() => this.running.delete(job));
    return taskId;
  }

  /** Resolves once every started task has ended (shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.running]);
  }

  private async run(taskId: string): Promise<void> {
    const task = await this.task(taskId);
    if (!task) return;
    const partition = Number(task.sub_app_id);
    const rows = await this.db.query<MediaRow>("select * from vod_media where file_id = any($1) and sub_app_id = $2", [
      task.input.map((input) => input.fileId),
      partition,
    ]);
    const byId = new Map(rows.rows.map((row) => [row.file_id, row]));
    const pieces: ConcatPiece[] = [];
    for (const input of task.input) {
      const row = byId.get(input.fileId);
      if (!row) {
        await this.finish(taskId, { errCode: 60000, message: `Source file ${input.fileId} no longer exists.` });
        return;
      }
      pieces.push({
        file: path.join(this.root, row.media_path),
        type: row.type,
        meta: row.meta,
        start: input.start,
        end: input.end,
      });
    }
    const sequence = await this.db.query<{ id: string }>("select nextval('vod_file_ids')::text as id");
    const fileId = sequence.rows[0]?.id;
    if (!fileId) throw new Error("no FileId from the sequence");
    const dir = path.join(this.root, partition === MAIN_APP ? "main" : String(partition), fileId);
    await mkdir(dir, { recursive: true });
    const mediaFile = path.join(dir, "edited.mp4");
    let args: string[];
    if (canRemux(pieces)) {
      const list = path.join(dir, "concat.txt");
      await writeFile(list, concatList(pieces));
      args = remuxArgs(list, mediaFile);
    } else args = transcodeArgs(pieces, mediaFile);
    const exit = await this.options.supervisor.run(this.options.ffmpegPath, args, `edit ${taskId}`, EDIT_TIMEOUT_MS);
    await rm(path.join(dir, "concat.txt"), { force: true });
    if (exit.code !== 0) {
      await rm(dir, { recursive: true, force: true });
      this.options.logger.warn(`vod: edit task ${taskId} failed: ${exit.stderr}`);
      await this.finish(taskId, {
        errCode: 60000,
        message: `Source file error: ${exit.stderr.split("\n").pop() ?? ""}`,
      });
      return;
    }
    const meta = await describeMedia(
      this.options.supervisor,
      this.options.ffprobePath,
      mediaFile,
      await sizeOf(mediaFile),
    );
    const first = pieces[0] && byId.get(task.input[0]?.fileId ?? "");
    const name = task.output_config.MediaName || first?.name || fileId;
    const expire = task.output_config.ExpireTime;
    await this.db.query(
      `insert into vod_media (file_id, sub_app_id, name, type, category, class_id, created_at, updated_at, expire_at,
         media_path, meta, source_path, source_type, source_context)
       values ($1, $2, $3, 'mp4', $4, $5, now(), now(), $6, $7, $8, $9, 'VideoProcessing', $10)`,
      [
        fileId,
        partition,
        name,
        meta.VideoStreamSet.length ? "Video" : "Audio",
        task.output_config.ClassId ?? 0,
        expire && expire !== FOREVER ? new Date(expire) : null,
        path.relative(this.root, mediaFile),
        meta,
        `edit:${taskId}`,
        task.session_context,
      ],
    );
    this.options.logger.info(`vod: edit task ${taskId} joined ${pieces.length} files into ${fileId}`);
    await this.finish(taskId, { errCode: 0, message: "SUCCESS", fileId });
  }

  private async finish(taskId: string, end: { errCode: number; message: string; fileId?: string }): Promise<void> {
    const updated = await this.db.query<TaskRow>(
      `update vod_edit_tasks set status = 'FINISH', err_code = $2, message = $3, output_file_id = $4, finish_at = now()
       where task_id = $1 returning *`,
      [taskId, end.errCode, end.message, end.fileId ?? null],
    );
    const task = updated.rows[0];
    if (!task) return;
    const event: EventContent = {
      EventHandle: randomBytes(16).toString("hex"),
      EventType: "EditMediaComplete",
      EditMediaCompleteEvent: await this.toEditMediaTask(task),
    };
    await this.db.query("insert into vod_events (handle, sub_app_id, event_type, body) values ($1, $2, $3, $4)", [
      event.EventHandle,
      task.sub_app_id,
      event.EventType,
      JSON.stringify(event),
    ]);
  }

  private async task(taskId: string, subAppId?: number): Promise<TaskRow | undefined> {
    const result = await this.db.query<TaskRow>(
      `select * from vod_edit_tasks where task_id = $1${subAppId === undefined ? "" : " and sub_app_id = $2"}`,
      subAppId === undefined ? [taskId] : [taskId, subAppId],
    );
    return result.rows[0];
  }

  /** DescribeTaskDetail's answer for an edit task of the application. */
  async describe(taskId: string, subAppId: number | undefined) {
    const task = await this.task(taskId, partitionOf(subAppId));
    if (!task) throw vodEditErrors.taskNotFound(taskId);
    return {
      TaskType: "EditMediaTask",
      Status: task.status,
      CreateTime: iso(task.created_at),
      BeginProcessTime: task.begin_at ? iso(task.begin_at) : "",
      FinishTime: task.finish_at ? iso(task.finish_at) : "",
      EditMediaTask: await this.toEditMediaTask(task),
    };
  }

  private async toEditMediaTask(task: TaskRow): Promise<EditMediaTask> {
    const output = task.output_file_id
      ? (await this.db.query<MediaRow>("select * from vod_media where file_id = $1", [task.output_file_id])).rows[0]
      : undefined;
    return {
      TaskId: task.task_id,
      Status: task.status,
      ErrCode: task.err_code,
      Message: task.message,
      Progress: task.status === "FINISH" ? 100 : 0,
      Input: {
        InputType: "File",
        FileInfoSet: task.input.map((input) => ({
          FileId: input.fileId,
          ...(input.start !== undefined ? { StartTimeOffset: input.start } : {}),
          ...(input.end !== undefined ? { EndTimeOffset: input.end } : {}),
        })),
      },
      ...(output
        ? {
            Output: {
              FileType: "mp4",
              FileUrl: mediaFileUrl(this.options.baseUrl(), output, output.media_path),
              FileId: output.file_id,
              MediaName: output.name,
              ClassId: output.class_id,
              ExpireTime: output.expire_at ? iso(output.expire_at) : FOREVER,
            },
            MetaData: output.meta,
          }
        : {}),
      SessionId: task.session_id,
      SessionContext: task.session_context,
    };
  }

  /** Up to 16 unconfirmed events of the application, oldest first (PullEvents). */
  async pull(subAppId: number | undefined): Promise<EventContent[]> {
    const result = await this.db.query<{ body: EventContent }>(
      "select body from vod_events where sub_app_id = $1 order by created_at, handle limit 16",
      [partitionOf(subAppId)],
    );
    return result.rows.map((row) => row.body);
  }

  /** Removes confirmed events from the queue; unknown handles are ignored as VOD does. */
  async confirm(subAppId: number | undefined, handles: string[]): Promise<void> {
    await this.db.query("delete from vod_events where sub_app_id = $1 and handle = any($2)", [
      partitionOf(subAppId),
      handles,
    ]);
  }

  async reset(): Promise<void> {
    await this.idle();
    await this.db.query("delete from vod_edit_tasks");
    await this.db.query("delete from vod_events");
  }
}
