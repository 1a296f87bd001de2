/**
 * `npm run sync -w packages/quickscale`: rewrites the generated parts of the module manifests and
 * the published JSON Schemas (see src/manifests/sync.ts). `--check` only reports stale files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PACKAGE_ROOT } from '../src/manifests/catalog.js';
import { isUpToDate, planSync } from '../src/manifests/sync.js';

const check = process.argv.includes('--check');
const written: string[] = [];
let stale = 0;
for (const plan of await planSync()) {
  if (isUpToDate(plan)) continue;
  const name = relative(process.cwd(), plan.file);
  if (check) {
    console.error(`${name} is out of date. Run \`npm run sync -w packages/quickscale\`.`);
    stale++;
  } else {
    writeFileSync(plan.file, plan.expected);
    written.push(plan.file);
    console.log(`wrote ${name}`);
  }
}
// Inside the repository, leave the files as the formatter wants them so `npm run lint` stays green.
const biome = join(PACKAGE_ROOT, '..', '..', 'node_modules', '.bin', 'biome');
if (written.length > 0 && existsSync(biome))
  spawnSync(biome, ['format', '--write', ...written], { stdio: 'inherit' });
process.exitCode = stale > 0 ? 1 : 0;
