CREATE TABLE "content_media" (
	"id" uuid PRIMARY KEY NOT NULL,
	"app_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"mime" text NOT NULL,
	"size" bigint NOT NULL,
	"width" integer,
	"height" integer,
	"alt" text DEFAULT '' NOT NULL,
	"storage_key" text NOT NULL,
	"variants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_media_usage" (
	"app_id" uuid NOT NULL,
	"media_id" uuid NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" uuid NOT NULL,
	CONSTRAINT "content_media_usage_media_id_owner_type_owner_id_pk" PRIMARY KEY("media_id","owner_type","owner_id")
);
--> statement-breakpoint
CREATE TABLE "content_page_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"app_id" uuid NOT NULL,
	"page_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"seo" jsonb NOT NULL,
	"sections" jsonb NOT NULL,
	"author_id" uuid,
	"author_name" text DEFAULT '' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"restored_from" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_pages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"app_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"is_home" boolean DEFAULT false NOT NULL,
	"in_nav" boolean DEFAULT true NOT NULL,
	"seo" jsonb NOT NULL,
	"draft_version_id" uuid,
	"published_version_id" uuid,
	"published_at" timestamp with time zone,
	"scheduled_version_id" uuid,
	"scheduled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_posts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"app_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"excerpt" text DEFAULT '' NOT NULL,
	"cover" jsonb NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"author_id" uuid,
	"author_name" text DEFAULT '' NOT NULL,
	"body" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"scheduled_at" timestamp with time zone,
	"seo" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_sites" (
	"app_id" uuid PRIMARY KEY NOT NULL,
	"starter_id" text NOT NULL,
	"category" text NOT NULL,
	"design_system" text NOT NULL,
	"tagline" text DEFAULT '' NOT NULL,
	"theme" jsonb NOT NULL,
	"timezone" text DEFAULT 'Africa/Nairobi' NOT NULL,
	"custom_domain" text,
	"site_version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_submissions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"app_id" uuid NOT NULL,
	"page_id" uuid,
	"section_id" text NOT NULL,
	"form_name" text DEFAULT '' NOT NULL,
	"fields" jsonb NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"meta" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content_media" ADD CONSTRAINT "content_media_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_media_usage" ADD CONSTRAINT "content_media_usage_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_page_versions" ADD CONSTRAINT "content_page_versions_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_page_versions" ADD CONSTRAINT "content_page_versions_page_id_content_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."content_pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_pages" ADD CONSTRAINT "content_pages_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_posts" ADD CONSTRAINT "content_posts_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_sites" ADD CONSTRAINT "content_sites_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_submissions" ADD CONSTRAINT "content_submissions_app_id_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_media_app_time_idx" ON "content_media" USING btree ("app_id","created_at");--> statement-breakpoint
CREATE INDEX "content_media_usage_owner_idx" ON "content_media_usage" USING btree ("app_id","owner_type","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "content_page_versions_number_idx" ON "content_page_versions" USING btree ("page_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "content_pages_slug_idx" ON "content_pages" USING btree ("app_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "content_pages_home_idx" ON "content_pages" USING btree ("app_id") WHERE "content_pages"."is_home";--> statement-breakpoint
CREATE UNIQUE INDEX "content_posts_slug_idx" ON "content_posts" USING btree ("app_id","slug");--> statement-breakpoint
CREATE INDEX "content_posts_published_idx" ON "content_posts" USING btree ("app_id","published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "content_sites_domain_idx" ON "content_sites" USING btree ("custom_domain") WHERE "content_sites"."custom_domain" is not null;--> statement-breakpoint
CREATE INDEX "content_submissions_app_time_idx" ON "content_submissions" USING btree ("app_id","created_at");