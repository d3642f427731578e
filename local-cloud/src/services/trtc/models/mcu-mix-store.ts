import type { PGlite } from "@electric-sql/pglite";
import type { McuMixRequest } from "../schemas/mcu-mix";
import { ROOM_ID_TYPE, roomKeyId, type RoomKey } from "./room-key";

export interface StoredMix {
  room: RoomKey;
  /** The StartMCUMixTranscode request it runs with now; unknown until it is checked again. */
  request: unknown;
}

interface MixRow {
  sdk_app_id: number | string;
  room_id: string;
  room_id_type: number;
  request: unknown;
}

/** Running MCU mixes (one per room), kept so that a restart can resume them. */
export class McuMixStore {
  constructor(private readonly db: PGlite) {}

  /** A start, or a start again with a new layout: the latest request is the one to resume with. */
  async save(room: RoomKey, request: McuMixRequest): Promise<void> {
    await this.db.query(
      `insert into trtc_mcu_mixes (id, sdk_app_id, room_id, room_id_type, request, started_at)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (id) do update set request = excluded.request`,
      [roomKeyId(room), room.sdkAppId, room.roomId, room.roomIdType, request, Date.now()],
    );
  }

  async delete(room: RoomKey): Promise<void> {
    await this.db.query("delete from trtc_mcu_mixes where id = $1", [roomKeyId(room)]);
  }

  async list(): Promise<StoredMix[]> {
    const result = await this.db.query<MixRow>("select * from trtc_mcu_mixes order by started_at");
    return result.rows.map((row) => ({
      room: {
        sdkAppId: Number(row.sdk_app_id),
        roomId: row.room_id,
        roomIdType: row.room_id_type === ROOM_ID_TYPE.string ? ROOM_ID_TYPE.string : ROOM_ID_TYPE.integer,
      },
      request: row.request,
    }));
  }

  async deleteAll(): Promise<void> {
    await this.db.query("delete from trtc_mcu_mixes");
  }
}
