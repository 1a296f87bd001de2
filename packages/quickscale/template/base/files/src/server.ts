/**
 * Starting and stopping the whole server: database (and migrations), the parts' set-up, HTTP, the
 * durable jobs worker. `main.ts` calls it with the environment's configuration; tests call it with
 * a throwaway embedded database and port 0.
 *
 * Shutdown order: stop accepting and drain HTTP, stop the worker (finish or release its jobs), run
 * the parts' clean-ups, close the database.
 */
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { coreMigrations, type Database, JobWorker, type Logger, openDatabase } from '@qspace/core';
import { Hono } from 'hono';
import { type Config, parts } from './composition.js';
import type { PartContext, Services } from './kernel/part.js';

export interface StartOptions {
  config: Config;
  logger: Logger;
  /** Use this database instead of opening the configured one. */
  database?: Database;
  /** Listen here instead of PORT (0 = any free port). */
  port?: number;
}

export interface Running {
  app: Hono;
  database: Database;
  services: Services;
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<Running> {
  const { config, logger } = options;
  const migrations = [coreMigrations, ...parts.flatMap((p) => p.migrations ?? [])];
  const database =
    options.database ??
    (await openDatabase({
      url: config.DATABASE_URL,
      dataDir: config.QSPACE_DATA_DIR,
      poolSize: config.DATABASE_POOL_SIZE,
      migrations,
      logger,
    }));
  const cleanups: Array<() => Promise<void> | void> = [];
  const ctx: PartContext = {
    config,
    database,
    logger,
    services: {} as Services,
    jobs: {},
    onStop: (fn) => cleanups.push(fn),
  };
  for (const part of parts) await part.setup?.(ctx);

  const app = new Hono();
  for (const part of parts) part.routes?.(app, ctx);

  const worker = new JobWorker({ database, handlers: ctx.jobs, logger: logger.child({ component: 'jobs' }) });
  await worker.start();

  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? config.PORT, hostname: config.HOST }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
  logger.info({ url, parts: parts.map((p) => p.name) }, 'server listening');

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await worker.stop();
      for (const fn of cleanups.reverse()) await fn();
      if (!options.database) await database.close();
    })();
    return stopping;
  };
  return { app, database, services: ctx.services, url, port, stop };
}
