/**
 * Cold start to ready on the embedded database: time from spawning the server process to the
 * first 200 from /readyz (database open, migrations applied, worker running, HTTP listening).
 * Measured for a restart on existing data (the common case: deploys, crashes) and for the very
 * first run (which also initialises the PostgreSQL cluster). Reference, measured in the same run:
 * a plain `node:http` server process from spawn to its first 200.
 *
 *   npm run bench:cold-start            (RUNS=5 by default)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, mainScript, median, PLAIN_SERVER, spawnNode, stop, waitFor200 } from './lib.js';

const RUNS = Number(process.env.RUNS ?? 5);
const TARGET_MS = 3_000;

async function timeToReady(args: string[], env: Record<string, string>, path: string): Promise<number> {
  const port = freePort();
  const started = performance.now();
  // Not pinned to a core: start-up uses every core it can get (WASM compilation, module loading).
  const child = spawnNode(args, { ...env, PORT: String(port) }, false);
  try {
    await waitFor200(`http://127.0.0.1:${port}${path}`);
    return performance.now() - started;
  } finally {
    await stop(child);
  }
}

const base = mkdtempSync(join(tmpdir(), 'qspace-bench-cold-'));
const reference: number[] = [];
const firstRun: number[] = [];
const restart: number[] = [];
try {
  // Warm the tsx transform cache once so every measured run sees the same conditions.
  await timeToReady(['--import', 'tsx', mainScript], { QSPACE_DATA_DIR: join(base, 'warmup') }, '/readyz');
  for (let i = 0; i < RUNS; i++) {
    reference.push(await timeToReady(['-e', PLAIN_SERVER], {}, '/'));
    const dataDir = join(base, `run-${i}`);
    firstRun.push(
      await timeToReady(['--import', 'tsx', mainScript], { QSPACE_DATA_DIR: dataDir }, '/readyz'),
    );
    restart.push(await timeToReady(['--import', 'tsx', mainScript], { QSPACE_DATA_DIR: dataDir }, '/readyz'));
  }
} finally {
  rmSync(base, { recursive: true, force: true });
}

const ref = median(reference);
const row = (label: string, values: number[]) => {
  const m = median(values);
  return `| ${label} | ${Math.round(m)} ms | ${(m / ref).toFixed(1)}× | ${values.map((v) => Math.round(v)).join(', ')} |`;
};
console.log(`\nCold start to ready, median of ${RUNS} runs (node ${process.version})\n`);
console.log('| process | median | ratio to plain node:http | runs (ms) |');
console.log('|---|---|---|---|');
console.log(row('plain node:http (reference)', reference));
console.log(row('Q-Space, restart on existing data', restart));
console.log(row('Q-Space, first run (creates the database)', firstRun));
const verdict = median(restart) < TARGET_MS ? 'meets' : 'misses';
console.log(`\nRestart to ready: ${Math.round(median(restart))} ms — ${verdict} the ${TARGET_MS} ms target.`);
