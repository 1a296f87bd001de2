/**
 * One helper for server tests: a running server (real HTTP on an ephemeral port) over a fresh,
 * migrated, isolated database — PGlite by default, the PostgreSQL server when TEST_DATABASE_URL is set.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type JobHandler, silentLogger } from '@qspace/core';
import { createTestDatabase } from '@qspace/core/testing';
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
  } = {},
): Promise<TestServer> {
  const database = await createTestDatabase({ migrations });
  const config = {
    ...loadServerConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      AUTH_SECRET: 'test-secret-test-secret-test-secret-0123',
    }),
    PORT: 0,
    ...options.config,
  } as ServerConfig;
  const runtime = await startRuntime({
    config,
    logger: silentLogger(),
    database,
    migrations,
    extend: options.extend,
    jobHandlers: options.jobHandlers,
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

/** Polls a URL until it answers 200 (or the process dies, or time runs out). */
export async function waitReady(url: string, child?: ChildProcess, timeoutMs = 30_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child && (child.exitCode !== null || child.signalCode !== null))
      throw new Error('server process exited');
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

/** Polls `check` until it returns a truthy value. */
export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
