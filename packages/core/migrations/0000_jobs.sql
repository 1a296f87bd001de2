CREATE TABLE "qspace_jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 10 NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"dedupe_key" text,
	"locked_by" text,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "qspace_jobs_due_idx" ON "qspace_jobs" USING btree ("run_at") WHERE "qspace_jobs"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "qspace_jobs_lease_idx" ON "qspace_jobs" USING btree ("lease_until") WHERE "qspace_jobs"."status" = 'running';--> statement-breakpoint
CREATE INDEX "qspace_jobs_status_idx" ON "qspace_jobs" USING btree ("status","name");--> statement-breakpoint
CREATE UNIQUE INDEX "qspace_jobs_dedupe_idx" ON "qspace_jobs" USING btree ("dedupe_key") WHERE "qspace_jobs"."status" IN ('pending', 'running');