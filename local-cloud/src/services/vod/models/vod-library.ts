import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { Logger } from "../../../core/logger";
import type { ProcessSupervisor } from "../../../media/ffmpeg/process-supervisor";
import type { FinalizedRecording, MediaSink, StoredMedia } from "../../../recording/contracts";
import { vodErrors } from "../errors";
import { MAIN_APP, partitionOf, type MediaRow } from "./media-row";
import { placeInto, removeSource, sizeOf } from "./move-into";
import { describeMedia } from "./media-metadata";
import { searchQueries, type MediaSearch } from "./search-query";
import { mediaFileUrl } from "./to-media-info";

const TYPE_OF = { hls: "m3u8", mp4: "mp4", flv: "flv", aac: "aac" } as const;
const HLS_PLAYLIST = "index.m3u8";

export interface SubApp {
  id: number;
  name: string;
  description: string;
  createdAt: Date;
}

/**
 * The VOD media library: stores finalized recordings (it is the recorder's MediaSink), answers
 * the media actions, serves files, and deletes what expires.
 */
export class VodLibrary implements MediaSink {
  private readonly root: string;

  constructor(
    private readonly options: {
      db: PGlite;
      dataDir: string;
      baseUrl: () => string;
      supervisor: ProcessSupervisor;
      ffprobePath: string;
      logger: Logger;
      /** The account's default VOD application: a recording sent to it lands in the main partition. */
      defaultSubAppId?: () => number;
    },
  ) {
    this.root = path.join(options.dataDir, "vod");
  }

  private get db(): PGlite {
    return this.options.db;
  }

  async addRecording(recording: FinalizedRecording): Promise<StoredMedia> {
    const existing = await this.db.query<MediaRow>("select * from vod_media where source_path = $1", [recording.path]);
    if (existing.rows[0]) return this.stored(existing.rows[0]);

    const sequence = await this.db.query<{ id: string }>("select nextval('vod_file_ids')::text as id");
    const fileId = sequence.rows[0]?.id;
    if (!fileId) throw new Error("no FileId from the sequence");
    const partition =
      recording.subAppId === this.options.defaultSubAppId?.() ? MAIN_APP : partitionOf(recording.subAppId);
    const dir = path.join(this.root, partition === MAIN_APP ? "main" : String(partition), fileId);
    await mkdir(path.dirname(dir), { recursive: true });
    const isHls = recording.format === "hls";
    let mediaFile: string;
    if (isHls) {
      await placeInto(recording.path, dir);
      mediaFile = HLS_PLAYLIST;
    } else {
      await mkdir(dir, { recursive: true });
      mediaFile = `${recording.name}.${TYPE_OF[recording.format]}`;
      await placeInto(recording.path, path.join(dir, mediaFile));
    }
    let coverFile: string | null = null;
    if (recording.coverPath) {
      coverFile = "cover.jpg";
      await placeInto(recording.coverPath, path.join(dir, coverFile));
    }
    const relative = (file: string) => path.relative(this.root, path.join(dir, file));
    const meta = await describeMedia(
      this.options.supervisor,
      this.options.ffprobePath,
      path.join(dir, mediaFile),
      await sizeOf(isHls ? dir : path.join(dir, mediaFile)),
    );
    const now = new Date();
    const expireAt =
      recording.storageTimeSeconds > 0 ? new Date(now.getTime() + recording.storageTimeSeconds * 1000) : null;
    const trtc = recording.trtcRecord;
    const inserted = await this.db.query<MediaRow>(
      `insert into vod_media (file_id, sub_app_id, name, type, category, created_at, updated_at, expire_at, stream_id, domain,
         app_name, source_context, record_start, record_end, media_path, cover_path, meta, source_path,
         source_type, trtc_sdk_app_id, trtc_room_id, trtc_task_id, trtc_user_ids)
       values ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
       returning *`,
      [
        fileId,
        partition,
        recording.name,
        TYPE_OF[recording.format],
        // An MP4 or HLS recording of audio alone (RecordAudioOnly, StreamType 1) is audio too.
        recording.format === "aac" || !meta.VideoStreamSet?.length ? "Audio" : "Video",
        now,
        expireAt,
        recording.streamId,
        recording.domain,
        recording.appName,
        `rtmp://${recording.domain}/${recording.appName}/${recording.streamId}${recording.streamParam ? `?${recording.streamParam}` : ""}`,
        new Date(recording.startTime),
        new Date(recording.endTime),
        relative(mediaFile),
        coverFile ? relative(coverFile) : null,
        meta,
        recording.path,
        trtc ? "TrtcRecord" : "Record",
        trtc ? recording.sdkAppId : null,
        trtc?.roomId ?? null,
        trtc?.taskId ?? null,
        trtc?.userIds ?? null,
      ],
    );
    const row = inserted.rows[0];
    if (!row) throw new Error("storing the media returned no row");
    // Only now: until the row exists, a crash must leave the recorder its files (placeInto).
    await removeSource(recording.path);
    if (recording.coverPath) await removeSource(recording.coverPath);
    this.options.logger.info(`vod: stored ${row.name} as ${fileId} (${meta.Duration.toFixed(1)} s)`);
    return this.stored(row);
  }

