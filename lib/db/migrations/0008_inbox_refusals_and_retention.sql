CREATE TABLE "console_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"verified_retention_days" integer DEFAULT 90 NOT NULL,
	"refused_retention_days" integer DEFAULT 7 NOT NULL,
	"updated_by_email" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "console_settings_single_row" CHECK ("console_settings"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "callback_events" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "callback_events" ADD COLUMN "refusal_reason" text;--> statement-breakpoint
ALTER TABLE "callback_events" ADD COLUMN "headers" jsonb;--> statement-breakpoint
ALTER TABLE "callback_events" ADD COLUMN "body_bytes" integer;--> statement-breakpoint
CREATE INDEX "callback_events_retention_idx" ON "callback_events" USING btree ("signature_valid","last_delivered_at");--> statement-breakpoint
-- Refusals stored before this keep only what is kept of new ones: the first 4 KB, no parsed body.
UPDATE "callback_events" SET "payload" = NULL, "body_bytes" = octet_length("raw_body"), "raw_body" = left("raw_body", 4096) WHERE NOT "signature_valid" AND octet_length("raw_body") > 4096;
