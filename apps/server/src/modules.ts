/**
 * The composition root: which modules this server runs. Each module contributes its migrations and
 * its job handlers; order between modules comes from their `dependsOn`.
 */
import {
  analyticsMigrations,
  createGoalBackfillHandler,
  createRollupHandler,
  GOAL_BACKFILL_JOB,
  ROLLUP_JOB,
} from '@qspace/analytics';
import { authMigrations } from '@qspace/auth';
import {
  contentMigrations,
  createPostPublishHandler,
  createPublishPageHandler,
  POST_PUBLISH_JOB,
  PUBLISH_PAGE_JOB,
} from '@qspace/content';
import { coreMigrations, type Database, type JobHandler, type MigrationSource } from '@qspace/core';
import {
  createDeliveryHandler,
  DELIVERY_JOB,
  type MailTransport,
  notificationsMigrations,
} from '@qspace/notifications';

export const migrations: MigrationSource[] = [
  coreMigrations,
  notificationsMigrations,
  authMigrations,
  contentMigrations,
  analyticsMigrations,
];

export interface ModuleServices {
  mail: MailTransport;
  database: Database;
  /** Days raw analytics events are kept (ANALYTICS_RAW_RETENTION_DAYS). */
  analyticsRetentionDays: number;
}

export function jobHandlers(services: ModuleServices): Record<string, JobHandler> {
  return {
    [DELIVERY_JOB]: createDeliveryHandler(services.mail),
    [PUBLISH_PAGE_JOB]: createPublishPageHandler(),
    [POST_PUBLISH_JOB]: createPostPublishHandler(services.database),
    [ROLLUP_JOB]: createRollupHandler({ retentionDays: services.analyticsRetentionDays }),
    [GOAL_BACKFILL_JOB]: createGoalBackfillHandler({
      retentionDays: services.analyticsRetentionDays,
    }) as JobHandler,
  };
}
