CREATE TABLE "recording_settings_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "recording_settings_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"sdk_app_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"settings" jsonb NOT NULL,
	"callback_key_changed" boolean NOT NULL,
	"saved_by_email" text NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "recording_settings_history_app_idx" ON "recording_settings_history" USING btree ("sdk_app_id","saved_at");