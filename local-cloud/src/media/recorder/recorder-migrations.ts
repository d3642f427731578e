import type { Migration } from "../../core/store/open-store";

/**
 * One row per recording file being made (a stream's format, split at RecordInterval). `pieces`
 * lists the ffmpeg runs that wrote into it (more than one when the publisher came back within the
 * resume window); a row still `open` at start-up was cut short by a crash and gets finalized then.
 */
export const recorderMigrations: readonly Migration[] = [
  {
    id: "recorder-001-recordings",
    sql: `
      create table recorder_recordings (
        id text primary key,
        stream_key text not null,
        format text not null,
        dir text not null,
        state text not null,
        stream jsonb not null,
        settings jsonb not null,
        template_id bigint not null,
        start_ms bigint not null,
        pieces jsonb not null,
        created_at timestamptz not null default now()
      );
      create index recorder_recordings_open on recorder_recordings (state);
    `,
  },
  {
    // Who the file is for (CSS rules or a cloud-recording task) and where it stands, so that a
    // file cut short by a crash is finished by the same outlet; `stored` keeps VOD's answer so
    // that a crash between storing and calling back only repeats the callback.
    id: "recorder-002-owners",
    sql: `
      alter table recorder_recordings add column owner jsonb not null default '{"kind":"css","sourceId":"css","data":{}}';
      alter table recorder_recordings add column file_index integer not null default 1;
      alter table recorder_recordings add column tracks text not null default 'audio+video';
      alter table recorder_recordings add column stored jsonb;
    `,
  },
];
