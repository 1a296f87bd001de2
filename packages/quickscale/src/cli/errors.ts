/**
 * The CLI's error catalog: each failure has a code, a message that says what happened, a hint that
 * says what to do, and its exit code (1 = the command failed, 2 = it was called wrongly).
 */

export type ExitCode = 0 | 1 | 2;

export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: string,
    message: string,
    readonly hint?: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export const Errors = {
  fileNotFound: (file: string, command: string) =>
    new CliError(
      'file-not-found',
      `cannot read ${file}: no such file`,
      `Create one with \`quickscale init\`, or name it: \`quickscale ${command} path/to/quickscale.yml\`.`,
    ),
  notAFile: (file: string, command: string) =>
    new CliError(
      'not-a-file',
      `cannot read ${file}: it is not a file`,
      `Name the configuration file itself: \`quickscale ${command} ${file.replace(/\/?$/, '/')}quickscale.yml\`.`,
    ),
  unknownName: (kind: string, name: string, suggestion: string | undefined, known: string[]) =>
    new CliError(
      'unknown-name',
      `no ${kind} named "${name}"${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
      `Known: ${known.join(', ') || '(none)'}. \`quickscale list themes\` and \`quickscale list modules\` show them all.`,
    ),
  usage: (message: string, hint: string) => new CliError('usage', message, hint, 2),
} as const;