  /** The media stored from `sourcePath` (a recorder's FinalizedRecording.path), or null. */
  async findRecording(sourcePath: string): Promise<StoredMedia | null> {
    const existing = await this.db.query<MediaRow>("select * from vod_media where source_path = $1", [sourcePath]);
    return existing.rows[0] ? this.stored(existing.rows[0]) : null;
  }

  private stored(row: MediaRow): StoredMedia {
    return {
      fileId: row.file_id,
      mediaUrl: mediaFileUrl(this.options.baseUrl(), row, row.media_path),
      coverUrl: row.cover_path ? mediaFileUrl(this.options.baseUrl(), row, row.cover_path) : null,
      durationSeconds: row.meta.Duration,
      sizeBytes: row.meta.Size,
      width: row.meta.Width,
      height: row.meta.Height,
    };
  }

  async search(search: MediaSearch): Promise<{ total: number; rows: MediaRow[] }> {
    const { count, page } = searchQueries(search, new Date());
    const counted = await this.db.query<{ n: number }>(count.sql, count.params);
    const total = counted.rows[0]?.n ?? 0;
    const { sql, params } = page(total);
    const rows = await this.db.query<MediaRow>(sql, params);
    return { total, rows: rows.rows };
  }

  /** The query plans of a search's count and page (EXPLAIN), to show which indexes serve it (tests, bench). */
  async explainSearch(search: MediaSearch, { analyze = false } = {}): Promise<{ count: string; page: string }> {
    const { count, page } = searchQueries(search, new Date());
    const explain = async (query: { sql: string; params: unknown[] }) => {
      const options = analyze ? "analyze, costs off, timing off, summary off" : "costs off";
      const plan = await this.db.query<{ "QUERY PLAN": string }>(`explain (${options}) ${query.sql}`, query.params);
      return plan.rows.map((row) => row["QUERY PLAN"]).join("\n");
    };
    // The page's statement depends on the count (a broad fuzzy search is read rank by rank).
    const counted = await this.db.query<{ n: number }>(count.sql, count.params);
    return { count: await explain(count), page: await explain(page(counted.rows[0]?.n ?? 0)) };
  }

  /** Live (not expired) media of a partition by id; absent ids are simply not returned. */
  async byIds(fileIds: string[], subAppId: number | undefined): Promise<MediaRow[]> {
    const result = await this.db.query<MediaRow>(
      "select * from vod_media where file_id = any($1) and sub_app_id = $2 and (expire_at is null or expire_at > now())",
      [fileIds, partitionOf(subAppId)],
    );
    return result.rows;
  }

  async get(fileId: string, subAppId: number | undefined): Promise<MediaRow> {
    const [row] = await this.byIds([fileId], subAppId);
    if (!row) throw vodErrors.mediaNotFound(fileId);
    return row;
  }

  /** A stored file of live media by its URL parts, for HTTP serving; null for anything else. */
  async servedFile(fileId: string, fileName: string): Promise<{ path: string; subAppId: number } | null> {
    if (!/^\d+$/.test(fileId) || !/^[\w.-]+$/.test(fileName) || fileName.startsWith(".")) return null;
    const result = await this.db.query<MediaRow>(
      "select * from vod_media where file_id = $1 and (expire_at is null or expire_at > now())",
      [fileId],
    );
    const row = result.rows[0];
    if (!row) return null;
    const file = path.join(this.root, path.dirname(row.media_path), fileName);
    try {
      return (await stat(file)).isFile() ? { path: file, subAppId: Number(row.sub_app_id) } : null;
    } catch {
      return null;
    }
  }

