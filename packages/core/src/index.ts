/**
 * @qspace/core — the kernel every Q-Space module and app builds on. This file is the package's
 * whole public surface; everything not exported here is internal.
 */
export { type Clock, ManualClock, systemClock } from './clock.js';
export { coreEnv } from './config/core-env.js';
export { loadDotEnv } from './config/dotenv.js';
export {
  boolean,
  ConfigError,
  defaultOf,
  defineEnv,
  type EnvProblem,
  type EnvSpec,
  type EnvValues,
  type EnvVar,
  envTable,
  list,
  parseEnv,
  port,
  positiveInt,
  url,
} from './config/env.js';
export {
  type Database,
  type Executor,
  type OpenDatabaseOptions,
  openDatabase,
  queryRows,
} from './db/database.js';
export { DirLockErrors } from './db/dir-lock.js';
export type { SqlClient } from './db/sql-client.js';
export {
  AppError,
  CoreErrors,
  defineErrors,
  type ErrorDefinition,
  type ErrorFactory,
  isAppError,
} from './errors.js';
export { type InternalEvent, listEvents, publishEvent } from './events/outbox.js';
export { events } from './events/schema.js';
export { idTimestamp, isId, newId } from './ids.js';
export { type BackoffOptions, backoffDelay, defaultBackoff } from './jobs/backoff.js';
export { countJobs, type EnqueueOptions, enqueue, getJob, retryDeadJob } from './jobs/queue.js';
export { JOB_STATUSES, type JobRow, type JobStatus, jobs } from './jobs/schema.js';
export {
  type Job,
  type JobHandler,
  type JobRunContext,
  JobWorker,
  type WorkerOptions,
} from './jobs/worker.js';
export { createLogger, type Logger, type LoggerConfig, silentLogger } from './logger.js';
export { coreMigrations } from './migrations/core-source.js';
export { countAppliedMigrations, type MigrationReport, runMigrations } from './migrations/runner.js';
export {
  type Migration,
  MigrationErrors,
  type MigrationSource,
  orderSources,
  readMigrations,
} from './migrations/source.js';
export {
  add,
  allocate,
  compare,
  format as formatMoney,
  fromDecimal,
  isZero,
  type Money,
  MoneyErrors,
  minorUnitExponent,
  money,
  multiply,
  percentOf,
  subtract,
  toDecimal,
} from './money.js';
export {
  type Actor,
  APP_ROLES,
  type AppRole,
  roleAtLeast,
  systemContext,
  type TenantContext,
} from './tenancy/context.js';
export { APP_ROLE, APP_SETTING, listTenantTables, POLICY_NAME } from './tenancy/rls.js';
