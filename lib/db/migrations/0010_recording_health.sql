CREATE TYPE "public"."file_check_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."recording_join_status" AS ENUM('processing', 'finished', 'failed');--> statement-breakpoint
CREATE TABLE "reconciliation_findings" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reconciliation_findings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"sdk_app_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"details" jsonb NOT NULL,
	"first_run_id" bigint NOT NULL,
	"last_run_id" bigint NOT NULL,
	"found_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by_email" text,
	"resolution" text
);
--> statement-breakpoint
CREATE TABLE "reconciliation_runs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reconciliation_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"sdk_app_id" bigint NOT NULL,
	"trigger" text NOT NULL,
	"requested_by_email" text,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"findings" integer,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "recording_files" (
	"sdk_app_id" bigint NOT NULL,
	"file_id" text NOT NULL,
	"vod_sub_app_id" bigint,
	"stream_id" text,
	"room_id" text,
	"user_id" text,
	"session_key" text,
	"format" text,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"vod_created_at" timestamp with time zone,
	"first_callback_at" timestamp with time zone,
	"discovered_by" text NOT NULL,
	"discovered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"check_status" "file_check_status" DEFAULT 'queued' NOT NULL,
	"check_queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"check_started_at" timestamp with time zone,
	"check_finished_at" timestamp with time zone,
	"check_attempts" integer DEFAULT 0 NOT NULL,
	"check_error" text,
	"check_cpu_ms" integer,
	"problems" jsonb,
	"measurements" jsonb,
	CONSTRAINT "recording_files_sdk_app_id_file_id_pk" PRIMARY KEY("sdk_app_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "recording_joins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sdk_app_id" bigint NOT NULL,
	"vod_sub_app_id" bigint,
	"session_key" text NOT NULL,
	"piece_file_ids" jsonb NOT NULL,
	"vod_task_id" text,
	"status" "recording_join_status" NOT NULL,
	"output_file_id" text,
	"output_name" text,
	"requested_by_email" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "auto_join_split_files" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "console_settings" ADD COLUMN "quality_thresholds" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "reconciliation_findings_open_unique" ON "reconciliation_findings" USING btree ("sdk_app_id","kind","subject") WHERE "reconciliation_findings"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "reconciliation_findings_app_found_idx" ON "reconciliation_findings" USING btree ("sdk_app_id","found_at");--> statement-breakpoint
CREATE INDEX "reconciliation_runs_app_started_idx" ON "reconciliation_runs" USING btree ("sdk_app_id","started_at");--> statement-breakpoint
CREATE INDEX "recording_files_check_queue_idx" ON "recording_files" USING btree ("check_status","check_queued_at");--> statement-breakpoint
CREATE INDEX "recording_files_app_ended_idx" ON "recording_files" USING btree ("sdk_app_id","ended_at");--> statement-breakpoint
CREATE INDEX "recording_files_app_session_idx" ON "recording_files" USING btree ("sdk_app_id","session_key");--> statement-breakpoint
CREATE INDEX "recording_joins_app_session_idx" ON "recording_joins" USING btree ("sdk_app_id","session_key");--> statement-breakpoint
CREATE UNIQUE INDEX "recording_joins_vod_task_unique" ON "recording_joins" USING btree ("vod_task_id");