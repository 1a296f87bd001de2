/**
 * The CLI installs on its own: `npm pack` it, install the tarball into an empty folder outside the
 * repository (dependencies from the npm registry), and run the installed `quickscale` binary.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fixture, PACKAGE_DIR, REPO_PACKAGES } from './helpers.js';

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_workspaces: undefined },
  });

describe('standalone install', () => {
  it('npm pack + npm install gives a working quickscale binary', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'quickscale-install-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const tarball =
      npm(['pack', '--pack-destination', dir, '--silent'], PACKAGE_DIR).trim().split('\n').at(-1) ?? '';
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    npm(['install', '--no-audit', '--no-fund', '--silent', join(dir, tarball)], dir);
    const bin = join(dir, 'node_modules', '.bin', 'quickscale');
    expect(execFileSync(bin, ['--version'], { cwd: dir, encoding: 'utf8' })).toBe('0.1.0\n');
    expect(execFileSync(bin, ['list', 'themes'], { cwd: dir, encoding: 'utf8' })).toMatch(
      /^starter\s+htmx, react\s+auth/m,
    );
    // Modules are found wherever QUICKSCALE_PACKAGES points (here: this repository's packages).
    cpSync(join(PACKAGE_DIR, fixture('valid.yml')), join(dir, 'quickscale.yml'));
    const out = execFileSync(bin, ['validate'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, QUICKSCALE_PACKAGES: REPO_PACKAGES },
    });
    expect(out).toBe('✓ quickscale.yml is valid\n');
  });
});
