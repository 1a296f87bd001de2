import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitOf, freePort, spawnServer, waitReady } from './harness.js';

describe('the server process (npm start)', () => {
  it('refuses to start with a bad PORT and names the variable and the fix', async () => {
    const child = spawnServer({ PORT: 'abc', JOBS_CONCURRENCY: '0' });
    const { code } = await exitOf(child);
    expect(code).toBe(1);
    const out = child.output();
    expect(out).toContain('PORT = "abc": must be a whole number between 1 and 65535');
    expect(out).toContain('JOBS_CONCURRENCY = "0"');
    expect(out).toMatch(/Fix: Set PORT to a whole number/);
  });

  it('refuses to start in production without AUTH_SECRET', async () => {
    const child = spawnServer({ AUTH_SECRET: '' });
    expect((await exitOf(child)).code).toBe(1);
    expect(child.output()).toContain('AUTH_SECRET = (not set): is required in production');
  });

  it('starts on the embedded database, stops on SIGTERM, and starts again on the same data', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'qspace-proc-')), 'data');
    const env = { PORT: '0', QSPACE_DATA_DIR: dataDir };
    const port = String(await freePort());
    const first = spawnServer({ ...env, PORT: port });
    await waitReady(`http://127.0.0.1:${port}/readyz`, first);
    expect(first.output()).toContain('database migrations applied');
    first.kill('SIGTERM');
    expect(await exitOf(first)).toEqual({ code: 0, signal: null });
    expect(first.output()).toContain('shutdown complete');

    const second = spawnServer({ ...env, PORT: port });
    await waitReady(`http://127.0.0.1:${port}/readyz`, second);
    // Same data folder: nothing left to migrate.
    expect(second.output()).not.toContain('database migrations applied');
    second.kill('SIGINT');
    expect((await exitOf(second)).code).toBe(0);
  }, 90_000);
});
