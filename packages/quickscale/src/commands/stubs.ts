/**
 * Commands of the spec that later versions implement. They are registered with their real
 * arguments (so `--help` documents them) and fail loudly — exit 1 and a message — rather than
 * doing nothing.
 */
import type { Command } from 'commander';
import { subcommand } from '../cli/command.js';
import type { Context } from '../cli/context.js';
import { Errors, type ExitCode } from '../cli/errors.js';
import { cliVersion } from '../manifests/catalog.js';

interface Stub {
  name: string;
  description: string;
  options?: Array<[string, string]>;
  example: string;
}

const STUBS: Stub[] = [
  {
    name: 'init [dir]',
    description: 'interactive wizard that writes quickscale.yml',
    options: [['-y, --yes', 'take every default']],
    example: 'quickscale init my-shop',
  },
  {
    name: 'create <name>',
    description: 'write the configuration and generate the project in one step',
    options: [
      ['--theme <theme>', 'starter | pages | todo'],
      ['--frontend <frontend>', 'htmx | react'],
      ['--modules <list>', 'comma-separated module names'],
      ['-y, --yes', 'take every default'],
      ['--no-install', 'skip npm install'],
      ['--no-git', 'skip git init'],
    ],
    example: 'quickscale create mystore --theme starter --modules auth,notifications',
  },
  {
    name: 'preview [file]',
    description: 'show the change plan without writing anything',
    options: [['--json', 'print the plan as JSON']],
    example: 'quickscale preview',
  },
  {
    name: 'generate [file]',
    description: 'assemble the project from the configuration',
    options: [['--force', 'overwrite files you changed']],
    example: 'quickscale generate',
  },
  {
    name: 'status',
    description: 'configuration vs generated tree: drift, modified files, newer modules',
    options: [['--json', 'print the status as JSON']],
    example: 'quickscale status --json',
  },
  {
    name: 'update [modules...]',
    description: 'bring newer module versions into the project (three-way merge)',
    example: 'quickscale update auth',
  },
  {
    name: 'sync-back',
    description: 'send improvements to embedded module code back to Q-Space',
    options: [
      ['--preview', 'show the patch'],
      ['--apply', 'create the branch'],
    ],
    example: 'quickscale sync-back --preview',
  },
  {
    name: 'remove <module>',
    description: "remove a module's code and wiring (its data is kept)",
    options: [['--drop-data', 'also tell how to drop its tables now']],
    example: 'quickscale remove analytics',
  },
  {
    name: 'explain <path>',
    description: 'which theme/module/version generated a file and which keys control it',
    options: [['--json', 'print the answer as JSON']],
    example: 'quickscale explain src/server.ts',
  },
];

export function registerStubs(program: Command, _ctx: Context, _done: (code: ExitCode) => void): void {
  for (const stub of STUBS) {
    const name = stub.name.split(' ')[0] ?? stub.name;
    const command = subcommand(program, stub.name, name)
      .description(`${stub.description} (not implemented yet)`)
      .addHelpText('after', `\nNot implemented yet in this version.\n\nExample:\n  $ ${stub.example}`);
    for (const [flags, description] of stub.options ?? []) command.option(flags, description);
    command.action(() => {
      throw Errors.notImplemented(name, cliVersion());
    });
  }
}
