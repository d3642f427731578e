import type { Migration } from "../core/store/open-store";

/**
 * The callback outbox: every event to deliver, persisted before anyone is told it is queued, so
 * a restart loses nothing. `event_key` makes a second enqueue of the same event a no-op.
 */
export const callbackMigrations: readonly Migration[] = [
  {
    id: "callbacks-001-outbox",
    sql: `
      create table callbacks_outbox (
        id serial primary key,
        event_key text not null unique,
        url text not null,
        body jsonb not null,
        signing jsonb not null,
        status text not null default 'pending',
        attempts integer not null default 0,
        next_attempt_at timestamptz not null default now(),
        last_status_code integer,
        last_error text,
        created_at timestamptz not null default now(),
        delivered_at timestamptz
      );
      create index callbacks_outbox_due on callbacks_outbox (status, next_attempt_at);
    `,
  },
  {
    // What TRTC's console (应用管理 → 回调配置) holds per app: a URL and key for room and media
    // events (groups 1 and 2), and one for cloud-recording events (group 3).
    id: "callbacks-002-trtc-callback-config",
    sql: `
      create table trtc_callback_config (
        sdk_app_id bigint not null,
        event_family text not null,
        url text not null,
        key text,
        primary key (sdk_app_id, event_family)
      );
    `,
  },
];
