/**
 * `npm run bench:bundle` — the dashboard's bundle budget. Builds the dashboard, then sums the
 * gzipped JavaScript the sign-in route loads before it can render: every script in `dist/index.html`
 * (the entry and the small theme script) and every module it preloads. Budget: ≤ 200 KB gzipped
 * (issue 5). It also checks that the heavy editors (Puck, Tiptap) are not in that set — they must
 * load lazily, with their screens.
 * The reference, printed alongside, is React + ReactDOM alone: what any React app pays.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'apps/dashboard/dist');
const BUDGET_KB = 200;

execFileSync('npm', ['run', 'build', '-w', 'apps/dashboard'], { cwd: root, stdio: 'ignore' });

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [
  // Module entry and the classic scripts in <head> (the theme is set before first paint).
  ...html.matchAll(/<script[^>]*src="([^"]+\.js)"/g),
  ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
].map((m) => m[1] as string);
const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

let total = 0;
const heavy: string[] = [];
for (const file of files) {
  const bytes = readFileSync(join(dist, file));
  const size = gz(bytes);
  total += size;
  const text = bytes.toString('utf8');
  if (/@puckeditor|puck-|ProseMirror|tiptap/i.test(text)) heavy.push(file);
  console.log(`${file.padEnd(48)} ${(size / 1024).toFixed(1).padStart(7)} KB gz`);
}
const require = createRequire(join(root, 'apps/dashboard/package.json'));
const pkgDir = (name: string) => join(require.resolve(`${name}/package.json`), '..');
const reactRef =
  gz(readFileSync(join(pkgDir('react'), 'cjs/react.production.js'))) +
  gz(readFileSync(join(pkgDir('react-dom'), 'cjs/react-dom-client.production.js')));

const kb = total / 1024;
console.log(`\nsign-in route JavaScript: ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
console.log(
  `reference, React + ReactDOM alone: ${(reactRef / 1024).toFixed(1)} KB gzipped (ratio ${(total / reactRef).toFixed(2)})`,
);
console.log(
  heavy.length
    ? `editors in the initial load: ${heavy.join(', ')}`
    : 'editors (Puck, Tiptap): not in the initial load ✓',
);
if (kb > BUDGET_KB || heavy.length > 0) process.exit(1);
