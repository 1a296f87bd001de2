/**
 * One harness for the project's tests: the real server on a throwaway embedded database and a
 * free port, with a small browser-like client that keeps cookies between requests.
 */
import { createServer } from 'node:net';
import { silentLogger } from '@qspace/core';
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

export async function testServer(env: Record<string, string> = {}): Promise<TestServer> {
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    QSPACE_DATA_DIR: 'memory://',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...env,
  });
  const running = await startServer({ config, logger: silentLogger() });
  return { ...running, client: () => new Client(running.url) };
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
