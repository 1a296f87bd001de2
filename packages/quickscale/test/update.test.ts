/**
 * `update` and `sync-back` against "newer module versions": the module packages are copied into a
 * temporary folder (QUICKSCALE_PACKAGES points there), changed and re-versioned the way a release
 * would, and the project brought forward — by copy, and by git subtree from a temporary repository.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bumpVersion, cli, edit, git, packagesCopy, tempDir, treeHashes } from './helpers.js';

const MODULES = ['core', 'test-kit', 'notifications', 'auth'];

async function createIn(packages: string, git = false): Promise<string> {
  const parent = tempDir('project');
  const run = await cli(
    [
      'create',
      'app',
      '--theme',
      'starter',
      '--frontend',
      'htmx',
      '--yes',
      '--no-install',
      ...(git ? [] : ['--no-git']),
    ],
    { cwd: parent, env: { QUICKSCALE_PACKAGES: packages } },
  );
  expect(run.stderr).toContain('✓ generated ./app');
  expect(run.code).toBe(0);
  return join(parent, 'app');
}

describe('update by copy', { timeout: 180_000 }, () => {
  it('updates untouched files, merges your edit, reports a conflict, keeps your deletion', async () => {
    const { packages } = packagesCopy(MODULES);
    const env = { QUICKSCALE_PACKAGES: packages };
    const dir = await createIn(packages);
    const embedded = join(dir, 'quickscale/notifications');

    // Your changes: an edit that merges, an edit that overlaps, a deletion.
    edit(join(embedded, 'src/index.ts'), (t) => `// my note at the top\n${t}`);
    edit(join(embedded, 'src/env.ts'), (t) => `// mine\n${t}`);
    rmSync(join(embedded, 'src/errors.ts'));

    // The newer module version: every one of those files changes, plus one you did not touch.
    const upstream = join(packages, 'notifications');
    bumpVersion(upstream, '0.2.0');
    edit(join(upstream, 'src/index.ts'), (t) => `${t}\n// upstream: at the end\n`);
    edit(join(upstream, 'src/env.ts'), (t) => `// theirs\n${t}`);
    edit(join(upstream, 'src/errors.ts'), (t) => `${t}\n// upstream fix\n`);
    edit(join(upstream, 'src/schema.ts'), (t) => `${t}\n// upstream: untouched file\n`);

    const status = JSON.parse((await cli(['status', '--json'], { cwd: dir, env })).stdout);
    expect(status.updates).toEqual([{ module: 'notifications', from: '0.1.0', to: '0.2.0' }]);

    const run = await cli(['update', '--json'], { cwd: dir, env });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.modules).toEqual([{ module: 'notifications', from: '0.1.0', to: '0.2.0' }]);
    expect(report.updated).toContain('quickscale/notifications/src/schema.ts');
    expect(report.updated).toContain('quickscale/notifications/package.json');
    expect(report.merged).toEqual(['quickscale/notifications/src/index.ts']);
    expect(report.conflicts).toEqual([{ path: 'quickscale/notifications/src/env.ts', conflicts: 1 }]);
    expect(report.stayedDeleted).toEqual(['quickscale/notifications/src/errors.ts']);

    expect(readFileSync(join(embedded, 'src/schema.ts'), 'utf8')).toContain('// upstream: untouched file');
    const merged = readFileSync(join(embedded, 'src/index.ts'), 'utf8');
    expect(merged.startsWith('// my note at the top\n')).toBe(true);
    expect(merged).toContain('// upstream: at the end');
    expect(readFileSync(join(embedded, 'src/env.ts'), 'utf8')).toMatch(
      /^<<<<<<< yours\n\/\/ mine\n=======\n\/\/ theirs\n>>>>>>> notifications 0\.2\.0\n/,
    );
    expect(existsSync(join(embedded, 'src/errors.ts'))).toBe(false);

    // The human text says the same, and the project now records the new version.
    const after = JSON.parse((await cli(['status', '--json'], { cwd: dir, env })).stdout);
    expect(after.updates).toEqual([]);
    expect(after.deleted).toEqual(['quickscale/notifications/src/errors.ts']);
    expect(after.modified).toEqual([
      'quickscale/notifications/src/env.ts',
      'quickscale/notifications/src/index.ts',
    ]);
    // A second update has nothing left to do.
    const again = JSON.parse((await cli(['update', '--json'], { cwd: dir, env })).stdout);
    expect(again).toMatchObject({ updated: [], merged: [], conflicts: [], modules: [] });
  });

  it('names only the modules asked for', async () => {
    const { packages } = packagesCopy(MODULES);
    const env = { QUICKSCALE_PACKAGES: packages };
    const dir = await createIn(packages);
    for (const m of ['notifications', 'auth']) {
      bumpVersion(join(packages, m), '0.3.0');
      edit(join(packages, m, 'src/index.ts'), (t) => `${t}\n// ${m} 0.3.0\n`);
    }
    const run = await cli(['update', 'auth', '--json'], { cwd: dir, env });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).modules).toEqual([{ module: 'auth', from: '0.1.0', to: '0.3.0' }]);
    expect(readFileSync(join(dir, 'quickscale/auth/src/index.ts'), 'utf8')).toContain('// auth 0.3.0');
    expect(readFileSync(join(dir, 'quickscale/notifications/src/index.ts'), 'utf8')).not.toContain('0.3.0');
    const status = JSON.parse((await cli(['status', '--json'], { cwd: dir, env })).stdout);
    expect(status.updates.map((u: { module: string }) => u.module)).toEqual(['notifications']);
    const typo = await cli(['update', 'notification'], { cwd: dir, env });
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain(
      'no module in this project named "notification" — did you mean "notifications"?',
    );
  });
});

describe('git subtree embedding', { timeout: 240_000 }, () => {
  it('embeds from split branches, pulls a newer version, and sends your fix back as a branch', async () => {
    const repo = packagesCopy(MODULES, { git: true });
    const env = { QUICKSCALE_PACKAGES: repo.packages };
    const dir = await createIn(repo.packages, true);

    // Same files as embedding by copy; module code arrived as squashed subtree commits.
    const copied = await createIn(repo.packages, false);
    expect(treeHashes(dir).files['quickscale/auth/src/index.ts']).toBe(
      treeHashes(copied).files['quickscale/auth/src/index.ts'],
    );
    const lock = JSON.parse(readFileSync(join(dir, '.quickscale/lock.json'), 'utf8'));
    expect(lock.modules.auth).toMatchObject({ source: 'git', path: 'quickscale/auth' });
    expect(lock.modules.auth.commit).toBe(git(repo.root, ['rev-parse', 'quickscale/split/auth']));
    const log = git(dir, ['log', '--format=%s']);
    expect(log).toContain("Squashed 'quickscale/auth/' content from commit");
    expect(git(dir, ['status', '--porcelain'])).toBe('');

    // A newer notifications in the repository: `update` pulls it by subtree.
    bumpVersion(join(repo.packages, 'notifications'), '0.1.1');
    edit(join(repo.packages, 'notifications/src/index.ts'), (t) => `${t}\n// released in 0.1.1\n`);
    git(repo.root, ['commit', '-qam', 'notifications 0.1.1']);
    const update = await cli(['update', '--json'], { cwd: dir, env });
    expect(update.stderr).toBe('');
    expect(update.code).toBe(0);
    expect(JSON.parse(update.stdout).modules).toEqual([
      { module: 'notifications', from: '0.1.0', to: '0.1.1' },
    ]);
    expect(readFileSync(join(dir, 'quickscale/notifications/src/index.ts'), 'utf8')).toContain(
      '// released in 0.1.1',
    );
    expect(git(dir, ['log', '-1', '--format=%s'])).toBe('Update @qspace/notifications to 0.1.1');
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-qm', 'quickscale update']);

    // Your improvement to embedded module code goes back to the repository.
    edit(join(dir, 'quickscale/auth/src/index.ts'), (t) => `${t}\n// a fix made in the project\n`);
    writeFileSync(join(dir, 'quickscale/auth/src/extra.ts'), 'export const extra = 1;\n');
    edit(join(dir, 'src/main.ts'), (t) => `${t}\n// project code: never sent back\n`);
    const preview = await cli(['sync-back', '--preview'], { cwd: dir, env });
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('diff --git a/packages/auth/src/index.ts b/packages/auth/src/index.ts');
    expect(preview.stdout).toContain('+// a fix made in the project');
    expect(preview.stdout).toContain('+++ b/packages/auth/src/extra.ts');
    expect(preview.stdout).not.toContain('never sent back');
    expect(preview.stdout).toContain('applies cleanly');
    const branchesBefore = git(repo.root, ['branch', '--list', 'quickscale/sync-back/*']);
    expect(branchesBefore).toBe('');

    const apply = await cli(['sync-back', '--apply', '--json'], { cwd: dir, env });
    expect(apply.code).toBe(0);
    const result = JSON.parse(apply.stdout);
    expect(result).toMatchObject({ applies: true, branch: 'quickscale/sync-back/app' });
    expect(git(repo.root, ['show', `${result.branch}:packages/auth/src/index.ts`])).toContain(
      '// a fix made in the project',
    );
    expect(git(repo.root, ['show', `${result.branch}:packages/auth/src/extra.ts`])).toBe(
      'export const extra = 1;',
    );
    expect(git(repo.root, ['rev-parse', `${result.branch}^`])).toBe(git(repo.root, ['rev-parse', 'HEAD']));
    // The repository's own work tree and index are untouched.
    expect(git(repo.root, ['status', '--porcelain'])).toBe('');
  });

  it('says when your change no longer re-applies on the repository', async () => {
    const repo = packagesCopy(MODULES, { git: true });
    const env = { QUICKSCALE_PACKAGES: repo.packages };
    const dir = await createIn(repo.packages, true);
    edit(join(dir, 'quickscale/auth/src/index.ts'), (t) => t.replace(/^/, '// mine on line one\n'));
    edit(join(repo.packages, 'auth/src/index.ts'), (t) => t.replace(/^/, '// theirs on line one\n'));
    git(repo.root, ['commit', '-qam', 'auth moved on']);
    const run = await cli(['sync-back'], { cwd: dir, env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('does not re-apply cleanly');
    expect(run.stderr).toContain('hint: Run `quickscale update` to bring those changes in');
    expect(git(repo.root, ['branch', '--list', 'quickscale/sync-back/*'])).toBe('');
  });
});
