CREATE TYPE "public"."currency" AS ENUM('CNY', 'USD');--> statement-breakpoint
CREATE TABLE "price_overrides" (
	"key" text NOT NULL,
	"currency" "currency" NOT NULL,
	"amount" double precision NOT NULL,
	"source" text NOT NULL,
	"as_of" date NOT NULL,
	"updated_by_email" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "price_overrides_key_currency_pk" PRIMARY KEY("key","currency")
);
