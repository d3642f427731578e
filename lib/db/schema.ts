import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { ROLES } from "../auth/roles";
import { RECORDING_TASK_STATUSES } from "../recording-tasks/status";
import { RECORDING_GENERATIONS } from "../schemas/application";

/**
 * The console's one PostgreSQL schema, shared by PGlite (embedded default) and PostgreSQL.
 * Migrations in ./migrations are generated from this file (`npm run db:generate`).
 */
export const roleEnum = pgEnum("role", ROLES);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-case, so the unique index is case-insensitive in effect. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: roleEnum("role").notNull(),
    /** The language the user chose (lib/i18n/locales.ts); null: the browser's. */
    locale: text("locale"),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("users_email_unique").on(table.email)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    actorUserId: uuid("actor_user_id"),
    actorEmail: text("actor_email").notNull(),
    action: text("action").notNull(),
    target: text("target").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>(),
  },
  (table) => [index("audit_log_at_idx").on(table.at)],
);

export type UserRow = typeof users.$inferSelect;

/** Which cloud recording an app has (one per app): `legacy` (CSS recording, MCU RecordId) or `cloud` (CreateCloudRecording). */
export const recordingGenerationEnum = pgEnum("recording_generation", RECORDING_GENERATIONS);

/** A TRTC application the console manages; its callback key verifies the callbacks it sends. */
export const applications = pgTable("applications", {
  sdkAppId: bigint("sdk_app_id", { mode: "number" }).primaryKey(),
  name: text("name").notNull(),
  /**
   * The account's CSS push domain `<bizid>.livepush.myqcloud.com` (found with DescribeLiveDomains)
   * and the app's stream path `trtc_<SdkAppId>`, which record and callback rules name. Null: not
   * known yet (looked up again when first needed).
   */
  pushDomain: text("push_domain"),
  streamPath: text("stream_path").notNull(),
  recordingGeneration: recordingGenerationEnum("recording_generation").notNull().default("legacy"),
  defaultVodSubAppId: bigint("default_vod_sub_app_id", { mode: "number" }),
  /** Secret: never sent to the browser; the key the cloud signs callbacks with. */
  callbackKey: text("callback_key"),
  /** Secret: the app's SDK secret key, signs UserSigs of bots the console starts; null = from env. */
  sdkSecretKey: text("sdk_secret_key"),
  /** Secret: the VOD domain's Key hotlink key (Key 防盗链); playback URLs are signed with it. Null = off. */
  mediaHotlinkKey: text("media_hotlink_key"),
  /** Whether a custom VOD domain serves https (Tencent's *.vod2.myqcloud.com always do). */
  mediaDomainHttps: boolean("media_domain_https").notNull().default(false),
  /**
   * Secret: the key TRTC signs this app's event callbacks with (EventGroupId 1–3, set on TRTC's
   * console), apart from the CSS callback key. Null = none set: TRTC callbacks are refused.
   */
  trtcCallbackKey: text("trtc_callback_key"),
  /** Secret: the key before the last rotation, still accepted until `trtcCallbackPreviousKeyUntil`. */
  trtcCallbackPreviousKey: text("trtc_callback_previous_key"),
  trtcCallbackPreviousKeyUntil: timestamp("trtc_callback_previous_key_until", { withTimezone: true }),
  /** Join a session's split files into one with VOD's media editing once its last piece arrived. */
  autoJoinSplitFiles: boolean("auto_join_split_files").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const callbackFamilyEnum = pgEnum("callback_family", ["css", "trtc"]);

/**
 * Every callback delivery the receiver accepted for storage, valid or not. `dedupeKey` is unique:
 * Tencent retries deliveries, and several console instances may receive the same event at once.
 */
export const callbackEvents = pgTable(
  "callback_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    dedupeKey: text("dedupe_key").notNull(),
    family: callbackFamilyEnum("family").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    /** How many deliveries of this same event arrived (retries and duplicates included). */
    deliveries: bigint("deliveries", { mode: "number" }).notNull().default(1),
    lastDeliveredAt: timestamp("last_delivered_at", { withTimezone: true }).notNull().defaultNow(),
    sdkAppId: bigint("sdk_app_id", { mode: "number" }),
    eventType: bigint("event_type", { mode: "number" }),
    streamId: text("stream_id"),
    signatureValid: boolean("signature_valid").notNull(),
    /** Why the signature did not verify (or the body could not be read); null when valid. */
    problem: text("problem"),
    eventTime: timestamp("event_time", { withTimezone: true }),
    /**
     * The body as received (text, ≤ 1 MB), so the inbox can show exactly what came in. For a
     * refusal, only the first few KB of the latest one (`bodyBytes` says how long it was).
     */
    rawBody: text("raw_body").notNull(),
    /** Null for a refusal whose body was cut: a part of a JSON body cannot be decoded. */
    payload: jsonb("payload").$type<unknown>(),
    /**
     * Refusals only: the address they came from (the throttle's key, see lib/auth/client-address),
     * the fixed reason they are counted under, the headers that explain them, the latest length.
     */
    source: text("source"),
    refusalReason: text("refusal_reason"),
    headers: jsonb("headers").$type<Record<string, string>>(),
    bodyBytes: integer("body_bytes"),
  },
  (table) => [
    uniqueIndex("callback_events_dedupe_key_unique").on(table.dedupeKey),
    // Retention deletes by validity and age.
    index("callback_events_retention_idx").on(table.signatureValid, table.lastDeliveredAt),
    index("callback_events_received_at_idx").on(table.receivedAt),
    index("callback_events_app_type_idx").on(table.sdkAppId, table.eventType),
    index("callback_events_stream_idx").on(table.streamId),
  ],
);

/**
 * The console's own settings, one row (id 1). Inbox retention: how many days verified events and
 * refusals are kept, counted from their last delivery; 0 keeps them for good.
 */
export const consoleSettings = pgTable(
  "console_settings",
  {
    id: integer("id").primaryKey().default(1),
    verifiedRetentionDays: integer("verified_retention_days").notNull().default(90),
    refusedRetentionDays: integer("refused_retention_days").notNull().default(7),
    /** The quality check's thresholds an admin changed; every other one is its default (lib/health). */
    qualityThresholds: jsonb("quality_thresholds").$type<Record<string, number>>().notNull().default({}),
    updatedByEmail: text("updated_by_email"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check("console_settings_single_row", sql`${table.id} = 1`)],
);

export type ApplicationRow = typeof applications.$inferSelect;
export type CallbackEventRow = typeof callbackEvents.$inferSelect;

export const currencyEnum = pgEnum("currency", ["CNY", "USD"]);

/** Prices an admin changed; every other price is the reference's default (lib/costs). */
export const priceOverrides = pgTable(
  "price_overrides",
  {
    key: text("key").notNull(),
    currency: currencyEnum("currency").notNull(),
    amount: doublePrecision("amount").notNull(),
    source: text("source").notNull(),
    asOf: date("as_of").notNull(),
    updatedByEmail: text("updated_by_email").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.key, table.currency] })],
);

