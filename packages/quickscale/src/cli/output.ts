/**
 * Everything the CLI prints goes through an `Io`: the streams, the environment and whether colour
 * is on. Colour only on a terminal, never when NO_COLOR is set (https://no-color.org) or TERM is
 * dumb; FORCE_COLOR turns it on for pipes. Tests pass their own Io instead of patching globals.
 */
import type { Writable } from 'node:stream';

export interface Io {
  stdout: Pick<Writable, 'write'> & { isTTY?: boolean };
  stderr: Pick<Writable, 'write'> & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

export function colourEnabled(stream: { isTTY?: boolean }, env: Io['env'], flag = true): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

const CODES = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
} as const;
export type Style = keyof typeof CODES;
export type Paint = (style: Style, text: string) => string;

export function painter(enabled: boolean): Paint {
  return (style, text) => (enabled ? `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m` : text);
}

/** A printer bound to one stream, colour decided once. */
export interface Out {
  line(text?: string): void;
  paint: Paint;
}

export function out(stream: Io['stdout'], env: Io['env'], colour: boolean): Out {
  const paint = painter(colourEnabled(stream, env, colour));
  return { line: (text = '') => void stream.write(`${text}\n`), paint };
}

/** Machine output: one JSON document, two-space indented. */
export function printJson(io: Io, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Left-aligned columns for list output. */
export function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, cell.length);
  }
  return rows.map((row) =>
    row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '),
  );
}
