import path from "node:path";
import { createLogger } from "../../src/core/logger";
import { openStore, type Store } from "../../src/core/store/open-store";
import { ProcessSupervisor } from "../../src/media/ffmpeg/process-supervisor";
import { vodMigrations } from "../../src/services/vod/models/migrations";
import { VodLibrary } from "../../src/services/vod/models/vod-library";
import { makeDataDir, removeDataDir, TEST_APP, TEST_PUSH_DOMAIN } from "./test-cloud";

/** A created sub-application (the default application, TEST_VOD_APP, is the main partition 0). */
export const SEEDED_SUB_APP = 1500000002;

export interface SeededVod {
  library: VodLibrary;
  store: Store;
  /** Rows inserted (every tenth in SEEDED_SUB_APP, every fiftieth already expired). */
  count: number;
  close(): Promise<void>;
}

/**
 * A VOD library on a real PGlite store with `count` media rows inserted by SQL, shaped like
 * recordings: the three legacy naming cases, four formats, a minute apart, a few sub-app and
 * expired ones. For index and search-speed checks: no media files exist behind the rows.
 */
export async function openSeededVod(count: number): Promise<SeededVod> {
  const dataDir = await makeDataDir();
  const store = await openStore(path.join(dataDir, "db"), vodMigrations);
  const logger = createLogger("silent");
  const library = new VodLibrary({
    db: store.db,
    dataDir,
    baseUrl: () => "http://127.0.0.1:9",
    supervisor: new ProcessSupervisor(logger),
    ffprobePath: "ffprobe",
    logger,
  });
  // A bulk load into GIN indexes row by row is slow (100,000 rows: minutes); building them once
  // the rows are in is a sort and a write. They are made again from their own definitions, so the
  // indexes end up as the migrations made them.
  const fuzzyIndexes = await store.db.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes
     where tablename = 'vod_media' and indexdef like '%USING gin%'`,
  );
  for (const index of fuzzyIndexes.rows) await store.db.exec(`drop index ${index.name}`);
  await store.db.query(
    `with seed as (
       select i, 1000 + i % 500 as room, 'user' || (i % 200) as who,
         now() - make_interval(mins => $1 - i) as created,
         (array['m3u8', 'mp4', 'flv', 'aac'])[1 + i % 4] as kind
       from generate_series(1, $1) as i
     ), named as (
       select *, case i % 3
           when 0 then $2 || '_' || room || '_' || who || '_main'
           when 1 then 'lesson' || i || '_main'
           else 'cam-' || who || '-' || i
         end as name_id,
         case when i % 3 = 2 then 'cam-' || who || '-' || i else $2 || '_' || room || '_' || who || '_main' end as stream
       from seed
     )
     insert into vod_media (file_id, sub_app_id, name, description, type, category, created_at, updated_at, expire_at,
       stream_id, domain, app_name, source_context, record_start, record_end, media_path, cover_path, meta, source_path)
     select nextval('vod_file_ids')::text, case when i % 10 = 0 then $3 else 0 end,
       name_id || '_' || to_char(created at time zone 'Asia/Shanghai', 'YYYY-MM-DD-HH24-MI-SS') || '_'
         || to_char((created + interval '30 seconds') at time zone 'Asia/Shanghai', 'YYYY-MM-DD-HH24-MI-SS'),
       case when i % 7 = 0 then 'room ' || room || ' lesson by ' || who else '' end,
       kind, case kind when 'aac' then 'Audio' else 'Video' end, created, created,
       case when i % 50 = 0 then now() - interval '1 hour' end,
       stream, $4, 'trtc_' || $2, '', created - interval '30 seconds', created,
       'main/' || i || '/index.' || kind, null, '{"Duration": 30}'::jsonb, '/seed/' || i
     from named`,
    [count, String(TEST_APP), SEEDED_SUB_APP, TEST_PUSH_DOMAIN],
  );
  for (const index of fuzzyIndexes.rows) await store.db.exec(index.definition);
  // What autovacuum would do on a server: PGlite runs none, and the planner needs the statistics.
  await store.db.exec("analyze vod_media");
  return {
    library,
    store,
    count,
    close: async () => {
      await store.close();
      await removeDataDir(dataDir);
    },
  };
}
