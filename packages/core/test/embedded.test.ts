import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreMigrations, enqueue, getJob, openDatabase } from '../src/index.js';

describe('embedded database (PGlite on disk)', () => {
  it('creates its folder on first run and keeps every committed write across a restart', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'qspace-embedded-')), 'nested', 'data');
    const first = await openDatabase({ dataDir, migrations: [coreMigrations] });
    expect(first.kind).toBe('pglite');
    expect(first.migrations?.applied.map((m) => m.tag)).toEqual(['0000_jobs', '0001_events']);
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await enqueue(first.db, 'persist.test', { i }));
    await first.close();

    const second = await openDatabase({ dataDir, migrations: [coreMigrations] });
    expect(second.migrations?.applied).toEqual([]);
    for (const [i, id] of ids.entries()) {
      expect(await getJob(second.db, id ?? '')).toMatchObject({ payload: { i } });
    }
    await second.close();
  }, 60_000);

  it('refuses a second open of the same folder with an actionable error', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'qspace-embedded-')), 'data');
    const first = await openDatabase({ dataDir, migrations: [coreMigrations] });
    try {
      await expect(openDatabase({ dataDir })).rejects.toMatchObject({
        code: 'database.data_dir_in_use',
        message: expect.stringContaining('DATABASE_URL'),
      });
    } finally {
      await first.close();
    }
    const again = await openDatabase({ dataDir });
    await again.close();
  }, 60_000);
});