/**
 * Every save of an application's recording settings, newest last: who, when, what. The callback
 * key is not kept here (it lives in `applications`); `callbackKeyChanged` says whether it changed.
 */
export const recordingSettingsHistory = pgTable(
  "recording_settings_history",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    sdkAppId: bigint("sdk_app_id", { mode: "number" }).notNull(),
    /** `saved` from the form, or `adopted` from what the cloud held. */
    kind: text("kind").notNull(),
    settings: jsonb("settings").$type<Record<string, unknown>>().notNull(),
    callbackKeyChanged: boolean("callback_key_changed").notNull(),
    savedByEmail: text("saved_by_email").notNull(),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("recording_settings_history_app_idx").on(table.sdkAppId, table.savedAt)],
);

export const recordingTaskKindEnum = pgEnum("recording_task_kind", ["mcu_mix", "cloud_task"]);
/**
 * A console-started recording's life: `starting` (asked; a task not yet pulling any stream),
 * `recording`, `stopping` (stop asked, or the task exiting), then `ended` or `failed` (never started).
 */
export const recordingTaskStatusEnum = pgEnum("recording_task_status", RECORDING_TASK_STATUSES);

/** One entry of a recording's layout history. */
export interface LayoutChangeEntry {
  at: string;
  byEmail: string;
  /** The template or mode it changed to, e.g. `custom`. */
  layout: string;
}

/** A file a recording produced, as found in VOD (kept so that old rows need no search). */
export interface ProducedFileEntry {
  fileId: string;
  name: string;
  type: string;
  subAppId: number | null;
  durationSeconds: number | null;
}

/**
 * Every recording started from the console: MCU mixes (StartMCUMixTranscode with a RecordId) and
 * cloud-recording tasks (CreateCloudRecording). `request` is the validated form the cloud was sent,
 * what a re-layout sends again with the same RecordId and StreamId (or TaskId).
 */
