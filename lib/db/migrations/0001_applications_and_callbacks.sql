CREATE TYPE "public"."callback_family" AS ENUM('css', 'trtc');--> statement-breakpoint
CREATE TABLE "applications" (
	"sdk_app_id" bigint PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"push_domain" text NOT NULL,
	"stream_path" text NOT NULL,
	"default_vod_sub_app_id" bigint,
	"callback_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "callback_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "callback_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dedupe_key" text NOT NULL,
	"family" "callback_family" NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deliveries" bigint DEFAULT 1 NOT NULL,
	"last_delivered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sdk_app_id" bigint,
	"event_type" bigint,
	"stream_id" text,
	"signature_valid" boolean NOT NULL,
	"problem" text,
	"event_time" timestamp with time zone,
	"raw_body" text NOT NULL,
	"payload" jsonb
);
--> statement-breakpoint
CREATE UNIQUE INDEX "callback_events_dedupe_key_unique" ON "callback_events" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "callback_events_received_at_idx" ON "callback_events" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "callback_events_app_type_idx" ON "callback_events" USING btree ("sdk_app_id","event_type");--> statement-breakpoint
CREATE INDEX "callback_events_stream_idx" ON "callback_events" USING btree ("stream_id");