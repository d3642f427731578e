import type { PGlite } from "@electric-sql/pglite";
import type {
  RoomState,
  UserInformation,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import type { Page, QueryWindow } from "./query-window";

export interface RoomHistoryPage<T> {
  total: number;
  items: T[];
}

interface RoomRow {
  comm_id: string;
  room_id: string;
  creator_user_id: string;
  create_time: number;
  destroy_time: number | null;
}

interface UserRow {
  room_id: string;
  user_id: string;
  join_ts: number;
  leave_ts: number | null;
  client_ip: string;
  device_type: string;
  sdk_version: string;
}

/**
 * Read side of room history for DescribeRoomInfo and DescribeUserInfo: everything whose life
 * overlaps the window, finished or not, oldest first.
 */
export class RoomHistory {
  constructor(private readonly db: PGlite) {}

  async rooms(
    sdkAppId: number,
    window: QueryWindow,
    roomId: string | undefined,
    page: Page,
  ): Promise<RoomHistoryPage<RoomState>> {
    const where = `sdk_app_id = $1 and create_time <= $3 and (destroy_time is null or destroy_time >= $2)
                   and ($4::text is null or room_id = $4)`;
    const params = [sdkAppId, window.startTime, window.endTime, roomId ?? null];
    const total = await this.db.query<{ count: number }>(
      `select count(*)::int as count from trtc_rooms where ${where}`,
      params,
    );
    const rows = await this.db.query<RoomRow>(
      `select comm_id, room_id, creator_user_id, create_time, destroy_time from trtc_rooms where ${where}
       order by create_time, comm_id limit $5 offset $6`,
      [...params, page.size, page.number * page.size],
    );
    return {
      total: total.rows[0]?.count ?? 0,
      items: rows.rows.map((row) => ({
        CommId: row.comm_id,
        RoomString: row.room_id,
        CreateTime: row.create_time,
        DestroyTime: row.destroy_time ?? 0,
        IsFinished: row.destroy_time !== null,
        UserId: row.creator_user_id,
      })),
    };
  }

  async users(
    sdkAppId: number,
    commId: string,
    window: QueryWindow,
    userIds: string[] | undefined,
    page: Page,
    nowSeconds: number,
  ): Promise<RoomHistoryPage<UserInformation>> {
    const where = `r.sdk_app_id = $1 and r.comm_id = $2 and u.join_ts <= $4 and (u.leave_ts is null or u.leave_ts >= $3)
                   and ($5::text[] is null or u.user_id = any($5::text[]))`;
    const params = [sdkAppId, commId, window.startTime, window.endTime, userIds ?? null];
    const from = "from trtc_room_users u join trtc_rooms r on r.id = u.room_row_id";
    const total = await this.db.query<{ count: number }>(
      `select count(*)::int as count ${from} where ${where}`,
      params,
    );
    const rows = await this.db.query<UserRow>(
      `select r.room_id, u.user_id, u.join_ts, u.leave_ts, u.client_ip, u.device_type, u.sdk_version ${from}
       where ${where} order by u.join_ts, u.user_id, u.id limit $6 offset $7`,
      [...params, page.size, page.number * page.size],
    );
    return {
      total: total.rows[0]?.count ?? 0,
      items: rows.rows.map((row) => ({
        RoomStr: row.room_id,
        UserId: row.user_id,
        JoinTs: row.join_ts,
        // TRTC answers the current time for users still in the room (reference §2.4).
        LeaveTs: row.leave_ts ?? nowSeconds,
        DeviceType: row.device_type,
        SdkVersion: row.sdk_version,
        ClientIp: row.client_ip,
        Finished: row.leave_ts !== null,
      })),
    };
  }
}
