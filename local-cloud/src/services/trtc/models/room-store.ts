import { randomUUID } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import type { RoomKey } from "./room-key";

export interface OpenedRoom {
  rowId: string;
  commId: string;
}

export interface NewRoomUser {
  id: string;
  roomRowId: string;
  userId: string;
  joinTs: number;
  clientIp: string;
  deviceType: string;
  sdkVersion: string;
}

/** `<SdkAppId>_<RoomId>_<room creation Unix seconds>` (reference §2.4). */
const commIdOf = (key: RoomKey, createTime: number) => `${key.sdkAppId}_${key.roomId}_${createTime}`;

/** Room and user history rows: one room row per life of a room (CommId), one user row per stay. */
export class RoomStore {
  constructor(private readonly db: PGlite) {}

  /**
   * Starts a life of the room. A room that emptied and refilled within the same second keeps its
   * CommId (a new one would repeat it). An integer and a string room with the same id starting in
   * the same second would share a CommId: the later one is dated a second earlier instead (never
   * later, which would put it after the end of "until now" query windows).
   */
  async openRoom(key: RoomKey, creatorUserId: string, nowSeconds: number): Promise<OpenedRoom> {
    const latest = await this.db.query<{ id: string; comm_id: string }>(
      `select id, comm_id from trtc_rooms
       where sdk_app_id = $1 and room_id = $2 and room_id_type = $3 and create_time = $4
       order by create_time desc limit 1`,
      [key.sdkAppId, key.roomId, key.roomIdType, nowSeconds],
    );
    const reopened = latest.rows[0];
    if (reopened) {
      await this.db.query("update trtc_rooms set destroy_time = null where id = $1", [reopened.id]);
      return { rowId: reopened.id, commId: reopened.comm_id };
    }
    for (let createTime = nowSeconds; ; createTime -= 1) {
      const row = { id: randomUUID(), commId: commIdOf(key, createTime) };
      const inserted = await this.db.query(
        `insert into trtc_rooms (id, sdk_app_id, room_id, room_id_type, comm_id, creator_user_id, create_time)
         values ($1, $2, $3, $4, $5, $6, $7) on conflict (sdk_app_id, comm_id) do nothing`,
        [row.id, key.sdkAppId, key.roomId, key.roomIdType, row.commId, creatorUserId, createTime],
      );
      if (inserted.affectedRows === 1) return { rowId: row.id, commId: row.commId };
    }
  }

  async closeRoom(rowId: string, nowSeconds: number): Promise<void> {
    await this.db.query("update trtc_rooms set destroy_time = $2 where id = $1", [rowId, nowSeconds]);
  }

  async insertUser(user: NewRoomUser): Promise<void> {
    await this.db.query(
      `insert into trtc_room_users (id, room_row_id, user_id, join_ts, client_ip, device_type, sdk_version)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [user.id, user.roomRowId, user.userId, user.joinTs, user.clientIp, user.deviceType, user.sdkVersion],
    );
  }

  async markUserLeft(id: string, nowSeconds: number): Promise<void> {
    await this.db.query("update trtc_room_users set leave_ts = $2 where id = $1", [id, nowSeconds]);
  }

  /** After a crash nobody is in any room any more: close what the previous run left open. */
  async closeEverythingOpen(nowSeconds: number): Promise<void> {
    await this.db.query("update trtc_room_users set leave_ts = $1 where leave_ts is null", [nowSeconds]);
    await this.db.query("update trtc_rooms set destroy_time = $1 where destroy_time is null", [nowSeconds]);
  }

  async deleteAll(): Promise<void> {
    await this.db.query("delete from trtc_room_users");
    await this.db.query("delete from trtc_rooms");
  }
}
