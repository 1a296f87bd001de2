/**
 * One helper for server tests: a running server (real HTTP on an ephemeral port) over a fresh,
 * migrated, isolated database — PGlite by default, the PostgreSQL server when TEST_DATABASE_URL is set.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type JobHandler, type Logger, silentLogger } from '@qspace/core';
import { createTestDatabase, waitFor } from '@qspace/core/testing';
import {
  loadServerConfig,
  migrations,
  type Runtime,
  type RuntimeOptions,
  type ServerConfig,
  startRuntime,
} from '../src/index.js';

export interface TestServer extends Runtime {
  request(path: string, init?: RequestInit): Promise<Response>;
}

export async function startTestServer(
  options: {
    config?: Partial<ServerConfig>;
    extend?: RuntimeOptions['extend'];
    jobHandlers?: Record<string, JobHandler>;
    seedDemo?: boolean;
    /** Default: silent. */
    logger?: Logger;
  } = {},
): Promise<TestServer> {
  const database = await createTestDatabase({ migrations });
  const config = {
    ...loadServerConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      AUTH_SECRET: 'test-secret-test-secret-test-secret-0123',
      // Each test server stores uploads in its own throwaway folder.
      MEDIA_DIR: mkdtempSync(join(tmpdir(), 'qspace-media-')),
    }),
    PORT: 0,
    ...options.config,
  } as ServerConfig;
  const runtime = await startRuntime({
    config,
    logger: options.logger ?? silentLogger(),
    database,
    migrations,
    extend: options.extend,
    jobHandlers: options.jobHandlers,
    seedDemo: options.seedDemo,
  });
  return Object.assign(runtime, {
    request: (path: string, init?: RequestInit) => fetch(`${runtime.url}${path}`, init),
  });
}

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const mainScript = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/** Starts `main.ts` as a real process (what `npm start` runs). */
export function spawnServer(env: Record<string, string>): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', mainScript], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      AUTH_SECRET: 'process-test-secret-process-test-secret-01',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  return Object.assign(child, { output: () => output });
}

export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** A TCP port that is free right now (the OS picks it; no guessing that could collide). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls a URL until it answers 200 (or the process dies, or time runs out). */
export async function waitReady(
  url: string,
  child?: ChildProcess & { output?: () => string },
  timeoutMs = 30_000,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`server process exited (code ${child.exitCode}):\n${child.output?.() ?? ''}`);
    }
    try {
      const res = await fetch(url);
      if (res.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} not ready within ${timeoutMs} ms`);
}

export { waitFor };

/** Signs a new account up, verifies it through the link in the dev mailbox, signs in; returns the cookie. */
export async function signedInUser(
  s: TestServer,
  email: string,
  password = 'a long enough pass phrase',
): Promise<string> {
  const post = (path: string, body: unknown) =>
    s.request(`/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: s.url },
      body: JSON.stringify(body),
    });
  const signUp = await post('/sign-up/email', { email, password, name: email.split('@')[0] });
  if (signUp.status !== 200) throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);
  const mail = await waitFor(async () => {
    const list = (await (await s.request(`/api/dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as {
      messages: Array<{ template: string; links: string[] }>;
    };
    return list.messages.find((m) => m.template === 'verify_email');
  });
  const link = new URL(mail.links[0] as string);
  await fetch(`${s.url}${link.pathname}${link.search}`, { redirect: 'manual' });
  const signIn = await post('/sign-in/email', { email, password });
  if (signIn.status !== 200) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
  return signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** JSON request helper bound to a cookie. */
export function as(s: TestServer, cookie: string) {
  return async (method: string, path: string, body?: unknown) => {
    const res = await s.request(path, {
      method,
      headers: {
        cookie,
        origin: s.url,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: text
        ? (JSON.parse(text) as Record<string, unknown> & { error?: { code: string; message: string } })
        : null,
    };
  };
}
