CREATE TABLE "live_room_members" (
	"sdk_app_id" bigint NOT NULL,
	"room_id" text NOT NULL,
	"room_id_type" bigint NOT NULL,
	"user_id" text NOT NULL,
	"is_present" boolean DEFAULT false NOT NULL,
	"presence_at_ms" bigint DEFAULT 0 NOT NULL,
	"entered_at_ms" bigint,
	"role" bigint,
	"role_at_ms" bigint DEFAULT 0 NOT NULL,
	"has_video" boolean DEFAULT false NOT NULL,
	"video_at_ms" bigint DEFAULT 0 NOT NULL,
	"has_audio" boolean DEFAULT false NOT NULL,
	"audio_at_ms" bigint DEFAULT 0 NOT NULL,
	"has_sub_stream" boolean DEFAULT false NOT NULL,
	"sub_stream_at_ms" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "live_room_members_sdk_app_id_room_id_type_room_id_user_id_pk" PRIMARY KEY("sdk_app_id","room_id_type","room_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "live_rooms" (
	"sdk_app_id" bigint NOT NULL,
	"room_id" text NOT NULL,
	"room_id_type" bigint NOT NULL,
	"created_at_ms" bigint,
	"last_open_at_ms" bigint DEFAULT 0 NOT NULL,
	"dismissed_at_ms" bigint,
	"last_event_at_ms" bigint NOT NULL,
	"last_event_received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"repair_checked_at" timestamp with time zone,
	"repair_outcome" text,
	CONSTRAINT "live_rooms_sdk_app_id_room_id_type_room_id_pk" PRIMARY KEY("sdk_app_id","room_id_type","room_id")
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "trtc_callback_key" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "trtc_callback_previous_key" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "trtc_callback_previous_key_until" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "live_rooms_app_received_idx" ON "live_rooms" USING btree ("sdk_app_id","last_event_received_at");