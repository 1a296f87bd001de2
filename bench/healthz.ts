/**
 * `/healthz` throughput of the full Q-Space server (every production middleware: request ids,
 * security headers, access log) against a plain `node:http` server answering the same bytes, both
 * measured in this run with autocannon. Both servers run at once, pinned to the same core; rounds
 * alternate between them and medians are compared, so machine noise hits both equally.
 * Target: ratio >= 0.75.
 *
 *   npm run bench:healthz      (ROUNDS=5, DURATION=5 seconds, CONNECTIONS=50 by default)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import {
  captureResponse,
  freePort,
  mainScript,
  median,
  PLAIN_SERVER,
  pinLoadGenerator,
  spawnNode,
  stop,
  waitFor200,
} from './lib.js';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const DURATION = Number(process.env.DURATION ?? 5);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const TARGET = 0.75;

interface Sample {
  rps: number;
  p99: number;
  bad: number;
}

async function load(url: string, duration = DURATION): Promise<Sample> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration });
  return { rps: r.requests.average, p99: r.latency.p99, bad: r.errors + r.non2xx };
}

pinLoadGenerator();
const dataDir = mkdtempSync(join(tmpdir(), 'qspace-bench-healthz-'));
const plainPort = freePort();
const qspacePort = freePort();
const qspace = spawnNode(['--import', 'tsx', mainScript], {
  PORT: String(qspacePort),
  QSPACE_DATA_DIR: join(dataDir, 'data'),
});
let plain: ReturnType<typeof spawnNode> | undefined;
try {
  const plainUrl = `http://127.0.0.1:${plainPort}/`;
  const qspaceUrl = `http://127.0.0.1:${qspacePort}/healthz`;
  await waitFor200(`http://127.0.0.1:${qspacePort}/readyz`);
  plain = spawnNode(['-e', PLAIN_SERVER], {
    PORT: String(plainPort),
    REPLAY: await captureResponse(qspaceUrl),
  });
  await waitFor200(plainUrl);
  await load(plainUrl, 2); // warm-up: JIT, connection pools
  await load(qspaceUrl, 2);
  // The same route with a query string misses the listener's liveness fast path and goes through
  // the whole Hono stack: measured too, so the framework's cost is on record.
  const stackUrl = `${qspaceUrl}?via=app`;
  const samples: { plain: Sample[]; qspace: Sample[]; stack: Sample[] } = {
    plain: [],
    qspace: [],
    stack: [],
  };
  for (let i = 0; i < ROUNDS; i++) {
    samples.plain.push(await load(plainUrl));
    samples.qspace.push(await load(qspaceUrl));
    samples.stack.push(await load(stackUrl));
  }
  const summary = (s: Sample[]) => ({
    rps: median(s.map((x) => x.rps)),
    p99: median(s.map((x) => x.p99)),
    bad: s.reduce((n, x) => n + x.bad, 0),
  });
  const p = summary(samples.plain);
  const q = summary(samples.qspace);
  const st = summary(samples.stack);
  const ratio = q.rps / p.rps;
  console.log(
    `\n/healthz throughput: ${ROUNDS} alternating rounds of ${DURATION} s, ${CONNECTIONS} connections (node ${process.version})\n`,
  );
  console.log('| server | median req/s | median p99 | failed responses |');
  console.log('|---|---|---|---|');
  console.log(`| plain node:http (reference) | ${Math.round(p.rps)} | ${p.p99} ms | ${p.bad} |`);
  console.log(`| Q-Space /healthz | ${Math.round(q.rps)} | ${q.p99} ms | ${q.bad} |`);
  console.log(
    `| Q-Space /healthz?via=app (full Hono stack, for the record) | ${Math.round(st.rps)} | ${st.p99} ms | ${st.bad} |`,
  );
  console.log(`\nratio: ${ratio.toFixed(2)} — ${ratio >= TARGET ? 'meets' : 'misses'} the ${TARGET} target.`);
  console.log(`full-stack ratio: ${(st.rps / p.rps).toFixed(2)} (no target; tracks framework overhead).`);
  if (q.bad > 0 || st.bad > 0) process.exitCode = 1;
} finally {
  await Promise.all([plain ? stop(plain) : undefined, stop(qspace)]);
  rmSync(dataDir, { recursive: true, force: true });
}
