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
  {
    // Fuzzy search (Names, Text, Descriptions) is a substring match, which a btree cannot serve and
    // PGlite's pg_trgm would need loading at every open of the store. Instead each text keeps its
    // 1-, 2- and 3-character substrings in a built-in GIN array index: a name containing the query
    // contains all of the query's trigrams (or, for a 1–2 character query, the query itself), so
    // `grams @> query grams` finds the candidates by index and ILIKE confirms them. The grams are
    // stored columns so that rechecking a row (several terms ORed) does not recompute them.
    // fastupdate off: entries go straight into the tree rather than a pending list read by every search.
    id: "vod-002-indexed-fuzzy-search",
    sql: `
      create function vod_text_grams(value text) returns text[]
        language sql immutable strict parallel safe as $$
          select coalesce(array_agg(distinct gram), '{}'::text[])
          from generate_series(1, 3) as size,
            generate_series(1, length(value) - size + 1) as start,
            substr(lower(value), start, size) as gram
        $$;
      create function vod_query_grams(value text) returns text[]
        language sql immutable strict parallel safe as $$
          select case when length(value) < 3 then array[lower(value)] else array(
            select distinct substr(lower(value), start, 3) from generate_series(1, length(value) - 2) as start
          ) end
        $$;
      alter table vod_media
        add column name_grams text[] generated always as (vod_text_grams(name)) stored,
        add column description_grams text[] generated always as (vod_text_grams(description)) stored;
      create index vod_media_name_grams on vod_media using gin (name_grams) with (fastupdate = off);
      create index vod_media_description_grams on vod_media using gin (description_grams) with (fastupdate = off);
      -- The page order is (created_at, file_id): with both in the index a page needs no sort.
      drop index vod_media_by_created;
      create index vod_media_by_created on vod_media (sub_app_id, created_at, file_id);
    `,
  },
  {
    // Cloud-recording tasks' files are VOD `SourceType: "TrtcRecord"` with their task's app, room,
    // id and users (SourceInfo.TrtcRecordInfo); SearchMedia filters by the first two.
    id: "vod-003-trtc-record-source",
    sql: `
      alter table vod_media
        add column source_type text not null default 'Record',
        add column trtc_sdk_app_id bigint,
        add column trtc_room_id text,
        add column trtc_task_id text,
        add column trtc_user_ids text[];
      create index vod_media_by_trtc_room on vod_media (trtc_room_id) where trtc_room_id is not null;
    `,
  },
  {
    // Usage history for DescribeStorageDetails and DescribeCDNUsageData: every change of stored
    // bytes (kept by triggers, so no way of adding or removing media can forget it) and every
    // byte served by the media route.
    id: "vod-004-usage-history",
    sql: `
      create table vod_storage_events (
        id serial primary key,
        sub_app_id bigint not null,
        at timestamptz not null,
        delta bigint not null
      );
      create index vod_storage_events_by_time on vod_storage_events (sub_app_id, at);
      insert into vod_storage_events (sub_app_id, at, delta)
        select sub_app_id, created_at, coalesce((meta->>'Size')::bigint, 0) from vod_media;
      create function vod_media_stored() returns trigger language plpgsql as $$
        begin
          if tg_op = 'INSERT' then
            insert into vod_storage_events (sub_app_id, at, delta)
              values (new.sub_app_id, now(), coalesce((new.meta->>'Size')::bigint, 0));
            return new;
          end if;
          insert into vod_storage_events (sub_app_id, at, delta)
            values (old.sub_app_id, now(), -coalesce((old.meta->>'Size')::bigint, 0));
          return old;
        end
      $$;
      create trigger vod_media_storage after insert or delete on vod_media
        for each row execute function vod_media_stored();
      create table vod_traffic (
        id serial primary key,
        sub_app_id bigint not null,
        at timestamptz not null default now(),
        bytes bigint not null
      );
      create index vod_traffic_by_time on vod_traffic (sub_app_id, at);
    `,
  },
  {
    // Search over 100,000 media (bench/vod-search). The stored gram columns made every row about
    // 1.2 KB, so each search read five times the pages it needed and `select *` shipped the grams:
    // the GIN indexes now index the expression instead (a contains-query on them is exact, so rows
    // are not rechecked and the grams are not recomputed at search time), and the gram function
    // lowers the text once rather than once per gram (same grams, half the time per insert). A
    // broad name ("main") used to fetch and sort every match for the relevance order; the index
    // by (name length, newest) lets each relevance rank be walked in its order and stop at a page,
    // and the one on lower(name) finds the names starting with a term when they are few (its
    // statistics, gathered by ANALYZE on the expression, are what tells the planner they are).
    id: "vod-005-narrow-rows-and-ranked-name-walk",
    sql: `
      drop index vod_media_name_grams;
      drop index vod_media_description_grams;
      alter table vod_media drop column name_grams, drop column description_grams;
      create or replace function vod_text_grams(value text) returns text[]
        language sql immutable strict parallel safe as $$
          select array(
            select distinct substr(lowered, start, size)
            from lower(value) as lowered, generate_series(1, 3) as size,
              generate_series(1, length(lowered) - size + 1) as start
          )
        $$;
      create index vod_media_name_grams on vod_media using gin (vod_text_grams(name)) with (fastupdate = off);
      create index vod_media_description_grams on vod_media using gin (vod_text_grams(description))
        with (fastupdate = off);
      create index vod_media_by_name_length on vod_media (sub_app_id, length(name), created_at desc, file_id desc);
      create index vod_media_by_lower_name on vod_media (sub_app_id, lower(name) text_pattern_ops);
    `,
  },
  {
    // EditMedia: its tasks (DescribeTaskDetail) and VOD's event queue (PullEvents/ConfirmEvents),
    // kept in the store so that a restart neither forgets a task nor redelivers a confirmed event.
    id: "vod-006-edit-tasks-and-events",
    sql: `
      create table vod_edit_tasks (
        task_id text primary key,
        sub_app_id bigint not null,
        status text not null,
        err_code integer not null default 0,
        message text not null default '',
        input jsonb not null,
        output_config jsonb not null,
        output_file_id text,
        session_id text not null default '',
        session_context text not null default '',
        created_at timestamptz not null default now(),
        begin_at timestamptz,
        finish_at timestamptz
      );
      create table vod_events (
        handle text primary key,
        sub_app_id bigint not null,
        event_type text not null,
        body jsonb not null,
        created_at timestamptz not null default now()
      );
      create index vod_events_by_app on vod_events (sub_app_id, created_at);
    `,
  },
];
