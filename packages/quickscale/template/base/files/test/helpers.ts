/**
 * One harness for the project's tests: the real server on a throwaway embedded database and a
 * free port, with a small browser-like client that keeps cookies between requests.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { silentLogger } from '@qspace/core';
import pg from 'pg';
import { loadConfig } from '../src/kernel/config.js';
import { type Running, startServer } from '../src/server.js';

export interface TestServer extends Running {
  client(): Client;
}

/** A port nobody listens on right now (so PUBLIC_URL, used in mailed links, can name it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A database of its own on the PostgreSQL server TEST_DATABASE_URL names (created now, dropped by
 * `stop()`), so `TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm test` runs every
 * suite on PostgreSQL; without it, an in-memory PGlite.
 */
async function throwawayDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) return null;
  const name = `test_${randomBytes(6).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export async function testServer(env: Record<string, string> = {}): Promise<TestServer> {
  const port = await freePort();
  const database = await throwawayDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    QSPACE_DATA_DIR: 'memory://',
    ...(database ? { DATABASE_URL: database.url } : {}),
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...env,
  });
  const running = await startServer({ config, logger: silentLogger() });
  const stop = async () => {
    await running.stop();
    await database?.drop();
  };
  return { ...running, stop, client: () => new Client(running.url) };
}

/** fetch with a cookie jar, manual redirects and form helpers. */
export class Client {
  readonly #cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.#cookies.size > 0)
      headers.set('cookie', [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    if (!headers.has('origin')) headers.set('origin', this.base);
    const res = await fetch(new URL(path, this.base), { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      if (!name) continue;
      const value = rest.join('=');
      if (value === '' || /max-age=0/i.test(line)) this.#cookies.delete(name.trim());
      else this.#cookies.set(name.trim(), value);
    }
    return res;
  }

  get(path: string): Promise<Response> {
    return this.request(path);
  }

  json(path: string, body: unknown, method = 'POST'): Promise<Response> {
    return this.request(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  form(path: string, fields: Record<string, string>): Promise<Response> {
    return this.request(path, { method: 'POST', body: new URLSearchParams(fields) });
  }
}
