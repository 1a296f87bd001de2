/**
 * `quickscale create --no-install` for each theme, against `create-t3-app --noInstall` (the npm
 * package, installed into a temporary folder on first use) — same machine, same run, alternating
 * so both see the same load. Both in their default mode: a git repository with the first commit
 * (QuickScale embeds the modules by git subtree from this repository's split branches; t3 runs
 * `git init` and commits). `--no-git` numbers (QuickScale copies the module code) are printed too.
 * The t3 app is the closest equivalent of a QuickScale project: tRPC, Tailwind, Better Auth and
 * Drizzle on PostgreSQL. The first QuickScale run (which may make the split branches) is a warm-up.
 * QuickScale runs from its bundle (`npm run build -w packages/quickscale`, done first), as an
 * installed quickscale does — t3 runs its published JavaScript too.
 *
 *   npm run bench:quickscale-create            RUNS=5 by default; T3_VERSION=7.40.0
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.RUNS ?? 5);
const T3_VERSION = process.env.T3_VERSION ?? '7.40.0';
const THEMES = ['starter', 'pages', 'todo'];
const BIN = fileURLToPath(new URL('../packages/quickscale/bin/quickscale.js', import.meta.url));
const T3_DIR = join(tmpdir(), `qspace-bench-t3-${T3_VERSION}`);

function t3Bin(): string {
  const bin = join(T3_DIR, 'node_modules', 'create-t3-app', 'dist', 'index.js');
  if (!existsSync(bin)) {
    console.log(`installing create-t3-app@${T3_VERSION} into ${T3_DIR} …`);
    mkdirSync(T3_DIR, { recursive: true });
    writeFileSync(join(T3_DIR, 'package.json'), '{"name":"bench-t3","private":true}');
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', `create-t3-app@${T3_VERSION}`], {
      cwd: T3_DIR,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('could not install create-t3-app from the npm registry');
  }
  return bin;
}

const env = {
  ...process.env,
  // Not a terminal, no colours, no update checks: the same for both CLIs.
  CI: '1',
  NO_COLOR: '1',
  npm_config_update_notifier: 'false',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};

function timeRun(args: string[], cwd: string, check: string): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0 || !existsSync(join(cwd, check)))
    throw new Error(`${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function fresh(): string {
  return mkdtempSync(join(tmpdir(), 'qspace-bench-create-'));
}

const built = spawnSync('npm', ['run', 'build', '-w', 'packages/quickscale'], { stdio: 'inherit' });
if (built.status !== 0) throw new Error('could not bundle quickscale');
const t3 = t3Bin();
const t3Args = (name: string) => [
  t3,
  name,
  '--CI',
  '--trpc',
  '--tailwind',
  '--betterAuth',
  '--drizzle',
  '--dbProvider',
  'postgres',
  '--noInstall',
];
const qsArgs = (name: string, theme: string, git: boolean) => [
  BIN,
  'create',
  name,
  '--theme',
  theme,
  '--yes',
  '--no-install',
  ...(git ? [] : ['--no-git']),
];

// Warm-up: file caches, tsx's transform cache, QuickScale's split branches, t3's first start.
for (const theme of THEMES) {
  const d = fresh();
  timeRun(qsArgs('warm', theme, true), d, 'warm/.quickscale/lock.json');
  rmSync(d, { recursive: true, force: true });
}
{
  const d = fresh();
  timeRun(t3Args('warm'), d, 'warm/package.json');
  rmSync(d, { recursive: true, force: true });
}

const samples: Record<string, number[]> = { t3: [] };
for (const theme of THEMES) {
  samples[theme] = [];
  samples[`${theme} --no-git`] = [];
}
for (let i = 0; i < RUNS; i++) {
  for (const theme of THEMES) {
    for (const git of [true, false]) {
      const d = fresh();
      (samples[git ? theme : `${theme} --no-git`] as number[]).push(
        timeRun(qsArgs('app', theme, git), d, 'app/.quickscale/lock.json'),
      );
      rmSync(d, { recursive: true, force: true });
    }
    const d = fresh();
    (samples.t3 as number[]).push(timeRun(t3Args('app'), d, 'app/package.json'));
    rmSync(d, { recursive: true, force: true });
  }
}

const t3Median = median(samples.t3 as number[]);
console.log(`\ncreate --no-install, median of ${RUNS} runs (load average ${loadavg()[0]?.toFixed(2)})`);
console.log(
  `  create-t3-app ${T3_VERSION} --noInstall (trpc, tailwind, better-auth, drizzle): ${t3Median.toFixed(0)} ms`,
);
for (const [name, xs] of Object.entries(samples)) {
  if (name === 't3') continue;
  const m = median(xs);
  console.log(
    `  quickscale create --theme ${name.padEnd(16)} ${m.toFixed(0).padStart(6)} ms   ratio ${(m / t3Median).toFixed(2)} × t3 (target ≤ 1.00)`,
  );
}
