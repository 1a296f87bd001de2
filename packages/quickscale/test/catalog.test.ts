/**
 * `list` and `info` read the real manifests: the module packages of this repository and the theme
 * manifests bundled with the CLI. A new module package appears without any change to the CLI.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/manifests/catalog.js';
import { cli, REPO_PACKAGES } from './helpers.js';

function fakeModuleDir(manifest: unknown, name = '@acme/newsletter'): string {
  const root = mkdtempSync(join(tmpdir(), 'quickscale-packages-'));
  const dir = join(root, ...name.split('/'));
  mkdirSync(join(dir, 'migrations'), { recursive: true });
  writeFileSync(join(dir, 'migrations', '0000_lists.sql'), 'CREATE TABLE lists (id text);\n');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name, version: '2.3.4', quickscale: manifest }, null, 2),
  );
  return root;
}

const NEWSLETTER = {
  description: 'Mailing lists and campaigns.',
  options: {
    list_name: { type: 'string', description: 'Name of the default list.', default: 'news' },
    api_key_env: {
      type: 'env',
      secret: true,
      description: 'Variable holding the provider key.',
      default: 'NEWS_KEY',
    },
  },
  env: [{ name: 'NEWS_KEY', description: 'Provider key.', required: true, secret: true }],
  migrations: 'migrations',
  requires: ['notifications'],
  themes: ['starter'],
};

describe('quickscale list', () => {
  it('lists the three themes with their frontends and required modules', async () => {
    const run = await cli(['list', 'themes']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^THEME\s+FRONTENDS\s+REQUIRES\s+DESCRIPTION$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/).slice(0, 3))).toEqual([
      ['pages', 'htmx, react', 'content, site-kit'],
      ['starter', 'htmx, react', 'auth'],
      ['todo', 'htmx, react', 'auth'],
    ]);
  });

  it('lists the module packages that carry a manifest', async () => {
    const run = await cli(['list', 'modules', '--json']);
    expect(run.code).toBe(0);
    const { modules } = JSON.parse(run.stdout) as {
      modules: Array<{ id: string; package: string; requires: string[] }>;
    };
    const byId = Object.fromEntries(modules.map((m) => [m.id, m]));
    expect(byId.auth).toMatchObject({ package: '@qspace/auth', requires: ['notifications'] });
    expect(byId.content).toMatchObject({
      package: '@qspace/content',
      requires: ['site-kit', 'auth', 'notifications'],
    });
    expect(byId.notifications).toMatchObject({ package: '@qspace/notifications', requires: [] });
    expect(byId['site-kit']).toMatchObject({ package: '@qspace/site-kit', requires: [] });
    expect(byId.analytics).toMatchObject({ package: '@qspace/analytics', requires: ['auth'] });
    // core and test-kit have no manifest: they are not modules a project chooses.
    expect(modules.map((m) => m.id)).not.toContain('core');
    expect(modules.map((m) => m.id)).not.toContain('test-kit');
  });

  it("lists a theme's frontends with the design systems of site-kit as pages variants", async () => {
    const run = await cli(['list', 'frontends', 'pages', '--json']);
    const { frontends } = JSON.parse(run.stdout) as {
      frontends: Array<{ theme: string; id: string; variants: string[] }>;
    };
    const siteKit = JSON.parse(readFileSync(join(REPO_PACKAGES, 'site-kit', 'package.json'), 'utf8')) as {
      quickscale: { variants: Array<{ id: string }> };
    };
    const designSystems = siteKit.quickscale.variants.map((v) => v.id);
    expect(designSystems).toHaveLength(9);
    expect(frontends.map((f) => [f.theme, f.id])).toEqual([
      ['pages', 'htmx'],
      ['pages', 'react'],
    ]);
    for (const f of frontends) expect(f.variants).toEqual(['default', ...designSystems]);
    expect(run.code).toBe(0);
  });

  it('lists every frontend of every theme in text', async () => {
    const run = await cli(['list', 'frontends']);
    const rows = run.stdout
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((l) => l.split(/\s+/).slice(0, 2).join(' '));
    expect(rows).toEqual([
      'pages htmx',
      'pages react',
      'starter htmx',
      'starter react',
      'todo htmx',
      'todo react',
    ]);
  });

  it('exits 1 with did-you-mean for an unknown theme', async () => {
    const run = await cli(['list', 'frontends', 'startr']);
    expect(run.stderr).toContain('error: no theme named "startr" — did you mean "starter"?');
    expect(run.code).toBe(1);
  });

  it('exits 2 for something that cannot be listed', async () => {
    const run = await cli(['list', 'plugins']);
    expect(run.stderr).toContain('Allowed choices are themes, modules, frontends');
    expect(run.code).toBe(2);
  });
});

describe('quickscale info', () => {
  it('describes a module: options with defaults, env vars from env.ts, migrations, requirements', async () => {
    const run = await cli(['info', 'notifications']);
    expect(run.code).toBe(0);
    const text = run.stdout;
    expect(text).toContain('notifications 0.1.0 (module, package @qspace/notifications)');
    expect(text).toMatch(/sender_email\s+string \(mailbox\)\s+optional\s+Sender of the project's mail/);
    expect(text).toMatch(/smtp_url_env\s+env var name \(secret\)\s+default SMTP_URL/);
    expect(text).toMatch(/SMTP_URL\s+optional, secret\s+SMTP server for outgoing mail/);
    expect(text).toMatch(/MAIL_FROM\s+default Q-Space <no-reply@qspace.localhost>/);
    expect(text).toContain('migrations/ (1 file)');
    expect(text).toContain('Required by\n  module auth, module content');
  });

  it('describes a theme', async () => {
    const run = await cli(['info', 'starter']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('starter 0.1.0 (theme)');
    expect(run.stdout).toContain('Requires\n  auth');
    expect(run.stdout).toMatch(/htmx\s+Server-rendered HTML with htmx and Alpine/);
    expect(run.stdout).toContain('variants: default');
  });

  it('--json gives the whole manifest view', async () => {
    const run = await cli(['info', 'auth', '--json']);
    const view = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(view).toMatchObject({
      kind: 'module',
      id: 'auth',
      version: '0.1.0',
      requires: ['notifications'],
      themes: ['starter', 'pages', 'todo'],
      options: { session_days: { type: 'integer', default: 30, minimum: 1, maximum: 365 } },
      migrations: { folder: 'migrations' },
      requiredBy: ['theme starter', 'theme todo', 'module analytics', 'module content'],
    });
    expect((view.env as Array<{ name: string }>).map((e) => e.name)).toEqual([
      'AUTH_SECRET',
      'AUTH_SESSION_DAYS',
    ]);
  });

  it('exits 1 with did-you-mean for an unknown name', async () => {
    const run = await cli(['info', 'notifcations']);
    expect(run.stderr).toContain(
      'error: no theme or module named "notifcations" — did you mean "notifications"?',
    );
    expect(run.stderr).toContain('hint: Known: pages, starter, todo, ');
    expect(run.code).toBe(1);
  });
});

describe('a new module package appears without changing the CLI', () => {
  const withFake = (root: string) => ({ QUICKSCALE_PACKAGES: [REPO_PACKAGES, root].join(delimiter) });

  it('is listed and described from its manifest', async () => {
    const root = fakeModuleDir(NEWSLETTER);
    const list = await cli(['list', 'modules'], { env: withFake(root) });
    expect(list.stdout).toMatch(
      /^newsletter\s+2\.3\.4\s+notifications\s+starter\s+Mailing lists and campaigns\.$/m,
    );
    const info = await cli(['info', 'newsletter', '--json'], { env: withFake(root) });
    expect(JSON.parse(info.stdout)).toMatchObject({
      id: 'newsletter',
      package: '@acme/newsletter',
      migrations: { folder: 'migrations', files: ['0000_lists.sql'] },
    });
  });

  it('has its options validated in quickscale.yml, secrets included', async () => {
    const root = fakeModuleDir(NEWSLETTER);
    const dir = mkdtempSync(join(tmpdir(), 'quickscale-project-'));
    const config = (options: string) =>
      `schema_version: 1\nproject: { name: mystore, version: 1.0.0 }\ntheme: starter\nfrontend: { source: htmx }\nmodules:\n  auth: {}\n  notifications: {}\n  newsletter: ${options}\n`;
    writeFileSync(join(dir, 'quickscale.yml'), config('{ list_nme: weekly, api_key: sk_live_abcdef123456 }'));
    const bad = await cli(['validate'], { cwd: dir, env: withFake(root) });
    expect(bad.stdout).toContain(
      'quickscale.yml:8:17: error: unknown key "modules.newsletter.list_nme" — did you mean "list_name"?',
    );
    expect(bad.stdout).toContain(
      'quickscale.yml:8:35: error: modules.newsletter.api_key would put a secret in quickscale.yml — secrets never go in the file',
    );
    expect(bad.stdout).toContain('hint: Use api_key_env: NAME_OF_A_VARIABLE');
    expect(bad.code).toBe(1);
    writeFileSync(join(dir, 'quickscale.yml'), config('{ list_name: weekly, api_key_env: NEWSLETTER_KEY }'));
    const good = await cli(['validate'], { cwd: dir, env: withFake(root) });
    expect(good.stdout).toBe('✓ quickscale.yml is valid\n');
    expect(good.code).toBe(0);
  });

  it('is unknown to the CLI when its folder is not searched', () => {
    const catalog = loadCatalog({ packageDirs: [REPO_PACKAGES] });
    expect(catalog.modules.map((m) => m.id)).not.toContain('newsletter');
  });

  it('with a broken manifest, stops the CLI with the file and the problem', async () => {
    const root = fakeModuleDir({
      ...NEWSLETTER,
      themes: [],
      options: { token: { type: 'env', description: 'x' } },
    });
    const run = await cli(['list', 'modules'], { env: withFake(root) });
    expect(run.stderr).toContain('error: 2 broken manifests:');
    expect(run.stderr).toMatch(
      /newsletter\/package\.json: quickscale\.options\.token: an option of type "env" must be named \*_env/,
    );
    expect(run.stderr).toMatch(/newsletter\/package\.json: quickscale\.themes: Too small/);
    expect(run.code).toBe(1);
  });
});

describe('module manifests agree with their packages', () => {
  const catalog = loadCatalog({ packageDirs: [REPO_PACKAGES] });

  it('every required module is a dependency of the package, and every module dependency is required', () => {
    for (const module of catalog.modules) {
      const moduleDeps = catalog.modules
        .filter((m) => module.dependencies.includes(m.packageName))
        .map((m) => m.id);
      expect([...module.requires].sort(), module.id).toEqual(moduleDeps.sort());
    }
  });

  it('every theme and module names only modules and themes that exist', () => {
    const ids = new Set(catalog.modules.map((m) => m.id));
    const themes = new Set(catalog.themes.map((t) => t.id));
    for (const theme of catalog.themes)
      for (const r of theme.requires) expect(ids, `${theme.id} requires ${r}`).toContain(r);
    for (const m of catalog.modules)
      for (const t of m.themes) expect(themes, `${m.id} theme ${t}`).toContain(t);
  });
});
