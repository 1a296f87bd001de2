/** Every environment variable the server reads: the kernel's plus its own. */

import { analyticsEnv } from '@qspace/analytics';
import { authEnv } from '@qspace/auth';
import { mediaEnv } from '@qspace/content';
import {
  boolean,
  coreEnv,
  defineEnv,
  type EnvValues,
  list,
  parseEnv,
  port,
  positiveInt,
  url,
} from '@qspace/core';
import { notificationsEnv } from '@qspace/notifications';
import { z } from 'zod';

export const serverEnv = defineEnv({
  ...coreEnv,
  ...notificationsEnv,
  ...authEnv,
  ...mediaEnv,
  ...analyticsEnv,
  PORT: {
    schema: port(3000),
    description: 'TCP port the server listens on.',
    hint: 'Set PORT to a whole number between 1 and 65535 (e.g. 3000) that no other program uses.',
  },
  HOST: {
    schema: z.string().min(1).default('0.0.0.0'),
    description: 'Interface to listen on (`127.0.0.1` to accept local connections only).',
    hint: 'Use an IP address such as 0.0.0.0 or 127.0.0.1.',
  },
  PUBLIC_URL: {
    schema: url(['http', 'https']).default('http://localhost:3000'),
    description: 'The address people use to reach this server; used in links and emails.',
    hint: 'Use the full origin, e.g. https://qspace.example.co.ke.',
  },
  CORS_ORIGINS: {
    schema: list(),
    description:
      'Comma-separated origins allowed to call the API from a browser (e.g. a separately hosted dashboard). Empty = same origin only.',
    hint: 'List full origins separated by commas: https://app.example.com,https://admin.example.com.',
  },
  BODY_LIMIT_BYTES: {
    schema: positiveInt(1_048_576, 1_073_741_824),
    description: 'Largest request body accepted by the API, in bytes; larger bodies get 413.',
    hint: 'A whole number of bytes, e.g. 1048576 for 1 MiB.',
  },
  SHUTDOWN_TIMEOUT_MS: {
    schema: positiveInt(10_000, 600_000),
    description: 'On SIGTERM/SIGINT, how long to let in-flight requests and jobs finish before closing.',
    hint: 'A whole number of milliseconds, e.g. 10000.',
  },
  REDIS_URL: {
    schema: url(['redis', 'rediss']).optional(),
    description: 'Redis for state shared by several server instances (rate limits). Unset = in-process.',
    hint: 'Use a URL like redis://127.0.0.1:6379 or rediss://user:password@host:6380.',
    example: 'redis://127.0.0.1:6379',
    secret: true,
  },
  TRUST_PROXY: {
    schema: boolean(false),
    description: 'Take the client IP from X-Forwarded-For (only behind a proxy you control).',
    hint: 'true behind a load balancer that sets X-Forwarded-For; false when clients connect directly.',
  },
  RATE_LIMIT_SIGNIN_PER_IP: {
    schema: positiveInt(30, 10_000),
    description: 'Sign-in attempts allowed per client IP per minute.',
    hint: 'A whole number, e.g. 30.',
  },
  RATE_LIMIT_SIGNIN_FAILURES: {
    schema: positiveInt(5, 100),
    description:
      'Wrong passwords per account within a minute before the account is locked (1 min, doubling).',
    hint: 'A whole number, e.g. 5.',
  },
  RATE_LIMIT_SIGNUP_PER_IP: {
    schema: positiveInt(10, 10_000),
    description: 'Sign-ups allowed per client IP per hour.',
    hint: 'A whole number, e.g. 10.',
  },
  RATE_LIMIT_RESET_PER_IP: {
    schema: positiveInt(5, 10_000),
    description: 'Password-reset requests allowed per client IP per hour.',
    hint: 'A whole number, e.g. 5.',
  },
  SITES_DOMAIN: {
    schema: z
      .string()
      .regex(/^[a-z0-9.-]+$/, 'a bare domain name')
      .default('localhost'),
    description:
      'Public sites answer at `<app-slug>.<SITES_DOMAIN>` (and at `/s/<app-slug>/` on any host). Point a wildcard DNS record here in production.',
    hint: 'A bare domain like sites.example.co.ke (no scheme, no port).',
  },
  SITE_CACHE_CHECK_MS: {
    schema: positiveInt(1_000, 60_000),
    description:
      'How long a server trusts its cached copy of a site before re-reading the site version (publishes also notify every server at once).',
    hint: 'A whole number of milliseconds, e.g. 1000.',
  },
  RATE_LIMIT_FORMS_PER_IP: {
    schema: positiveInt(10, 10_000),
    description: 'Contact-form submissions allowed per client IP per 10 minutes, per site.',
    hint: 'A whole number, e.g. 10.',
  },
  RATE_LIMIT_EVENTS_PER_IP: {
    schema: positiveInt(600, 1_000_000),
    description: 'Analytics events accepted per client IP per minute (a flood beyond it gets 429).',
    hint: 'A whole number, e.g. 600.',
  },
  DEMO_SEED: {
    schema: boolean(true),
    description:
      'On a fresh database outside production, create a demo account and a demo App (credentials in the log).',
    hint: 'true or false.',
  },
  JOBS_ENABLED: {
    schema: boolean(true),
    description: 'Run the background jobs worker in this process.',
    hint: 'true or false. Turn it off on web-only replicas when dedicated workers run elsewhere.',
  },
  JOBS_CONCURRENCY: {
    schema: positiveInt(2, 100),
    description: 'Background jobs run at the same time by this process.',
    hint: 'A whole number between 1 and 100.',
  },
  JOBS_POLL_INTERVAL_MS: {
    schema: positiveInt(1_000, 60_000),
    description: 'How often the worker looks for due jobs when idle.',
    hint: 'A whole number of milliseconds between 1 and 60000.',
  },
});

export type ServerConfig = EnvValues<typeof serverEnv>;

/** Validates the environment; throws one ConfigError listing every bad variable. */
export function loadServerConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  return parseEnv(serverEnv, env);
}
