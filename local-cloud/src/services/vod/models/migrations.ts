import type { Migration } from "../../../core/store/open-store";

/**
 * VOD media. `sub_app_id` 0 is the main application. Indexed for the searches SearchMedia makes:
 * by partition and creation time (the sort), name prefix, stream id and expiry.
 */
export const vodMigrations: readonly Migration[] = [
  {
    id: "vod-001-media-and-sub-apps",
    sql: `
      create sequence vod_file_ids start with 5285890800000000001;
      create table vod_media (
        file_id text primary key,
        sub_app_id bigint not null,
        name text not null,
        description text not null default '',
        type text not null,
        category text not null,
        class_id integer not null default 0,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        expire_at timestamptz,
        stream_id text,
        domain text,
        app_name text,
        source_context text,
        record_start timestamptz,
        record_end timestamptz,
        media_path text not null,
        cover_path text,
        meta jsonb not null,
        source_path text not null unique
      );
      create index vod_media_by_created on vod_media (sub_app_id, created_at);
      create index vod_media_by_name on vod_media (sub_app_id, name text_pattern_ops);
      create index vod_media_by_stream on vod_media (sub_app_id, stream_id);
      create index vod_media_by_expiry on vod_media (expire_at);
      create table vod_sub_apps (
        id bigint primary key,
        name text not null,
        description text not null default '',
        created_at timestamptz not null default now()
      );
      create sequence vod_sub_app_ids start with 1500000001;
    `,
  },
];
