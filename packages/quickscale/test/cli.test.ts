/**
 * The binary's contract: help with examples on every command, exit codes 0 / 1 / 2, later-version
 * commands not offered, JSON where there is output, colour only when it is wanted.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { cli, fixture } from './helpers.js';

const ANSI = '\u001b[';
const COMMANDS = ['validate', 'list', 'info', 'config schema', 'config migrate'];

describe.concurrent('help', () => {
  it('the program help lists every command, examples and the exit codes', async ({ expect }) => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const name of ['validate', 'list', 'info', 'config']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    }
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain(
      'Exit codes: 0 ok · 1 the command failed (e.g. the file has errors) · 2 usage error',
    );
  });

  for (const command of COMMANDS) {
    it(`quickscale ${command} --help shows usage and an example`, async ({ expect }) => {
      const run = await cli([...command.split(' '), '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: quickscale ${command}`);
      expect(run.stdout).toMatch(/Examples?:\n {2}\$ quickscale /);
    });
  }

  it('--version prints the package version', async ({ expect }) => {
    const run = await cli(['--version']);
    expect(run.stdout).toBe('0.1.0\n');
    expect(run.code).toBe(0);
  });
});

describe.concurrent('exit code 2 for usage errors', () => {
  const cases: Array<[string[], string]> = [
    [[], 'Usage: quickscale'],
    [['frobnicate'], "error: unknown command 'frobnicate'"],
    [['valdate'], '(Did you mean validate?)'],
    [['validate', '--strict'], "error: unknown option '--strict'"],
    [['validate', 'a.yml', 'b.yml'], "error: too many arguments for 'validate'"],
    [['info'], "error: missing required argument 'name'"],
    [['list', 'plugins'], "error: command-argument value 'plugins' is invalid for argument 'what'"],
    [['list', 'themes', 'pages'], 'error: a theme name only goes with "list frontends"'],
  ];
  for (const [args, message] of cases) {
    it(`quickscale ${args.join(' ') || '(nothing)'}`, async ({ expect }) => {
      const run = await cli(args);
      expect(run.stderr).toContain(message);
      expect(run.code).toBe(2);
    });
  }

  it('usage errors say how to get help', async ({ expect }) => {
    const run = await cli(['validate', '--strict']);
    expect(run.stderr).toContain('(run `quickscale validate --help` for usage)');
  });
});

describe.concurrent('unknown commands', () => {
  it('are usage errors (exit 2) that suggest the closest command', async ({ expect }) => {
    const run = await cli(['generat']);
    expect(run.stderr).toContain("unknown command 'generat'");
    expect(run.stderr).toContain('(Did you mean generate?)');
    expect(run.code).toBe(2);
  });

  it('every command of the spec is offered, with its own help', async ({ expect }) => {
    const help = (await cli(['--help'])).stdout;
    for (const command of [
      'init',
      'create',
      'validate',
      'preview',
      'generate',
      'list',
      'info',
      'status',
      'update',
      'sync-back',
      'remove',
      'explain',
    ])
      expect(help).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    const run = await cli(['sync-back', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Examples:');
  });
});

describe.concurrent('validate', () => {
  it('a missing file exits 1 with a hint', async ({ expect }) => {
    const dir = mkdtempSync(join(tmpdir(), 'quickscale-empty-'));
    const run = await cli(['validate'], { cwd: dir });
    expect(run.stderr).toBe(
      'error: cannot read quickscale.yml: no such file\nhint: Create one with `quickscale init`, or name it: `quickscale validate path/to/quickscale.yml`.\n',
    );
    expect(run.code).toBe(1);
  });

  it('--json reports every diagnostic with its position, and exits 1 on errors', async ({ expect }) => {
    const run = await cli(['validate', fixture('unknown-key.yml'), '--json']);
    const result = JSON.parse(run.stdout) as {
      file: string;
      valid: boolean;
      errors: unknown[];
      warnings: unknown[];
    };
    expect(result.file).toBe(fixture('unknown-key.yml'));
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toEqual({
      severity: 'error',
      code: 'unknown-key',
      message: 'unknown key "them" — did you mean "theme"?',
      hint: 'Keys allowed here: schema_version, project, theme, frontend, modules, backend_extensions, deployment, customizations.',
      path: ['them'],
      line: 5,
      column: 1,
    });
    expect(result.errors).toHaveLength(3);
    expect(run.code).toBe(1);
  });

  it('--json on a valid file includes the configuration with defaults applied', async ({ expect }) => {
    const run = await cli(['validate', fixture('valid.yml'), '--json']);
    const result = JSON.parse(run.stdout) as { valid: boolean; config: Record<string, unknown> };
    expect(result.valid).toBe(true);
    expect(result.config).toMatchObject({
      theme: 'starter',
      frontend: { source: 'htmx', variant: 'default' },
      modules: { auth: {}, notifications: { sender_email: 'hello@mystore.co.ke', smtp_url_env: 'SMTP_URL' } },
      backend_extensions: 'src/extensions.ts',
    });
    expect(run.code).toBe(0);
  });
});

describe.concurrent('colour', () => {
  const args = ['validate', fixture('theme-enum.yml')];

  it('is off when the output is not a terminal', async ({ expect }) => {
    const run = await cli(args);
    expect(run.stdout).not.toContain(ANSI);
  });

  it('is on with FORCE_COLOR', async ({ expect }) => {
    const run = await cli(args, { env: { FORCE_COLOR: '1' } });
    expect(run.stdout).toContain(`${ANSI}31merror${ANSI}39m`);
  });

  it('NO_COLOR wins over FORCE_COLOR', async ({ expect }) => {
    const run = await cli(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(run.stdout).not.toContain(ANSI);
  });

  it('--no-color turns it off', async ({ expect }) => {
    const run = await cli([...args, '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(run.stdout).not.toContain(ANSI);
  });
});
