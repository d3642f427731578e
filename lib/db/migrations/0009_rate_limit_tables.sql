-- IF NOT EXISTS: before this migration rate-limiter-flexible created these tables itself on first use.
CREATE TABLE IF NOT EXISTS "callback_source_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "sign_in_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
