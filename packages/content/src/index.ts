/** @qspace/content — pages, versions, posts, media, forms and site settings, scoped by App. */

// pages & versions & sites (services/pages.ts, services/sites.ts)
export { diffVersions, type SectionChange, type VersionDiff } from './domain/diff.js';
// forms & inbox (services/submit-form.ts, services/inbox.ts)
export { FormErrors } from './domain/form-errors.js';
export {
  type FieldProblem,
  FORM_LIMITS,
  type FormField,
  formValuesFrom,
  HONEYPOT_FIELD,
  SECTION_FIELD,
} from './domain/forms.js';
// media (services/media.ts, infrastructure/storage*.ts)
export { MediaErrors } from './domain/media-errors.js';
export {
  ALLOWED_TYPES,
  DEFAULT_MAX_BYTES,
  MEDIA_URL_PREFIX,
  mediaUrl,
  mimeForKey,
  RESPONSIVE_WIDTHS,
} from './domain/media-rules.js';
export { PageErrors, SiteErrors } from './domain/page-errors.js';
export { RESERVED_PAGE_SLUGS } from './domain/page-rules.js';
// posts (services/posts.ts, services/post-publishing.ts)
export {
  isValidPostSlug,
  MAX_TAGS,
  normalizeTags,
  POST_SLUG_MAX,
  type PostAction,
  type PostCover,
  type PostCreate,
  type PostPatch,
  type PostSeo,
  slugify as slugifyPostTitle,
} from './domain/posts.js';
export { mediaEnv } from './env.js';
export { ContentErrors } from './errors.js';
export { assertSafeKey, isSafeKey, type MediaStorage, type StoredObject } from './infrastructure/storage.js';
export { DEFAULT_MEDIA_DIR, DiskStorage } from './infrastructure/storage-disk.js';
export { contentMigrations } from './migrations.js';
export {
  type MediaVariant,
  media,
  mediaUsage,
  POST_STATUSES,
  type PostStatus,
  pages,
  pageVersions,
  posts,
  type SeoColumn,
  sites,
  submissions,
  type ThemeSettings,
} from './schema.js';
export {
  deleteSubmission,
  exportSubmissionsCsv,
  getSubmission,
  type InboxFilter,
  type InboxPage,
  type InboxQuery,
  listSubmissions,
  MAX_BULK_IDS,
  markSubmissionsRead,
  markSubmissionsUnread,
  type SubmissionView,
} from './services/inbox.js';
export {
  deleteMedia,
  getMedia,
  listMedia,
  type MediaItem,
  type MediaLimits,
  type MediaPage,
  type MediaUse,
  mediaUsageOf,
  resolveMediaImages,
  type UploadInput,
  updateMediaAlt,
  uploadMedia,
} from './services/media.js';
export {
  type CreatePageInput,
  checkSections,
  compareVersions,
  createPage,
  deletePage,
  getPage,
  getVersion,
  listPages,
  listVersions,
  type PageDetail,
  type PageSettingsInput,
  type PageStatus,
  type PageSummary,
  reorderPages,
  restoreVersion,
  type SavePageInput,
  savePage,
  updatePageSettings,
  type VersionSummary,
} from './services/pages.js';
export {
  createPostPublishHandler,
  POST_PUBLISH_JOB,
  type PostPublishPayload,
  publishPost,
  schedulePost,
  unpublishPost,
} from './services/post-publishing.js';
export {
  createPost,
  deletePost,
  getPost,
  getPublishedPostBySlug,
  listPosts,
  listPublishedPosts,
  type PostDto,
  type PostList,
  type PostListFilter,
  type PostSummaryDto,
  updatePost,
} from './services/posts.js';
export {
  currentSiteVersion,
  findSiteByDomain,
  findSiteBySlug,
  type ImageResolver,
  loadDraftPage,
  loadSiteSnapshot,
  type PublishedPage,
  type PublishedPost,
  type SiteSnapshot,
  withDraftImages,
} from './services/public-site.js';
export {
  cancelSchedule,
  createPublishPageHandler,
  PUBLISH_PAGE_JOB,
  publishPage,
  schedulePublish,
  unpublishPage,
} from './services/publish.js';
export {
  renderEditorPreview,
  renderSitePath,
  robotsTxt,
  rssXml,
  type SiteLocation,
  type SiteResponse,
  sitemapXml,
} from './services/site-render.js';
export { SITE_CHANNEL } from './services/site-version.js';
export {
  applyStarter,
  EMPTY_THEME,
  getSite,
  type SiteView,
  setCustomDomain,
  ThemeInput,
  touchSite,
  updateTheme,
} from './services/sites.js';
export { starterSnapshot } from './services/starter-preview.js';
export {
  FORM_SUBMITTED_EVENT,
  type SubmitFormInput,
  type SubmitFormResult,
  submitForm,
} from './services/submit-form.js';
