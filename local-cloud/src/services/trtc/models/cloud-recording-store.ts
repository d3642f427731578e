import type { PGlite } from "@electric-sql/pglite";
import type { CreateCloudRecording } from "../schemas/cloud-recording";
import { ROOM_ID_TYPE, type RoomKey } from "./room-key";

/**
 * A task's persisted life: `running` from CreateCloudRecording on, `exiting` once its end is
 * decided (302 due), so that a crash while its files finish ends it at the next start rather than
 * resuming it. The row is deleted once 312 is queued.
 */
export type StoredTaskState = "running" | "exiting";

/** Who a task is: enough to call back for it even when its request can no longer be read. */
export interface TaskIdentity {
  taskId: string;
  room: RoomKey;
  botUserId: string;
}

export interface StoredTask extends TaskIdentity {
  /** The CreateCloudRecording request as last modified; unknown until it is checked again. */
  request: unknown;
  state: StoredTaskState;
  /** The LeaveCode of an exiting task's 302. */
  leaveCode: number | null;
  manageableUntil: number;
  /** How many times the task has been resumed after a restart (its 306 events). */
  failovers: number;
}

interface TaskRow {
  task_id: string;
  sdk_app_id: number | string;
  room_id: string;
  room_id_type: number;
  bot_user_id: string;
  request: unknown;
  state: string;
  leave_code: number | null;
  manageable_until: number | string;
  failovers: number;
}

function fromRow(row: TaskRow): StoredTask {
  return {
    taskId: row.task_id,
    room: {
      sdkAppId: Number(row.sdk_app_id),
      roomId: row.room_id,
      roomIdType: row.room_id_type === ROOM_ID_TYPE.string ? ROOM_ID_TYPE.string : ROOM_ID_TYPE.integer,
    },
    botUserId: row.bot_user_id,
    request: row.request,
    state: row.state === "exiting" ? "exiting" : "running",
    leaveCode: row.leave_code,
    manageableUntil: Number(row.manageable_until),
    failovers: row.failovers,
  };
}

/** Cloud-recording tasks that have not ended, kept so that a restart can resume them. */
export class CloudRecordingStore {
  constructor(private readonly db: PGlite) {}

  async insert(task: TaskIdentity & { request: CreateCloudRecording; manageableUntil: number }): Promise<void> {
    await this.db.query(
      `insert into trtc_cloud_recordings
         (task_id, sdk_app_id, room_id, room_id_type, bot_user_id, request, state, manageable_until, created_at)
       values ($1, $2, $3, $4, $5, $6, 'running', $7, $8)`,
      [
        task.taskId,
        task.room.sdkAppId,
        task.room.roomId,
        task.room.roomIdType,
        task.botUserId,
        task.request,
        task.manageableUntil,
        Date.now(),
      ],
    );
  }

  /** ModifyCloudRecording: the request as it stands now. */
  async saveRequest(taskId: string, request: CreateCloudRecording): Promise<void> {
    await this.db.query("update trtc_cloud_recordings set request = $2 where task_id = $1", [taskId, request]);
  }

  async markExiting(taskId: string, leaveCode: number): Promise<void> {
    await this.db.query(
      "update trtc_cloud_recordings set state = 'exiting', leave_code = $2 where task_id = $1 and state = 'running'",
      [taskId, leaveCode],
    );
  }

  /** Counts one more resumption and answers how many there have been. */
  async countFailover(taskId: string): Promise<number> {
    const result = await this.db.query<{ failovers: number }>(
      "update trtc_cloud_recordings set failovers = failovers + 1 where task_id = $1 returning failovers",
      [taskId],
    );
    return result.rows[0]?.failovers ?? 1;
  }

  async delete(taskId: string): Promise<void> {
    await this.db.query("delete from trtc_cloud_recordings where task_id = $1", [taskId]);
  }

  async list(): Promise<StoredTask[]> {
    const result = await this.db.query<TaskRow>("select * from trtc_cloud_recordings order by created_at");
    return result.rows.map(fromRow);
  }

  async deleteAll(): Promise<void> {
    await this.db.query("delete from trtc_cloud_recordings");
  }
}
