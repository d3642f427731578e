import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ROLES } from "../auth/roles";

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

/** A TRTC application the console manages; its callback key verifies the callbacks it sends. */
export const applications = pgTable("applications", {
  sdkAppId: bigint("sdk_app_id", { mode: "number" }).primaryKey(),
  name: text("name").notNull(),
  /** CSS push domain and stream path (AppName) that record and callback rules name. */
  pushDomain: text("push_domain").notNull(),
  streamPath: text("stream_path").notNull(),
  defaultVodSubAppId: bigint("default_vod_sub_app_id", { mode: "number" }),
  /** Secret: never sent to the browser; the key the cloud signs callbacks with. */
  callbackKey: text("callback_key"),
  /** Secret: the app's SDK secret key, signs UserSigs of bots the console starts; null = from env. */
  sdkSecretKey: text("sdk_secret_key"),
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
    /** The body as received (text, ≤ 1 MB), so the inbox can show exactly what came in. */
    rawBody: text("raw_body").notNull(),
    payload: jsonb("payload").$type<unknown>(),
  },
  (table) => [
    uniqueIndex("callback_events_dedupe_key_unique").on(table.dedupeKey),
    index("callback_events_received_at_idx").on(table.receivedAt),
    index("callback_events_app_type_idx").on(table.sdkAppId, table.eventType),
    index("callback_events_stream_idx").on(table.streamId),
  ],
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
