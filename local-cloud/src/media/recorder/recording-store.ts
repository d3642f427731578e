import type { PGlite } from "@electric-sql/pglite";
import { z } from "zod";
import type {
  FinalizedRecording,
  FormatSettings,
  RecordedTracks,
  RecordingFormat,
  StoredMedia,
} from "../../recording/contracts";
import type { RecordedStream } from "./recorded-stream";
import type { RecordingOwner } from "./recording-plan";
import type { SegmentRef } from "./segmented-run";

/**
 * What one publish (run) wrote into a recording; `endMs` null while it is written (or if it was
 * cut by a crash). For split formats (segmented-run.ts) the times are those of the media it holds.
 */
export interface Piece {
  /** 1 for the recording's first piece; a resumed recording has one per publish. */
  run: number;
  startMs: number;
  endMs: number | null;
  /** MP4/FLV/AAC: the segment of a run's output this piece is. HLS pieces, and rows written before segments, have none. */
  segment?: SegmentRef;
}

export type RecordingState = "open" | "done";

export interface RecordingRecord {
  id: string;
  streamKey: string;
  format: RecordingFormat;
  /** Working directory under `<dataDir>/recordings/`. */
  dir: string;
  state: RecordingState;
  stream: RecordedStream;
  settings: FormatSettings;
  templateId: number;
  startMs: number;
  pieces: Piece[];
  owner: RecordingOwner;
  /** 1 for a stream's first file, counting up with each split. */
  fileIndex: number;
  tracks: RecordedTracks;
  /** VOD's answer once the file is stored (its callbacks may still be due). */
  stored: { finalized: FinalizedRecording; media: StoredMedia } | null;
}

const streamSchema = z.object({
  sdkAppId: z.number(),
  domain: z.string(),
  appName: z.string(),
  streamId: z.string(),
  roomId: z.string(),
  roomIdType: z.union([z.literal(0), z.literal(1)]).optional(),
  userId: z.string(),
  streamType: z.enum(["main", "aux"]),
  userDefineRecordId: z.string().optional(),
  hasDefaultStreamId: z.boolean(),
  streamParam: z.string(),
  mix: z
    .object({
      kind: z.enum(["mcu", "task"]),
      sdkAppId: z.number(),
      roomId: z.string(),
      roomIdType: z.union([z.literal(0), z.literal(1)]),
      recordId: z.string().optional(),
      recordAudioOnly: z.boolean(),
      taskId: z.string().optional(),
    })
    .optional(),
});
const ownerSchema = z.object({
  kind: z.string(),
  sourceId: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])),
});
/** Written by this process from typed values: its shape is trusted, only its presence is checked. */
const storedSchema = z.object({ finalized: z.custom<FinalizedRecording>(), media: z.custom<StoredMedia>() }).nullable();
const settingsSchema = z.object({
  recordIntervalSeconds: z.number(),
  storageTimeSeconds: z.number(),
  vodSubAppId: z.number().nullable(),
  vodFileName: z.string().nullable(),
});
const segmentSchema = z.object({
  dir: z.string(),
  index: z.number(),
  anchorMs: z.number(),
  isLast: z.boolean().optional(),
});
const piecesSchema = z.array(
  z.object({ run: z.number(), startMs: z.number(), endMs: z.number().nullable(), segment: segmentSchema.optional() }),
);
const rowSchema = z.object({
  id: z.string(),
  stream_key: z.string(),
  format: z.enum(["hls", "mp4", "flv", "aac"]),
  dir: z.string(),
  state: z.enum(["open", "done"]),
  stream: streamSchema,
  settings: settingsSchema,
  template_id: z.coerce.number(),
  start_ms: z.coerce.number(),
  pieces: piecesSchema,
  owner: ownerSchema,
  file_index: z.coerce.number(),
  tracks: z.enum(["audio+video", "audio", "video"]),
  stored: storedSchema,
});

function toRecord(row: unknown): RecordingRecord {
  const parsed = rowSchema.parse(row);
  return {
    id: parsed.id,
    streamKey: parsed.stream_key,
    format: parsed.format,
    dir: parsed.dir,
    state: parsed.state,
    stream: {
      ...parsed.stream,
      userDefineRecordId: parsed.stream.userDefineRecordId,
      mix: parsed.stream.mix && {
        ...parsed.stream.mix,
        recordId: parsed.stream.mix.recordId,
        taskId: parsed.stream.mix.taskId,
      },
    },
    settings: parsed.settings,
    templateId: parsed.template_id,
    startMs: parsed.start_ms,
    pieces: parsed.pieces,
    owner: parsed.owner,
    fileIndex: parsed.file_index,
    tracks: parsed.tracks,
    stored: parsed.stored,
  };
}

/** The recorder's persisted view of its recordings, so a crash never loses what was recorded. */
export class RecordingStore {
  constructor(private readonly db: PGlite) {}

  async insert(record: RecordingRecord): Promise<void> {
    await this.db.query(
      `insert into recorder_recordings
         (id, stream_key, format, dir, state, stream, settings, template_id, start_ms, pieces, owner, file_index, tracks)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        record.id,
        record.streamKey,
        record.format,
        record.dir,
        record.state,
        JSON.stringify(record.stream),
        JSON.stringify(record.settings),
        record.templateId,
        record.startMs,
        JSON.stringify(record.pieces),
        JSON.stringify(record.owner),
        record.fileIndex,
        record.tracks,
      ],
    );
  }

  async markStored(id: string, stored: NonNullable<RecordingRecord["stored"]>): Promise<void> {
    await this.db.query("update recorder_recordings set stored = $2 where id = $1", [id, JSON.stringify(stored)]);
  }

  async savePieces(id: string, pieces: readonly Piece[]): Promise<void> {
    await this.db.query("update recorder_recordings set pieces = $2 where id = $1", [id, JSON.stringify(pieces)]);
  }

  async markDone(id: string): Promise<void> {
    await this.db.query("update recorder_recordings set state = 'done' where id = $1", [id]);
  }

  async openRecordings(): Promise<RecordingRecord[]> {
    const result = await this.db.query("select * from recorder_recordings where state = 'open' order by start_ms");
    return result.rows.map(toRecord);
  }
}
