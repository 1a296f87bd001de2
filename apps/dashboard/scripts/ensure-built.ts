/**
 * Builds the dashboard when its build is missing or older than its sources — run before `npm start`
 * (root `prestart`) and by the browser suite, so a fresh clone serves the dashboard with no extra
 * step. A no-op (a few milliseconds of `stat`) when the build is current; a full build takes ~2 s.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = ['index.html', 'vite.config.ts', 'package.json', 'src'];

function newestMtime(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/** True when dist/ is missing or older than a source file. */
export function isStale(dir = root): boolean {
  const built = statSync(join(dir, 'dist', 'index.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return INPUTS.some((input) => newestMtime(join(dir, input)) > built);
}

export async function ensureBuilt(): Promise<'built' | 'current'> {
  if (!isStale()) return 'current';
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
  return 'built';
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const started = performance.now();
  const result = await ensureBuilt();
  if (result === 'built') console.log(`Dashboard built in ${Math.round(performance.now() - started)} ms.`);
}
