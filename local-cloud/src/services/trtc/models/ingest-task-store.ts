import type { PGlite } from "@electric-sql/pglite";
import { INGEST_STATUS, RESUMABLE_STATUSES, type IngestStatus } from "./ingest-lifecycle";
import type { RoomIdType } from "./room-key";

export interface IngestTask {
  taskId: string;
  sdkAppId: number;
  roomId: string;
  roomIdType: RoomIdType;
  userId: string;
  streamUrl: string;
  /** -1 = loop until stopped or until `endsAt`. */
  repeatNum: number;
  seekSeconds: number | undefined;
  volume: number | undefined;
  status: IngestStatus;
  /** Unix ms. */
  startedAt: number;
  /** Unix ms when the task ends by itself; undefined when only a stop (or the source) ends it. */
  endsAt: number | undefined;
}

interface TaskRow {
  task_id: string;
  sdk_app_id: number;
  room_id: string;
  room_id_type: number;
  user_id: string;
  stream_url: string;
  repeat_num: number;
  seek_seconds: number | null;
  volume: number | null;
  status: IngestStatus;
  started_at: number;
  ends_at: number | null;
}

function fromRow(row: TaskRow): IngestTask {
  return {
    taskId: row.task_id,
    sdkAppId: row.sdk_app_id,
    roomId: row.room_id,
    roomIdType: row.room_id_type === 1 ? 1 : 0,
    userId: row.user_id,
    streamUrl: row.stream_url,
    repeatNum: row.repeat_num,
    seekSeconds: row.seek_seconds ?? undefined,
    volume: row.volume ?? undefined,
    status: row.status,
    startedAt: row.started_at,
    endsAt: row.ends_at ?? undefined,
  };
}

/** Ingest tasks, kept so that a restart can resume the ones still running. */
export class IngestTaskStore {
  constructor(private readonly db: PGlite) {}

  async insert(task: IngestTask): Promise<void> {
    await this.db.query(
      `insert into trtc_ingest_tasks
         (task_id, sdk_app_id, room_id, room_id_type, user_id, stream_url, repeat_num, seek_seconds, volume, status, started_at, ends_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        task.taskId,
        task.sdkAppId,
        task.roomId,
        task.roomIdType,
        task.userId,
        task.streamUrl,
        task.repeatNum,
        task.seekSeconds ?? null,
        task.volume ?? null,
        task.status,
        task.startedAt,
        task.endsAt ?? null,
      ],
    );
  }

  /** Starting → InProgress; a task that already ended stays ended. */
  async markInProgress(taskId: string): Promise<void> {
    await this.db.query("update trtc_ingest_tasks set status = $2 where task_id = $1 and status = $3", [
      taskId,
      INGEST_STATUS.inProgress,
      INGEST_STATUS.starting,
    ]);
  }

  async markEnded(taskId: string, endedAt: number): Promise<void> {
    await this.db.query("update trtc_ingest_tasks set status = $2, ended_at = $3 where task_id = $1", [
      taskId,
      INGEST_STATUS.ended,
      endedAt,
    ]);
  }

  async listResumable(): Promise<IngestTask[]> {
    const result = await this.db.query<TaskRow>(
      "select * from trtc_ingest_tasks where status = any($1::text[]) order by started_at",
      [RESUMABLE_STATUSES],
    );
    return result.rows.map(fromRow);
  }

  async deleteAll(): Promise<void> {
    await this.db.query("delete from trtc_ingest_tasks");
  }
}
