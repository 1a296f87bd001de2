/**
 * One cell of the matrix: `quickscale create` a project outside the repository (with `npm install`),
 * then, in that project, exactly what its README says — `npm run typecheck`, `npm test` (again on
 * the PostgreSQL server TEST_DATABASE_URL names, when set), `npm run dev` — and the main page in
 * Chromium. Each step's output is kept and shown on failure.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { BIN } from '../helpers.js';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => Boolean(p && existsSync(p)),
);

export const SCREENSHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));

export interface Cell {
  theme: string;
  frontend: 'htmx' | 'react';
  modules?: string[];
  variant?: string;
  /** What the main page must show once it works (checked in Chromium). */
  main: (page: Page) => Promise<void>;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: cleanEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(
            new Error(`${command} ${args.join(' ')} in ${cwd} failed (${code}):\n${output.slice(-6000)}`),
          ),
    );
  });
}

/** The environment of a person's shell: none of this repository's npm or test settings leak in. */
function cleanEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const key of Object.keys(env))
    if (key.startsWith('npm_') || key.startsWith('VITEST') || key === 'NODE_OPTIONS' || key === 'TEST')
      delete env[key];
  delete env.FORCE_COLOR;
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL; // given explicitly to the PostgreSQL pass only
  Object.assign(env, { NODE_ENV: undefined, npm_config_update_notifier: 'false', ...extra });
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv;
}

/** vitest's "Tests  N passed (N)" line, colours stripped; null when tests failed or were skipped. */
function testSummary(output: string): { passed: number; total: number } | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes, stripped
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const m = /Tests\s+(\d+) passed \((\d+)\)/.exec(plain);
  return m ? { passed: Number(m[1]), total: Number(m[2]) } : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<unknown> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited (${child.exitCode}):\n${log().slice(-4000)}`);
    try {
      const res = await fetch(url);
      if (res.ok) return await res.json();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no answer from ${url} within 120 s:\n${log().slice(-4000)}`);
}

export async function launchBrowser(): Promise<Browser | null> {
  if (!CHROMIUM) {
    console.warn(
      '[matrix] No Chromium (CHROMIUM_PATH or /usr/bin/chromium): the browser checks are skipped.',
    );
    return null;
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Runs one cell end to end; returns the seconds each step took. */
export async function runCell(cell: Cell, browser: Browser | null): Promise<Record<string, number>> {
  const parent = mkdtempSync(join(tmpdir(), `quickscale-matrix-${cell.theme}-${cell.frontend}-`));
  const name = `${cell.theme}-${cell.frontend}`;
  const dir = join(parent, name);
  const times: Record<string, number> = {};
  const timed = async <T>(step: string, fn: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await fn();
    } finally {
      times[step] = Math.round((Date.now() - started) / 100) / 10;
    }
  };
  let server: ChildProcess | undefined;
  try {
    await timed('create', () =>
      run(
        process.execPath,
        [
          BIN,
          'create',
          name,
          '--theme',
          cell.theme,
          '--frontend',
          cell.frontend,
          ...(cell.variant ? ['--variant', cell.variant] : []),
          ...(cell.modules?.length ? ['--modules', cell.modules.join(',')] : []),
          '--yes',
          '--no-git',
        ],
        parent,
        // The registry's packages come from npm's cache when they are there (as on a developer's machine).
        { npm_config_prefer_offline: 'true' },
      ),
    );
    await timed('typecheck', () => run('npm', ['run', 'typecheck'], dir));
    const tests = await timed('test', () => run('npm', ['test'], dir));
    // Every one of the project's own tests ran and passed (none skipped).
    const summary = testSummary(tests);
    expect(summary, tests.slice(-3000)).not.toBeNull();
    expect(summary?.passed).toBe(summary?.total);
    // And on the PostgreSQL server, when one is named (CI does): each suite makes its own database.
    // Once per theme — its htmx cell: the server and its tests are the same under both frontends.
    const pgUrl = cell.frontend === 'htmx' ? process.env.TEST_DATABASE_URL : undefined;
    if (pgUrl) {
      const onPg = await timed('test-postgresql', () =>
        run('npm', ['test'], dir, { TEST_DATABASE_URL: pgUrl }),
      );
      expect(testSummary(onPg)?.passed, onPg.slice(-3000)).toBe(summary?.total);
    }

    const port = await freePort();
    let log = '';
    server = spawn('npm', ['run', 'dev'], {
      cwd: dir,
      env: cleanEnv({ PORT: String(port), HOST: '127.0.0.1' }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    server.stdout?.on('data', (d: Buffer) => {
      log += d.toString();
    });
    server.stderr?.on('data', (d: Buffer) => {
      log += d.toString();
    });
    const base = `http://127.0.0.1:${port}`;
    const health = await timed('boot', () =>
      waitForHealth(`${base}/healthz`, server as ChildProcess, () => log),
    );
    expect(health).toMatchObject({ status: 'ok' });

    if (browser) {
      await timed('browser', async () => {
        const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 860 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => {
          // Failed loads are reported below with their address.
          if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
        });
        page.on('response', (r) => {
          if (r.status() >= 400) errors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
        });
        const res = await page.goto('/');
        expect(res?.status()).toBe(200);
        await cell.main(page);
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, `matrix-${name}.png`), fullPage: true });
        await page.setViewportSize({ width: 390, height: 844 });
        await page.screenshot({ path: join(SCREENSHOTS, `matrix-${name}-phone.png`), fullPage: true });
        expect(errors).toEqual([]);
        await context.close();
      });
    }
    return times;
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    if (!process.env.QUICKSCALE_MATRIX_KEEP) rmSync(parent, { recursive: true, force: true });
  }
}
