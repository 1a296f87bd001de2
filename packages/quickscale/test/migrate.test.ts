/** `quickscale config migrate`: version-0 files become valid version-1 files, comments kept. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateText } from '../src/config/migrate.js';
import { validateText } from '../src/config/validate.js';
import { loadCatalog } from '../src/manifests/catalog.js';
import { cli, fixture, PACKAGE_DIR } from './helpers.js';

const catalog = loadCatalog();
const read = (name: string) => readFileSync(join(PACKAGE_DIR, fixture(name)), 'utf8');

const SHOP_V1 = `# Shop configuration (older design)
schema_version: 1
project:
  name: mystore # the slug
  version: 1.0.0

# which app to start from
theme: starter
frontend:
  source: htmx # server-rendered
deployment:
  database: postgresql
  platform: docker

# modules we want
modules:
  auth: {} # accounts
  notifications:
    sender_email: hello@mystore.co.ke # shown as From
`;

describe('migrateText', () => {
  it('rewrites the version-0 shop file to version 1 keeping every comment', () => {
    const result = migrateText(read('migrate/v0-shop.yml'), 'v0-shop.yml');
    expect(result.text).toBe(SHOP_V1);
    expect(result.from).toBe(0);
    expect(result.to).toBe(1);
    expect(result.changes).toEqual([
      'schema_version: 1',
      'primary → theme',
      'features → modules (auth, notifications)',
      'components → modules (notifications)',
      'technologies.frontend → frontend.source',
      'technologies.database → deployment.database',
      'technologies.platform → deployment.platform',
    ]);
    expect(result.dropped).toEqual(['technologies.backend: typescript (no equivalent in schema version 1)']);
  });

  it('produces a file that validates without errors or warnings', () => {
    const result = migrateText(read('migrate/v0-shop.yml'), 'v0-shop.yml');
    const validation = validateText('quickscale.yml', result.text, catalog);
    expect(validation.errors).toEqual([]);
    expect(validation.warnings).toEqual([]);
  });

  it('is idempotent: migrating the result changes nothing', () => {
    const once = migrateText(read('migrate/v0-shop.yml'), 'a.yml');
    const twice = migrateText(once.text, 'a.yml');
    expect(twice.changes).toEqual([]);
    expect(twice.text).toBe(once.text);
  });

  it('maps frontend keys, a features map with switches, and lets frontend win over technology', () => {
    const result = migrateText(read('migrate/v0-pages.yml'), 'v0-pages.yml');
    expect(result.text).toBe(`schema_version: 1
project: { name: mykiosk, version: 0.3.0 }
theme: pages
frontend:
  source: react # the SPA
  variant: meridian
modules:
  auth: {}
  notifications: {}
  site-kit: {}
  content: {}
`);
    expect(result.dropped).toEqual([
      'features.analytics: false (a module that is off is simply not listed)',
      'frontend.colour: blue (frontend takes only source and variant)',
      'technology: htmx (frontend.source is already set)',
    ]);
    expect(validateText('quickscale.yml', result.text, catalog).valid).toBe(true);
  });

  it('leaves a version-1 file untouched, byte for byte', () => {
    const text = read('valid.yml');
    const result = migrateText(text, 'valid.yml');
    expect(result.changes).toEqual([]);
    expect(result.text).toBe(text);
  });

  it('refuses a newer file with "upgrade quickscale"', () => {
    expect(() => migrateText(read('schema-version-newer.yml'), 'new.yml')).toThrow(
      'new.yml has schema_version 2, newer than this quickscale understands (1): upgrade quickscale',
    );
  });

  it('merges components into modules that features already listed', () => {
    const result = migrateText(
      'features: [auth, notifications]\ncomponents:\n  notifications: { sender_email: a@b.co }\n  auth:\n    session_days: 7\n',
      'x.yml',
    );
    expect(result.text).toBe(
      'schema_version: 1\nmodules:\n  auth:\n    session_days: 7\n  notifications: { sender_email: a@b.co }\n',
    );
  });
});

describe('quickscale config migrate (binary)', () => {
  function tempCopy(name: string): { dir: string; file: string } {
    const dir = mkdtempSync(join(tmpdir(), 'quickscale-migrate-'));
    const file = join(dir, 'quickscale.yml');
    copyFileSync(join(PACKAGE_DIR, fixture(name)), file);
    return { dir, file };
  }

  it('rewrites the file in place, lists the changes and exits 0 when the result is valid', async () => {
    const { dir, file } = tempCopy('migrate/v0-shop.yml');
    const run = await cli(['config', 'migrate'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ migrated quickscale.yml from schema_version 0 to 1:');
    expect(run.stdout).toContain('  features → modules (auth, notifications)');
    expect(run.stdout).toContain('  technologies.backend: typescript (no equivalent in schema version 1)');
    expect(readFileSync(file, 'utf8')).toBe(SHOP_V1);
    const validate = await cli(['validate'], { cwd: dir });
    expect(validate.code).toBe(0);
  });

  it('--dry-run prints the result and writes nothing', async () => {
    const { dir, file } = tempCopy('migrate/v0-shop.yml');
    const before = readFileSync(file, 'utf8');
    const run = await cli(['config', 'migrate', '--dry-run'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(SHOP_V1)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('--json reports changes, dropped values and the validation of the result', async () => {
    const { dir } = tempCopy('migrate/v0-shop.yml');
    const run = await cli(['config', 'migrate', '--json', '--dry-run'], { cwd: dir });
    const out = JSON.parse(run.stdout) as {
      from: number;
      to: number;
      written: boolean;
      validation: { valid: boolean };
    };
    expect(out).toMatchObject({ from: 0, to: 1, written: false, validation: { valid: true } });
    expect(run.code).toBe(0);
  });

  it('exits 1 when the migrated file still has errors, and shows them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quickscale-migrate-'));
    writeFileSync(join(dir, 'quickscale.yml'), 'primary: starter\nfeatures: [auth, notifications]\n');
    const run = await cli(['config', 'migrate'], { cwd: dir });
    expect(run.stdout).toContain('quickscale.yml:1:1: error: project is required');
    expect(run.code).toBe(1);
  });

  it('exits 1 with "upgrade quickscale" for a newer file', async () => {
    const run = await cli(['config', 'migrate', fixture('schema-version-newer.yml')]);
    expect(run.stderr).toContain('upgrade quickscale');
    expect(run.code).toBe(1);
  });
});
