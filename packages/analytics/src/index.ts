/** @qspace/analytics — cookieless tracking, ingest, sessions, rollups, goals, funnels and insights, scoped by App. */

export { toCsv } from './domain/csv.js';
export {
  absurdClientTime,
  DOWNLOAD,
  EVENT_LIMITS,
  EventBody,
  FORM_SUBMITTED,
  formEventId,
  OUTBOUND,
  PAGEVIEW,
} from './domain/event-input.js';
export {
  FunnelInput,
  FunnelStep,
  GOAL_KINDS,
  GoalInput,
  type GoalKind,
  MAX_FUNNEL_STEPS,
  MAX_FUNNELS,
  MAX_GOALS,
  pathMatches,
} from './domain/goals.js';
export { type Insight, poissonZ } from './domain/insights.js';
export { MAX_CUSTOM_DAYS, PERIODS, type PeriodName, resolvePeriod } from './domain/periods.js';
export { SESSION_GAP_MS } from './domain/sessions.js';
export {
  type Attribution,
  attribute,
  CHANNELS,
  type Channel,
  KNOWN_SOURCES,
  knownSourceOfHost,
  referrerHost,
  utmOf,
} from './domain/sources.js';
export {
  DEVICE_TYPES,
  isBotAgent,
  parseUserAgent,
  SCREEN_CLASSES,
  screenClass,
  type UserAgentInfo,
} from './domain/user-agent.js';
export { isTimeZone, localDate, visitorId } from './domain/visitor.js';
export { analyticsEnv } from './env.js';
export { AnalyticsErrors } from './errors.js';
export { analyticsMigrations } from './migrations.js';
export { events, funnels, goals, rollupState, rollups, salts, sessions, settings } from './schema.js';
export { PIXEL_GIF, TRACKER_SOURCE, type TrackerAsset, trackerAsset } from './script/tracker.js';
export { ALL_DIMS, type Dim, type Filters } from './services/aggregate.js';
export { breakdownCsv, funnelsCsv, goalsCsv, seriesCsv } from './services/export.js';
export {
  createFunnel,
  deleteFunnel,
  type FunnelReport,
  type FunnelStepStats,
  type FunnelView,
  funnelsReport,
  listFunnels,
  updateFunnel,
} from './services/funnels.js';
export {
  createGoal,
  deleteGoal,
  type GoalStats,
  type GoalView,
  goalsReport,
  listGoals,
  updateGoal,
} from './services/goals.js';
export {
  type AppResolver,
  DROP_REASONS,
  type DropReason,
  type IngestOptions,
  IngestPipeline,
  type IngestRequest,
  type IngestResult,
  type IngestStats,
} from './services/ingest.js';
export { insights } from './services/insights.js';
export {
  BREAKDOWNS,
  type BreakdownDim,
  type BreakdownRow,
  breakdown,
  type Metric,
  type Overview,
  overview,
  type PeriodView,
  type ReportQuery,
  realtime,
  type SeriesPoint,
  timeseries,
} from './services/reports.js';
export {
  backfillGoal,
  createGoalBackfillHandler,
  createRollupHandler,
  FORM_SUBMITTED_EVENT,
  GOAL_BACKFILL_JOB,
  ROLLUP_JOB,
  type RollupOptions,
  type RollupReport,
  runRollup,
  scheduleRollup,
} from './services/rollup.js';
export {
  type AnalyticsSettings,
  DEFAULT_TIMEZONE,
  getSettings,
  updateSettings,
} from './services/settings.js';
export {
  disableShare,
  enableShare,
  getShare,
  SHARE_ACCESS_HOURS,
  type ShareView,
  shareContext,
  unlockShare,
} from './services/share.js';
export { type Sparkline, sparklines } from './services/sparklines.js';
