CREATE TYPE "public"."recording_generation" AS ENUM('legacy', 'cloud');--> statement-breakpoint
ALTER TABLE "applications" ALTER COLUMN "push_domain" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "recording_generation" "recording_generation" DEFAULT 'legacy' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "media_hotlink_key" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "media_domain_https" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Earlier versions assumed the push domain `<SdkAppId>.livepush.myqcloud.com`; the real one is the
-- account's `<bizid>.livepush.myqcloud.com`. Forget the assumed ones: the console looks them up again.
UPDATE "applications" SET "push_domain" = NULL WHERE "push_domain" = "sdk_app_id"::text || '.livepush.myqcloud.com';
