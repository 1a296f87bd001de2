/**
 * The composition root: which modules this server runs. Each module contributes its migrations
 * (and, in later phases, its job handlers); order between modules comes from their `dependsOn`.
 */
import { coreMigrations, type JobHandler, type MigrationSource } from '@qspace/core';

export const migrations: MigrationSource[] = [coreMigrations];

export const jobHandlers: Record<string, JobHandler> = {};