export const recordingTasks = pgTable(
  "recording_tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sdkAppId: bigint("sdk_app_id", { mode: "number" }).notNull(),
    kind: recordingTaskKindEnum("kind").notNull(),
    roomId: text("room_id").notNull(),
    status: recordingTaskStatusEnum("status").notNull(),
    /** MCU: OutputParams.RecordId; task: TencentVod.UserDefineRecordId. The files' name prefix. */
    recordId: text("record_id"),
    /** MCU: OutputParams.StreamId. */
    streamId: text("stream_id"),
    /** Task: CreateCloudRecording's TaskId, and the recorder bot's user id. */
    taskId: text("task_id"),
    botUserId: text("bot_user_id"),
    /** Where the files go: the VOD sub-application (null = the main application). */
    vodSubAppId: bigint("vod_sub_app_id", { mode: "number" }),
    request: jsonb("request").$type<Record<string, unknown>>().notNull(),
    /** What the cloud last said of a task (`Idle`, `InProgress`, `Exited`). */
    cloudStatus: text("cloud_status"),
    layoutChanges: jsonb("layout_changes").$type<LayoutChangeEntry[]>().notNull().default([]),
    startedByEmail: text("started_by_email").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    stoppedByEmail: text("stopped_by_email"),
    stopRequestedAt: timestamp("stop_requested_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    /** Why it ended, in words (stopped, room emptied, idle timeout…). */
    endReason: text("end_reason"),
    /** The last thing that went wrong, in words a person can act on. */
    lastError: text("last_error"),
    lastErrorAt: timestamp("last_error_at", { withTimezone: true }),
    files: jsonb("files").$type<ProducedFileEntry[]>().notNull().default([]),
    /** Set once a search ran long enough after the end that VOD holds every file: no more searches. */
    filesSettledAt: timestamp("files_settled_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("recording_tasks_app_started_idx").on(table.sdkAppId, table.startedAt),
    index("recording_tasks_app_room_idx").on(table.sdkAppId, table.roomId),
    uniqueIndex("recording_tasks_task_id_unique").on(table.taskId),
    // TRTC runs one MCU mix per room: a second start for the same room must not slip past the first.
    uniqueIndex("recording_tasks_one_mix_per_room")
      .on(table.sdkAppId, table.roomId)
      .where(sql`${table.kind} = 'mcu_mix' and ${table.status} in ('starting', 'recording', 'stopping')`),
  ],
);

export type RecordingTaskRow = typeof recordingTasks.$inferSelect;

/**
 * Live rooms, folded from TRTC's room and media events (lib/actions/rooms/fold-room-event.ts) and kept in
 * the database so that every console instance shows the same rooms. Every folded column is a
 * maximum over the events' own times (`EventMsTs`), so repeats and reordering change nothing and
 * two instances folding some of the events each end in the same row. The room is live while
 * `lastOpenAtMs > dismissedAtMs` (a 102 at the same millisecond wins): a 103 after a 102 reopens it.
 */
export const liveRooms = pgTable(
  "live_rooms",
  {
    sdkAppId: bigint("sdk_app_id", { mode: "number" }).notNull(),
    roomId: text("room_id").notNull(),
    /** TRTC's RoomIdType: 1 for integer rooms (RoomId a number in events), 0 for string rooms. */
    roomIdType: bigint("room_id_type", { mode: "number" }).notNull(),
    /** EventMsTs of the newest 101 (the creation of the room's latest life); null when none arrived. */
    createdAtMs: bigint("created_at_ms", { mode: "number" }),
    /** EventMsTs of the newest event that shows the room open (101, 103, 105, 201, 203, 205); 0 when none. */
    lastOpenAtMs: bigint("last_open_at_ms", { mode: "number" }).notNull().default(0),
    /**
     * EventMsTs of the newest 102, or of the close a DescribeRoomInfo repair made; null when none.
     * Kept after a reopen: members whose attributes are older than it are gone with that life.
     */
    dismissedAtMs: bigint("dismissed_at_ms", { mode: "number" }),
    /** EventMsTs of the newest event folded into the room or its members. */
    lastEventAtMs: bigint("last_event_at_ms", { mode: "number" }).notNull(),
    /** When the newest event arrived here: a live room with none for too long is shown as stale. */
    lastEventReceivedAt: timestamp("last_event_received_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * When a reader last asked DescribeRoomInfo about this stale room (claimed atomically, so one
     * reader of all instances asks, once per stale period), and what it learnt.
     */
    repairCheckedAt: timestamp("repair_checked_at", { withTimezone: true }),
    /** `live` (Tencent says it runs), `closed`, `no-package` (DescribeRoomInfo refused) or `failed`. */
    repairOutcome: text("repair_outcome"),
  },
  (table) => [
    primaryKey({ columns: [table.sdkAppId, table.roomIdType, table.roomId] }),
    index("live_rooms_app_received_idx").on(table.sdkAppId, table.lastEventReceivedAt),
  ],
);

/**
 * Who is in a live room, folded from 103/104/105 (presence, role) and 201–206 (video, audio,
 * sub-stream). Each attribute carries the EventMsTs it reflects and changes only for a newer event
 * (at the same millisecond, off wins), so the fold is order-free: 104 (exit) turns presence and
 * every stream off at its time; a start (103, 105, 201, 203, 205) shows the user present. A member
 * attribute no newer than the room's `dismissedAtMs` is void: the 102 ended it.
 */
export const liveRoomMembers = pgTable(
  "live_room_members",
  {
    sdkAppId: bigint("sdk_app_id", { mode: "number" }).notNull(),
    roomId: text("room_id").notNull(),
    roomIdType: bigint("room_id_type", { mode: "number" }).notNull(),
    userId: text("user_id").notNull(),
    isPresent: boolean("is_present").notNull().default(false),
    presenceAtMs: bigint("presence_at_ms", { mode: "number" }).notNull().default(0),
    /** EventMsTs of the newest 103 (the entry of the current stay); null when never seen entering. */
    enteredAtMs: bigint("entered_at_ms", { mode: "number" }),
    /** TRTC's Role: 20 anchor, 21 audience. */
    role: bigint("role", { mode: "number" }),
    roleAtMs: bigint("role_at_ms", { mode: "number" }).notNull().default(0),
    hasVideo: boolean("has_video").notNull().default(false),
    videoAtMs: bigint("video_at_ms", { mode: "number" }).notNull().default(0),
    hasAudio: boolean("has_audio").notNull().default(false),
    audioAtMs: bigint("audio_at_ms", { mode: "number" }).notNull().default(0),
    hasSubStream: boolean("has_sub_stream").notNull().default(false),
    subStreamAtMs: bigint("sub_stream_at_ms", { mode: "number" }).notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.sdkAppId, table.roomIdType, table.roomId, table.userId] })],
);

