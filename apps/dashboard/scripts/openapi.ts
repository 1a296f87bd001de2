/**
 * The dashboard's API types come from the server's route definitions, not from a running server:
 * the server's app factory is built with inert dependencies (no database, no port — route
 * registration touches none of them) and asked for its OpenAPI 3.1 document, which
 * openapi-typescript turns into `src/api/schema.d.ts`. The production configuration is used so the
 * document is the API production serves (no development mailbox).
 *
 * `npm run api:types -w apps/dashboard` writes the file; test/schema.test.ts fails when it is stale.
 */
import { createApp, loadServerConfig } from '@qspace/server';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';

export const SCHEMA_FILE = new URL('../src/api/schema.d.ts', import.meta.url);

const INERT = {} as never;

/** The server's OpenAPI document, exactly as /api/openapi.json serves it minus the `servers` list. */
export function serverDocument(): Record<string, unknown> {
  const config = loadServerConfig({
    NODE_ENV: 'production',
    AUTH_SECRET: 'api-types-api-types-api-types-api-types',
    PUBLIC_URL: 'https://qspace.invalid',
  });
  const app = createApp({
    config,
    database: INERT,
    logger: INERT,
    auth: INERT,
    authSecret: config.AUTH_SECRET ?? '',
    rateLimits: INERT,
    expectedMigrations: 0,
    workerRunning: null,
    sites: INERT,
    mediaStorage: INERT,
  });
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: { title: 'Q-Space API', version: '0.1.0' },
  }) as unknown as Record<string, unknown>;
}

const HEADER = `${COMMENT_HEADER}// Generated from the server's route definitions by \`npm run api:types -w apps/dashboard\`.\n\n`;

/** The TypeScript source of `src/api/schema.d.ts` for the server's current routes. */
export async function generateSchema(): Promise<string> {
  const ast = await openapiTS(serverDocument() as never);
  return HEADER + astToString(ast);
}
