/**
 * Content tables. Every row carries `app_id` (row-level security is applied to each by the
 * migrations runner) and references apps(id) with ON DELETE CASCADE, so deleting an App removes
 * its whole site.
 */
import { apps } from '@qspace/auth';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const appId = () =>
  uuid('app_id')
    .notNull()
    .references(() => apps.id, { onDelete: 'cascade' });

export interface ThemeSettings {
  primary: string | null;
  accent: string | null;
  headingFont: string | null;
  bodyFont: string | null;
  logo: string; // image source or ''
  favicon: string; // image source or ''
}

export interface SeoColumn {
  title: string;
  description: string;
  image: string;
  noindex: boolean;
}

/** One row per App: which starter it came from, its design system, theme and publish counter. */
export const sites = pgTable(
  'content_sites',
  {
    appId: uuid('app_id')
      .primaryKey()
      .references(() => apps.id, { onDelete: 'cascade' }),
    starterId: text('starter_id').notNull(),
    category: text('category').notNull(),
    designSystem: text('design_system').notNull(),
    tagline: text('tagline').notNull().default(''),
    theme: jsonb('theme').$type<ThemeSettings>().notNull(),
    timezone: text('timezone').notNull().default('Africa/Nairobi'),
    /** A custom domain answered by Host (verification comes later); unique across Apps. */
    customDomain: text('custom_domain'),
    /** Bumped on every publish/unpublish/theme change: part of the public page cache key. */
    siteVersion: integer('site_version').notNull().default(1),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('content_sites_domain_idx').on(t.customDomain).where(sql`${t.customDomain} is not null`),
  ],
);

export const pages = pgTable(
  'content_pages',
  {
    id: uuid('id').primaryKey(),
    appId: appId(),
    slug: text('slug').notNull(), // '' = home
    title: text('title').notNull(),
    position: integer('position').notNull().default(0),
    isHome: boolean('is_home').notNull().default(false),
    inNav: boolean('in_nav').notNull().default(true),
    seo: jsonb('seo').$type<SeoColumn>().notNull(),
    /** Latest saved version (the draft). */
    draftVersionId: uuid('draft_version_id'),
    /** The version the public site shows; null = not published. */
    publishedVersionId: uuid('published_version_id'),
    publishedAt: tz('published_at'),
    scheduledVersionId: uuid('scheduled_version_id'),
    scheduledAt: tz('scheduled_at'),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('content_pages_slug_idx').on(t.appId, t.slug),
    uniqueIndex('content_pages_home_idx').on(t.appId).where(sql`${t.isHome}`),
  ],
);

/** Every save of a page: its sections, title and SEO at that moment. Never updated. */
export const pageVersions = pgTable(
  'content_page_versions',
  {
    id: uuid('id').primaryKey(),
    appId: appId(),
    pageId: uuid('page_id')
      .notNull()
      .references(() => pages.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    seo: jsonb('seo').$type<SeoColumn>().notNull(),
    sections: jsonb('sections')
      .$type<{ id: string; type: string; props: Record<string, unknown> }[]>()
      .notNull(),
    authorId: uuid('author_id'),
    authorName: text('author_name').notNull().default(''),
    message: text('message').notNull().default(''),
    restoredFrom: uuid('restored_from'),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('content_page_versions_number_idx').on(t.pageId, t.number)],
);

export const POST_STATUSES = ['draft', 'published', 'scheduled'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const posts = pgTable(
  'content_posts',
  {
    id: uuid('id').primaryKey(),
    appId: appId(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    excerpt: text('excerpt').notNull().default(''),
    cover: jsonb('cover').$type<{ src: string; alt: string }>().notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    authorId: uuid('author_id'),
    authorName: text('author_name').notNull().default(''),
    /** Rich text as structured JSON (site-kit richtext schema), validated on write. */
    body: jsonb('body').notNull(),
    status: text('status', { enum: POST_STATUSES }).notNull().default('draft'),
    publishedAt: tz('published_at'),
    scheduledAt: tz('scheduled_at'),
    seo: jsonb('seo').$type<SeoColumn>().notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('content_posts_slug_idx').on(t.appId, t.slug),
    index('content_posts_published_idx').on(t.appId, t.publishedAt),
  ],
);

export interface MediaVariant {
  width: number;
  height: number;
  format: 'webp' | 'avif' | 'jpeg' | 'png';
  key: string;
  size: number;
}

export const media = pgTable(
  'content_media',
  {
    id: uuid('id').primaryKey(),
    appId: appId(),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    width: integer('width'),
    height: integer('height'),
    alt: text('alt').notNull().default(''),
    /** Key of the stored original in the storage backend. */
    storageKey: text('storage_key').notNull(),
    variants: jsonb('variants').$type<MediaVariant[]>().notNull().default([]),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [index('content_media_app_time_idx').on(t.appId, t.createdAt)],
);

/** Which pages and posts reference which asset (rebuilt on every save), so deleting can warn. */
export const mediaUsage = pgTable(
  'content_media_usage',
  {
    appId: appId(),
    mediaId: uuid('media_id').notNull(),
    ownerType: text('owner_type', { enum: ['page', 'post', 'site'] }).notNull(),
    ownerId: uuid('owner_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.mediaId, t.ownerType, t.ownerId] }),
    index('content_media_usage_owner_idx').on(t.appId, t.ownerType, t.ownerId),
  ],
);

export const submissions = pgTable(
  'content_submissions',
  {
    id: uuid('id').primaryKey(),
    appId: appId(),
    pageId: uuid('page_id'),
    sectionId: text('section_id').notNull(),
    formName: text('form_name').notNull().default(''),
    /** Field label → value, as the visitor sent them (strings only, size-limited). */
    fields: jsonb('fields').$type<Record<string, string>>().notNull(),
    name: text('name').notNull().default(''),
    email: text('email').notNull().default(''),
    /** Page path, referrer and user agent; never the raw IP. */
    meta: jsonb('meta').$type<Record<string, string>>().notNull().default({}),
    readAt: tz('read_at'),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [index('content_submissions_app_time_idx').on(t.appId, t.createdAt)],
);
