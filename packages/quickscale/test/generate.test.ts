/**
 * Generation through the real binary: deterministic trees, atomic writes, and the commands that read
 * a generated project — preview (writes nothing), status, explain and remove.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, edit, tempDir, treeHashes } from './helpers.js';

const CONFIG = `schema_version: 1
project:
  name: same
  version: 1.0.0
theme: starter
frontend:
  source: htmx
modules:
  auth: {}
  notifications: {}
`;

async function created(theme = 'starter', frontend = 'htmx'): Promise<string> {
  const dir = tempDir('gen');
  const run = await cli(
    ['create', 'app', '--theme', theme, '--frontend', frontend, '--yes', '--no-install', '--no-git'],
    {
      cwd: dir,
    },
  );
  expect(run.stderr).toContain('✓ generated ./app');
  expect(run.code).toBe(0);
  return join(dir, 'app');
}

describe('generate', { timeout: 120_000 }, () => {
  it('gives byte-identical trees for the same configuration, and a second run changes nothing', async () => {
    const a = join(tempDir('a'), 'p');
    const b = join(tempDir('b'), 'p');
    for (const dir of [a, b]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'quickscale.yml'), CONFIG);
      const run = await cli(['generate', '--no-git'], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    const ha = treeHashes(a);
    const hb = treeHashes(b);
    expect(Object.keys(ha.files).length).toBeGreaterThan(100);
    expect(ha.files['.quickscale/lock.json']).toBeDefined();
    expect(hb.tree).toBe(ha.tree);

    const again = await cli(['generate', '--json'], { cwd: a });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: false, added: [], updated: [], deleted: [] });
    expect(treeHashes(a).tree).toBe(ha.tree);
  });

  it('leaves no output folder (and no staging folder) when writing fails midway', async () => {
    const parent = tempDir('fault');
    const run = await cli(['create', 'broken', '--yes', '--no-install', '--no-git'], {
      cwd: parent,
      env: { QUICKSCALE_FAIL_AFTER_FILES: '25' },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error: writing .+ failed \(injected fault\)/);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('refuses to overwrite a generated file you changed, unless --force', async () => {
    const dir = await created();
    edit(join(dir, 'package.json'), (t) => t.replace('"private": true', '"private": true, "license": "MIT"'));
    edit(join(dir, 'quickscale.yml'), (t) =>
      t.replace('  notifications: {}', '  notifications: {}\n  analytics: {}'),
    );
    const before = treeHashes(dir).tree;
    const refused = await cli(['generate'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'error: 1 file changed since generation would be overwritten:\n  package.json',
    );
    expect(refused.stderr).toContain('hint: `quickscale update` merges your changes');
    expect(treeHashes(dir).tree).toBe(before);

    const forced = await cli(['generate', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    const pkg = readFileSync(join(dir, 'package.json'), 'utf8');
    expect(pkg).toContain('"@qspace/analytics"');
    expect(pkg).not.toContain('"license": "MIT"');
  });
});

describe('preview', { timeout: 120_000 }, () => {
  it('writes nothing and lists the env-var and migration changes of adding a module', async () => {
    const dir = await created();
    edit(join(dir, 'quickscale.yml'), (t) =>
      t.replace('  notifications: {}', '  notifications: {}\n  analytics: {}'),
    );
    const before = treeHashes(dir).tree;
    const run = await cli(['preview', '--no-diff'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(treeHashes(dir).tree).toBe(before);
    expect(run.stdout).toMatch(/^\d+ to add, \d+ to change, 0 to delete/);
    expect(run.stdout).toContain('  change  package.json  untouched');
    expect(run.stdout).toMatch(/Environment variables\n(\s+\+ ANALYTICS_\w+\n){4}/);
    expect(run.stdout).toContain('Migrations that will run\n  analytics: 0000_analytics');

    const json = JSON.parse((await cli(['preview', '--json'], { cwd: dir })).stdout);
    expect(json.env.added).toContain('ANALYTICS_RAW_RETENTION_DAYS');
    expect(json.env.removed).toEqual([]);
    expect(json.migrations).toEqual([{ owner: 'analytics', tags: ['0000_analytics'] }]);
    const pkg = json.files.find((f: { path: string }) => f.path === 'package.json');
    expect(pkg.diff).toContain('+    "@qspace/analytics": "0.1.0",');
    expect(treeHashes(dir).tree).toBe(before);
  });

  it('marks a file you changed that would conflict', async () => {
    const dir = await created();
    edit(join(dir, 'package.json'), (t) =>
      t.replace('"dependencies": {', '"dependencies": {\n    "left-pad": "1.3.0",'),
    );
    edit(join(dir, 'quickscale.yml'), (t) =>
      t.replace('  notifications: {}', '  notifications: {}\n  analytics: {}'),
    );
    const json = JSON.parse((await cli(['preview', '--json'], { cwd: dir })).stdout);
    const pkg = json.files.find((f: { path: string }) => f.path === 'package.json');
    expect(pkg.mark).toMatch(/^user-modified/);
  });
});

describe('status and explain', { timeout: 120_000 }, () => {
  it('report your changes and deletions, and where a file came from', async () => {
    const dir = await created();
    edit(join(dir, 'src/main.ts'), (t) => `${t}\n// mine\n`);
    rmSync(join(dir, 'README.md'));
    const status = JSON.parse((await cli(['status', '--json'], { cwd: dir })).stdout);
    expect(status).toMatchObject({
      configChanged: false,
      modified: ['src/main.ts'],
      deleted: ['README.md'],
      updates: [],
    });

    const e = await cli(['explain', 'src/parts/auth.ts', '--json'], { cwd: dir });
    expect(e.code).toBe(0);
    expect(JSON.parse(e.stdout)).toMatchObject({
      origin: 'auth:server',
      kind: 'part',
      keys: ['modules.auth'],
      state: 'untouched',
    });
    const m = JSON.parse(
      (await cli(['explain', 'quickscale/auth/package.json', '--json'], { cwd: dir })).stdout,
    );
    expect(m).toMatchObject({ kind: 'module', version: '0.1.0', keys: ['modules.auth'] });
    expect(m.description).toContain('(copied)');

    writeFileSync(join(dir, 'src/mine.ts'), 'export {};\n');
    const mine = await cli(['explain', 'src/mine.ts'], { cwd: dir });
    expect(mine.code).toBe(1);
    expect(mine.stderr).toContain('error: src/mine.ts was not generated by QuickScale');
  });

  it('outside a project say so with a hint', async () => {
    const run = await cli(['status'], { cwd: tempDir('empty') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /is not inside a QuickScale project \(no \.quickscale\/lock\.json here or above\)/,
    );
    expect(run.stderr).toContain('hint: Run this in a project made by `quickscale create`');
  });
});

describe('remove', { timeout: 120_000 }, () => {
  it('refuses a module the theme requires, and one another module requires', async () => {
    const dir = await created();
    const auth = await cli(['remove', 'auth'], { cwd: dir });
    expect(auth.code).toBe(1);
    expect(auth.stderr).toContain('error: auth cannot be removed: the starter theme requires it');
    const notifications = await cli(['remove', 'notifications'], { cwd: dir });
    expect(notifications.code).toBe(1);
    expect(notifications.stderr).toContain('error: notifications cannot be removed: auth requires it');
    const typo = await cli(['remove', 'analytic'], { cwd: dir });
    expect(typo.stderr).toContain('no module in this project named "analytic"');
  });

  it("takes out the module's code and wiring, keeps your changed files, and writes the drop SQL", async () => {
    const dir = await created();
    edit(join(dir, 'quickscale.yml'), (t) =>
      t.replace('  notifications: {}', '  notifications: {}\n  # counts visits\n  analytics: {}'),
    );
    expect((await cli(['generate'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'quickscale/analytics/package.json'))).toBe(true);
    edit(join(dir, 'quickscale/analytics/src/index.ts'), (t) => `${t}\n// my tweak\n`);

    const run = await cli(['remove', 'analytics', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.kept).toEqual(['quickscale/analytics/src/index.ts']);
    expect(report.tables).toContain('analytics_events');
    expect(readFileSync(join(dir, 'quickscale.yml'), 'utf8')).not.toContain('analytics');
    expect(readFileSync(join(dir, 'quickscale.yml'), 'utf8')).toContain('notifications: {}');
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).not.toContain('@qspace/analytics');
    expect(readFileSync(join(dir, 'src/composition.ts'), 'utf8')).not.toContain('analytics');
    expect(readdirSync(join(dir, 'quickscale/analytics'))).toEqual(['src']);
    const sql = readFileSync(join(dir, report.dropSql), 'utf8');
    expect(sql).toContain('DROP TABLE IF EXISTS "analytics_events" CASCADE;');
    const status = JSON.parse((await cli(['status', '--json'], { cwd: dir })).stdout);
    expect(status.pending).toEqual({ add: [], update: [], delete: [] });
  });
});
