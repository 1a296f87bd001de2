/** @qspace/content — pages, versions, posts, media, forms and site settings, scoped by App. */
export { contentMigrations } from './migrations.js';
export {
  type MediaVariant,
  media,
  mediaUsage,
  pages,
  pageVersions,
  POST_STATUSES,
  type PostStatus,
  posts,
  type SeoColumn,
  sites,
  submissions,
  type ThemeSettings,
} from './schema.js';
// pages & versions & sites (services/pages.ts, services/sites.ts)
// posts (services/posts.ts)
// media (services/media.ts, infrastructure/storage*.ts)
// forms & inbox (services/submissions.ts)