export type LiveRoomRow = typeof liveRooms.$inferSelect;
export type LiveRoomMemberRow = typeof liveRoomMembers.$inferSelect;

/**
 * The counts of rate-limiter-flexible's PostgreSQL store (its own table layout), one table per
 * limit. Created here rather than by the library on first use: it runs `create table if not
 * exists`, which fails with "type already exists" when two limiters (or two instances) start at
 * once, an error the library does not catch. Unused on PGlite, whose limits are in memory.
 */
const rateLimitCounts = (name: string) =>
  pgTable(name, {
    key: varchar("key", { length: 255 }).primaryKey(),
    points: integer("points").notNull().default(0),
    expire: bigint("expire", { mode: "number" }),
  });

export const signInLimits = rateLimitCounts("sign_in_limits");
export const callbackSourceLimits = rateLimitCounts("callback_source_limits");

export const fileCheckStatusEnum = pgEnum("file_check_status", ["queued", "running", "done", "failed"]);

/** One problem a quality check found in a file, with where it is (seconds into the file). */
export interface FileProblem {
  kind: string;
  startSec: number | null;
  endSec: number | null;
  detail: string;
}

/**
 * Every recording file the console learned of: from the callback that announced it, or found in
 * VOD by reconciliation (`firstCallbackAt` null). Its times measure how long it took to become
 * available; its check columns are the quality check's queue and result (lib/health).
 */
