CREATE TYPE "public"."recording_task_kind" AS ENUM('mcu_mix', 'cloud_task');--> statement-breakpoint
CREATE TYPE "public"."recording_task_status" AS ENUM('starting', 'recording', 'stopping', 'ended', 'failed');--> statement-breakpoint
CREATE TABLE "recording_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sdk_app_id" bigint NOT NULL,
	"kind" "recording_task_kind" NOT NULL,
	"room_id" text NOT NULL,
	"status" "recording_task_status" NOT NULL,
	"record_id" text,
	"stream_id" text,
	"task_id" text,
	"bot_user_id" text,
	"vod_sub_app_id" bigint,
	"request" jsonb NOT NULL,
	"cloud_status" text,
	"layout_changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"started_by_email" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stopped_by_email" text,
	"stop_requested_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	"last_error" text,
	"last_error_at" timestamp with time zone,
	"files" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"files_settled_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "recording_tasks_app_started_idx" ON "recording_tasks" USING btree ("sdk_app_id","started_at");--> statement-breakpoint
CREATE INDEX "recording_tasks_app_room_idx" ON "recording_tasks" USING btree ("sdk_app_id","room_id");--> statement-breakpoint
CREATE UNIQUE INDEX "recording_tasks_task_id_unique" ON "recording_tasks" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "recording_tasks_one_mix_per_room" ON "recording_tasks" USING btree ("sdk_app_id","room_id") WHERE "recording_tasks"."kind" = 'mcu_mix' and "recording_tasks"."status" in ('starting', 'recording', 'stopping');