  async modify(
    fileId: string,
    subAppId: number | undefined,
    changes: { name?: string; description?: string; expireAt?: Date | null; classId?: number },
  ) {
    const row = await this.get(fileId, subAppId);
    await this.db.query(
      "update vod_media set name = $2, description = $3, expire_at = $4, class_id = $5, updated_at = now() where file_id = $1",
      [
        fileId,
        changes.name ?? row.name,
        changes.description ?? row.description,
        changes.expireAt === undefined ? row.expire_at : changes.expireAt,
        changes.classId ?? row.class_id,
      ],
    );
    // Read back without the expiry filter: a past ExpireTime is a valid change that hides it.
    const updated = await this.db.query<MediaRow>("select * from vod_media where file_id = $1", [fileId]);
    return updated.rows[0] ?? row;
  }

  /** Removes the media and its files; its URLs answer 404 from then on. */
  async delete(fileId: string, subAppId: number | undefined): Promise<void> {
    const row = await this.get(fileId, subAppId);
    await this.remove(row);
  }

  private async remove(row: MediaRow): Promise<void> {
    await this.db.query("delete from vod_media where file_id = $1", [row.file_id]);
    await rm(path.join(this.root, path.dirname(row.media_path)), { recursive: true, force: true });
  }

  /** Retention: deletes every expired media item, files included. Returns how many went. */
  async sweepExpired(now = new Date()): Promise<number> {
    const expired = await this.db.query<MediaRow>(
      "select * from vod_media where expire_at is not null and expire_at <= $1",
      [now],
    );
    for (const row of expired.rows) await this.remove(row);
    if (expired.rows.length > 0)
      this.options.logger.info(`vod: retention deleted ${expired.rows.length} expired media`);
    return expired.rows.length;
  }

  /** A new sub-application, numbered by the sequence; `reservedId` (the default application's) is skipped. */
  async createSubApp(name: string, description: string, reservedId?: number): Promise<number> {
    let id: number | undefined;
    do {
      id = (await this.db.query<{ id: number }>("select nextval('vod_sub_app_ids')::int as id")).rows[0]?.id;
      if (id === undefined) throw new Error("no SubAppId from the sequence");
    } while (id === reservedId);
    await this.db.query("insert into vod_sub_apps (id, name, description) values ($1, $2, $3)", [
      id,
      name,
      description,
    ]);
    return id;
  }

  async subApps(): Promise<SubApp[]> {
    const result = await this.db.query<{ id: number; name: string; description: string; created_at: Date }>(
      "select id::int as id, name, description, created_at from vod_sub_apps order by id",
    );
    return result.rows.map((row) => ({
      id: row.id,
      name: row.name,
      description: row.description,
      createdAt: row.created_at,
    }));
  }

  /** Rejects a SubAppId that is neither the main application nor a created sub-application. */
  async assertPartition(subAppId: number | undefined): Promise<void> {
    if (partitionOf(subAppId) === MAIN_APP) return;
    const result = await this.db.query("select 1 from vod_sub_apps where id = $1", [subAppId]);
    if (result.rows.length === 0) throw vodErrors.subAppNotFound(subAppId ?? 0);
  }

  async storageBytes(subAppId: number | undefined): Promise<{ count: number; bytes: number }> {
    const result = await this.db.query<{ count: number; bytes: string | null }>(
      "select count(*)::int as count, sum((meta->>'Size')::bigint)::text as bytes from vod_media where sub_app_id = $1 and (expire_at is null or expire_at > now())",
      [partitionOf(subAppId)],
    );
    return { count: result.rows[0]?.count ?? 0, bytes: Number(result.rows[0]?.bytes ?? 0) };
  }

  async reset(): Promise<void> {
    await this.db.query("delete from vod_media");
    await this.db.query("delete from vod_storage_events");
    await this.db.query("delete from vod_traffic");
    await rm(this.root, { recursive: true, force: true });
  }
}