export const recordingFiles = pgTable(
  "recording_files",
  {
    sdkAppId: bigint("sdk_app_id", { mode: "number" }).notNull(),
    fileId: text("file_id").notNull(),
    vodSubAppId: bigint("vod_sub_app_id", { mode: "number" }),
    streamId: text("stream_id"),
    roomId: text("room_id"),
    userId: text("user_id"),
    /** The files of one recording session share it (RecordId, or the stream and its start): split pieces. */
    sessionKey: text("session_key"),
    format: text("format"),
    /** The span the recording covered, as the callback or VOD said. */
    startedAt: timestamp("started_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    /** When VOD had the file (its CreateTime). */
    vodCreatedAt: timestamp("vod_created_at", { withTimezone: true }),
    /** When the first callback naming it arrived; null when only reconciliation found it. */
    firstCallbackAt: timestamp("first_callback_at", { withTimezone: true }),
    /** When the console's player first started playing it (the media element's `playing`); null: never. */
    firstPlayedAt: timestamp("first_played_at", { withTimezone: true }),
    discoveredBy: text("discovered_by").notNull(),
    discoveredAt: timestamp("discovered_at", { withTimezone: true }).notNull().defaultNow(),
    checkStatus: fileCheckStatusEnum("check_status").notNull().default("queued"),
    checkQueuedAt: timestamp("check_queued_at", { withTimezone: true }).notNull().defaultNow(),
    checkStartedAt: timestamp("check_started_at", { withTimezone: true }),
    checkFinishedAt: timestamp("check_finished_at", { withTimezone: true }),
    checkAttempts: integer("check_attempts").notNull().default(0),
    /** Why the check itself could not run (not a problem of the file). */
    checkError: text("check_error"),
    /** CPU time the check's ffmpeg/ffprobe used, in ms. */
    checkCpuMs: integer("check_cpu_ms"),
    problems: jsonb("problems").$type<FileProblem[]>(),
    measurements: jsonb("measurements").$type<Record<string, number | boolean | null>>(),
  },
  (table) => [
    primaryKey({ columns: [table.sdkAppId, table.fileId] }),
    index("recording_files_check_queue_idx").on(table.checkStatus, table.checkQueuedAt),
    index("recording_files_app_ended_idx").on(table.sdkAppId, table.endedAt),
    index("recording_files_app_session_idx").on(table.sdkAppId, table.sessionKey),
  ],
);

export type RecordingFileRow = typeof recordingFiles.$inferSelect;

export const recordingJoinStatusEnum = pgEnum("recording_join_status", ["processing", "finished", "failed"]);

/** A join of a session's split files into one, by VOD's media editing (EditMedia): its task and result. */
export const recordingJoins = pgTable(
  "recording_joins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sdkAppId: bigint("sdk_app_id", { mode: "number" }).notNull(),
    vodSubAppId: bigint("vod_sub_app_id", { mode: "number" }),
    sessionKey: text("session_key").notNull(),
    pieceFileIds: jsonb("piece_file_ids").$type<string[]>().notNull(),
    vodTaskId: text("vod_task_id"),
    status: recordingJoinStatusEnum("status").notNull(),
    outputFileId: text("output_file_id"),
    outputName: text("output_name"),
    /** Null: joined automatically. */
    requestedByEmail: text("requested_by_email"),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    error: text("error"),
  },
  (table) => [
    index("recording_joins_app_session_idx").on(table.sdkAppId, table.sessionKey),
    uniqueIndex("recording_joins_vod_task_unique").on(table.vodTaskId),
  ],
);

export type RecordingJoinRow = typeof recordingJoins.$inferSelect;

/** Each pass of reconciliation (scheduled or asked for): when, over which period, what it found. */
export const reconciliationRuns = pgTable(
  "reconciliation_runs",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    sdkAppId: bigint("sdk_app_id", { mode: "number" }).notNull(),
    /** `schedule` or `manual`. */
    trigger: text("trigger").notNull(),
    requestedByEmail: text("requested_by_email"),
    periodStart: timestamp("period_start", { withTimezone: true }).notNull(),
    periodEnd: timestamp("period_end", { withTimezone: true }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    findings: integer("findings"),
    error: text("error"),
  },
  (table) => [index("reconciliation_runs_app_started_idx").on(table.sdkAppId, table.startedAt)],
);

/**
 * A mismatch reconciliation found between callbacks, VOD and the console's tasks. One open finding
 * per kind and subject: a later run that finds it again updates it; a repair or a run that no
 * longer finds it resolves it.
 */
export const reconciliationFindings = pgTable(
  "reconciliation_findings",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    sdkAppId: bigint("sdk_app_id", { mode: "number" }).notNull(),
    kind: text("kind").notNull(),
    /** What it is about: a FileId, a task's id, a room. */
    subject: text("subject").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull(),
    firstRunId: bigint("first_run_id", { mode: "number" }).notNull(),
    lastRunId: bigint("last_run_id", { mode: "number" }).notNull(),
    foundAt: timestamp("found_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedByEmail: text("resolved_by_email"),
    resolution: text("resolution"),
  },
  (table) => [
    uniqueIndex("reconciliation_findings_open_unique")
      .on(table.sdkAppId, table.kind, table.subject)
      .where(sql`${table.resolvedAt} is null`),
    index("reconciliation_findings_app_found_idx").on(table.sdkAppId, table.foundAt),
  ],
);

export type ReconciliationFindingRow = typeof reconciliationFindings.$inferSelect;
