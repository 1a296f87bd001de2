/**
 * Bundles the CLI's sources into `dist/quickscale.mjs` (dependencies stay external, resolved from
 * node_modules) so an installed quickscale starts without compiling TypeScript on each run — about a
 * second less per command on this machine (docs/benchmarks.md). Runs before `npm pack`; in the
 * repository `bin/quickscale.js` uses the bundle only while it is newer than every source file.
 */
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../src/main.ts', import.meta.url).pathname],
  outfile: new URL('../dist/quickscale.mjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
});
