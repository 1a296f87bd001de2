/**
 * The generation pipeline the commands share: validate the configuration, plan, and write — a new
 * project atomically, an existing one by applying its changes (refusing to overwrite the person's
 * edits unless forced). Then the long steps outside generation: npm install and git.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../cli/context.js';
import { CliError } from '../cli/errors.js';
import type { QuickscaleConfig } from '../config/schema.js';
import { type ValidationResult, validateText } from '../config/validate.js';
import { classify } from './changes.js';
import { type Lock, readBase, readLock } from './lock.js';
import { buildPlan, type Plan } from './plan.js';
import { addSubtrees, gitSource, repositoryOf } from './subtree.js';
import { type AppliedChange, applyChanges, writeBookkeeping, writeNewProject } from './write.js';

export class InvalidConfig extends CliError {
  constructor(readonly result: ValidationResult) {
    super(
      'invalid-config',
      `${result.file} has ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}`,
      'Fix them (`quickscale validate` lists them) and run again.',
    );
  }
}

/** Validates a configuration text; throws InvalidConfig (with every diagnostic) when it has errors. */
export function validConfig(ctx: Context, shown: string, text: string): QuickscaleConfig {
  const result = validateText(shown, text, ctx.catalog());
  if (!result.valid || !result.config) throw new InvalidConfig(result);
  return result.config;
}

export type EmbedMode = 'copy' | 'git';

class NoRepository extends Error {}

/**
 * Plans the project. `git` embeds every package from its split branch when all of them live in a
 * git checkout (otherwise the plan falls back to copying, for all of them: one mode per project).
 */
export function planFor(ctx: Context, config: QuickscaleConfig, mode: EmbedMode = 'copy'): Plan {
  const input = { config, catalog: ctx.catalog(), packageDirs: packageDirsOf(ctx) };
  if (mode === 'git' && gitAvailable()) {
    try {
      return buildPlan({
        ...input,
        embed: (pkg) => {
          const repo = repositoryOf(pkg.dir);
          if (!repo) throw new NoRepository(pkg.dir);
          return gitSource(pkg, repo);
        },
      });
    } catch (error) {
      if (!(error instanceof NoRepository)) throw error;
    }
  }
  return buildPlan(input);
}

/** The embedding mode an existing project was generated with. */
export function modeOf(lock: Lock | undefined): EmbedMode {
  return lock && Object.values(lock.modules).some((m) => m.source === 'git') ? 'git' : 'copy';
}

export function packageDirsOf(ctx: Context): string[] {
  return ctx.packageDirs;
}

export interface GenerateOutcome {
  plan: Plan;
  created: boolean;
  applied: AppliedChange[];
}

export async function generateInto(
  ctx: Context,
  projectDir: string,
  configShown: string,
  configText: string,
  options: { force: boolean; git?: boolean },
): Promise<GenerateOutcome> {
  const config = validConfig(ctx, configShown, configText);
  const lock = readLock(projectDir);
  const plan = planFor(ctx, config, lock ? modeOf(lock) : options.git === false ? 'copy' : 'git');
  if (!lock) {
    const subtree = plan.packages.some((p) => p.source.kind === 'git');
    await writeNewProject(projectDir, plan, configText, {
      env: ctx.io.env,
      // By subtree: the same files, committed as squashed subtrees before the move into place.
      ...(subtree ? { finish: (staging: string, files) => addSubtrees(staging, plan, files) } : {}),
    });
    return { plan, created: true, applied: [] };
  }
  const planned = [...plan.files, ...plan.moduleFiles];
  const changes = classify(projectDir, planned, lock, readBase(projectDir));
  const applied = applyChanges(projectDir, changes, {
    mode: 'generate',
    force: options.force,
    labels: { theirs: `quickscale ${plan.cliVersion}` },
  });
  writeBookkeeping(projectDir, plan, configText);
  return { plan, created: false, applied };
}

/** Runs a long step with its output shown (or captured and shown only on failure). */
export function runStep(
  ctx: Context,
  label: string,
  command: string,
  args: string[],
  cwd: string,
  quiet: boolean,
): Promise<void> {
  const err = ctx.stderr();
  if (!quiet)
    err.line(`${err.paint('cyan', '›')} ${label}  ${err.paint('dim', `${command} ${args.join(' ')}`)}`);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...ctx.io.env, npm_config_workspaces: undefined, npm_config_update_notifier: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (d: Buffer) => {
      output += d.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = quiet
      ? null
      : setInterval(
          () => err.line(err.paint('dim', `  … ${Math.round((Date.now() - started) / 1000)} s`)),
          10_000,
        );
    child.on('error', (e) => {
      if (timer) clearInterval(timer);
      reject(
        new CliError('step-failed', `${label} could not start: ${e.message}`, `Is ${command} installed?`),
      );
    });
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      if (code === 0) {
        if (!quiet)
          err.line(`  ${err.paint('green', '✓')} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        resolve();
      } else {
        reject(
          new CliError(
            'step-failed',
            `${label} failed (exit code ${code}):\n${output.trim().split('\n').slice(-25).join('\n')}`,
            `Fix what it says, then run \`${command} ${args.join(' ')}\` in ${cwd}.`,
          ),
        );
      }
    });
  });
}

let hasGit: boolean | undefined;

export function gitAvailable(): boolean {
  hasGit ??= spawnSync('git', ['--version'], { stdio: 'ignore' }).status === 0;
  return hasGit;
}

/** `git init` and a first commit of everything generated (when git is there and not asked away). */
export async function initGit(ctx: Context, dir: string, quiet: boolean, message: string): Promise<boolean> {
  if (!gitAvailable()) return false;
  if (!existsSync(join(dir, '.git')))
    await runStep(ctx, 'git init', 'git', ['init', '-q', '-b', 'main'], dir, true);
  // Embedding by subtree already committed the generated files; only what install added is left.
  const pending = spawnSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
  if (pending === '') return true;
  await runStep(ctx, 'git add', 'git', ['add', '-A'], dir, true);
  await runStep(ctx, 'commit', 'git', [...identity(dir), 'commit', '-q', '-m', message], dir, quiet);
  return true;
}

/** `-c user.name/email` only when git has no identity configured (a fresh machine, CI). */
export function identity(dir: string): string[] {
  const email = spawnSync('git', ['config', 'user.email'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
  return email ? [] : ['-c', 'user.name=QuickScale', '-c', 'user.email=quickscale@localhost'];
}
