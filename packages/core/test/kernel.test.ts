import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AppError,
  backoffDelay,
  ConfigError,
  CoreErrors,
  coreEnv,
  defineEnv,
  defineErrors,
  envTable,
  idTimestamp,
  isId,
  loadDotEnv,
  ManualClock,
  newId,
  parseEnv,
  port,
  positiveInt,
  roleAtLeast,
} from '../src/index.js';

describe('configuration', () => {
  const spec = defineEnv({
    PORT: { schema: port(3000), description: 'port', hint: 'Set PORT to a free TCP port, e.g. 3000.' },
    WORKERS: { schema: positiveInt(2, 64), description: 'workers', hint: 'Use 1–64.' },
    MODE: { schema: z.enum(['a', 'b']).default('a'), description: 'mode', hint: 'a or b' },
  });

  it('applies defaults and converts types', () => {
    expect(parseEnv(spec, {})).toEqual({ PORT: 3000, WORKERS: 2, MODE: 'a' });
    expect(parseEnv(spec, { PORT: '8080', WORKERS: '' })).toEqual({ PORT: 8080, WORKERS: 2, MODE: 'a' });
  });

  it('reports every bad variable at once with its value, problem and fix', () => {
    let error: unknown;
    try {
      parseEnv(spec, { PORT: 'abc', WORKERS: '100', MODE: 'c' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.variable)).toEqual(['PORT', 'WORKERS', 'MODE']);
    const message = (error as Error).message;
    expect(message).toContain('PORT = "abc": must be a whole number between 1 and 65535');
    expect(message).toContain('Fix: Set PORT to a free TCP port');
    expect(message).toContain('WORKERS = "100": must be at most 64');
  });

  it('never prints secret values', () => {
    expect(() => parseEnv(coreEnv, { DATABASE_URL: 'mysql://root:hunter2@db/x' })).toThrow(
      /DATABASE_URL = "\[secret\]"/,
    );
    expect(() => parseEnv(coreEnv, { DATABASE_URL: 'mysql://root:hunter2@db/x' })).not.toThrow(/hunter2/);
  });

  it('renders a documentation table with defaults', () => {
    const table = envTable(spec);
    expect(table).toContain('| `PORT` | `3000` | port |');
    expect(table.split('\n')).toHaveLength(5);
  });
});

describe('.env files', () => {
  it('fill in unset variables but never override the real environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qspace-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'PORT=4000\nLOG_LEVEL=debug\n# a comment\nQUOTED="hello world"\n');
    const env: Record<string, string | undefined> = { PORT: '5000' };
    expect(loadDotEnv(file, env)).toEqual({ loaded: true, keys: ['LOG_LEVEL', 'QUOTED'] });
    expect(env).toEqual({ PORT: '5000', LOG_LEVEL: 'debug', QUOTED: 'hello world' });
    expect(loadDotEnv(join(dir, 'missing.env'), env)).toEqual({ loaded: false, keys: [] });
  });
});

describe('errors', () => {
  it('builds namespaced, typed errors with status and details', () => {
    const errors = defineErrors('shop', { sold_out: { status: 409, message: 'This item is sold out.' } });
    const error = errors.sold_out({ sku: 'x' });
    expect(error).toBeInstanceOf(AppError);
    expect(error.toJSON()).toEqual({
      code: 'shop.sold_out',
      message: 'This item is sold out.',
      details: { sku: 'x' },
    });
    expect(errors.sold_out.is(error)).toBe(true);
    expect(CoreErrors.not_found.is(error)).toBe(false);
    expect(errors.sold_out.status).toBe(409);
  });
});

describe('ids', () => {
  it('are UUIDv7, unique and ordered by creation time', async () => {
    const a = newId();
    await new Promise((r) => setTimeout(r, 2));
    const b = newId();
    expect(isId(a)).toBe(true);
    expect(a[14]).toBe('7');
    expect(a < b).toBe(true);
    expect(Math.abs((idTimestamp(a) ?? 0) - Date.now())).toBeLessThan(5_000);
    expect(isId('not-an-id')).toBe(false);
  });
});

describe('clock and backoff', () => {
  it('a manual clock only moves when told', () => {
    const clock = new ManualClock('2026-03-01T00:00:00Z');
    clock.advance(1_500);
    expect(clock.now().toISOString()).toBe('2026-03-01T00:00:01.500Z');
  });

  it('backs off exponentially, capped, with jitter inside [half, full]', () => {
    const opts = { baseMs: 100, maxMs: 1_000 };
    expect(backoffDelay(1, opts, () => 0)).toBe(50);
    expect(backoffDelay(1, opts, () => 1)).toBe(100);
    expect(backoffDelay(3, opts, () => 1)).toBe(400);
    expect(backoffDelay(10, opts, () => 1)).toBe(1_000);
    expect(backoffDelay(10, opts, () => 0)).toBe(500);
  });

  it('ranks roles owner > admin > editor > viewer', () => {
    expect(roleAtLeast('owner', 'admin')).toBe(true);
    expect(roleAtLeast('editor', 'admin')).toBe(false);
    expect(roleAtLeast('viewer', 'viewer')).toBe(true);
  });
});
