import type { Migration } from "../../../core/store/open-store";

/**
 * TRTC state. Room and user times are Unix seconds (what the query actions speak); task and mix
 * times are milliseconds. `room_id_type` is TRTC's RoomIdType (0 string, 1 integer).
 */
export const trtcMigrations: readonly Migration[] = [
  {
    id: "trtc-001-rooms-and-ingests",
    sql: `
      create table trtc_rooms (
        id text primary key,
        sdk_app_id bigint not null,
        room_id text not null,
        room_id_type smallint not null,
        comm_id text not null,
        creator_user_id text not null,
        create_time bigint not null,
        destroy_time bigint,
        unique (sdk_app_id, comm_id)
      );
      create index trtc_rooms_by_time on trtc_rooms (sdk_app_id, create_time);

      create table trtc_room_users (
        id text primary key,
        room_row_id text not null references trtc_rooms (id) on delete cascade,
        user_id text not null,
        join_ts bigint not null,
        leave_ts bigint,
        client_ip text not null,
        device_type text not null,
        sdk_version text not null
      );
      create index trtc_room_users_by_room on trtc_room_users (room_row_id, join_ts);

      create table trtc_ingest_tasks (
        task_id text primary key,
        sdk_app_id bigint not null,
        room_id text not null,
        room_id_type smallint not null,
        user_id text not null,
        stream_url text not null,
        repeat_num integer not null,
        seek_seconds integer,
        volume integer,
        status text not null,
        started_at bigint not null,
        ends_at bigint,
        ended_at bigint
      );
    `,
  },
  {
    // Running cloud-recording tasks and MCU mixes, so that a restart resumes them (a row is deleted
    // once its task or mix has ended). `request` is what the caller asked for, as last modified.
    id: "trtc-002-tasks-and-mixes",
    sql: `
      create table trtc_cloud_recordings (
        task_id text primary key,
        sdk_app_id bigint not null,
        room_id text not null,
        room_id_type smallint not null,
        bot_user_id text not null,
        request jsonb not null,
        state text not null,
        leave_code integer,
        manageable_until bigint not null,
        failovers integer not null default 0,
        created_at bigint not null
      );

      create table trtc_mcu_mixes (
        id text primary key,
        sdk_app_id bigint not null,
        room_id text not null,
        room_id_type smallint not null,
        request jsonb not null,
        started_at bigint not null
      );
    `,
  },
];
