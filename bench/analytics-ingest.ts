/**
 * Analytics ingest: sustained events/s through `POST /api/event` on the real server (buffered,
 * written in batches), against a plain batched INSERT of the same rows into a table of the same
 * shape (same primary key and indexes) from a `pg` client, measured in the same run. Then the p99
 * response time at a steady 2,000 events/s. Each event is unique (UUIDv7 id), from one of 5,000
 * client IPs (X-Forwarded-For, TRUST_PROXY on), 6 browsers, 20 pages and 8 referrers.
 *
 * The server runs pinned to one core (PIN_SERVER=0: not pinned), the load generator to the other;
 * PostgreSQL is not pinned (it shares both). The sustained phase uses wrk when it is installed
 * (`apt-get install wrk`; LOADGEN=autocannon forces autocannon): on two cores the load generator's
 * own CPU is taken from the server and PostgreSQL, and wrk needs about a tenth of autocannon's per
 * request (docs/benchmarks.md). The steady-rate latency phase uses autocannon either way.
 * With BENCH_PGLITE=1 the database runs inside the server process (stored rows are then not
 * counted: only the HTTP side is reported).
 *
 *   npm run bench:analytics-ingest                      (PostgreSQL at postgres://postgres@127.0.0.1:5432)
 *   BENCH_PGLITE=1 npm run bench:analytics-ingest       (embedded PGlite)
 *   DURATION=10 CONNECTIONS=50 RATE=2000 by default
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { freePort, mainScript, pinLoadGenerator, spawnNode, stop, waitFor200 } from './lib.js';

const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const RATE = Number(process.env.RATE ?? 2000);
const PGLITE = process.env.BENCH_PGLITE === '1';
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const UAS = [
  'Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
  'Mozilla/5.0 (Linux; Android 12; TECNO KG5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36',
];
const PAGES = Array.from({ length: 20 }, (_, i) => (i === 0 ? '/' : `/page-${i}`));
const REFERRERS = [
  '',
  '',
  'https://www.google.com/',
  'https://l.instagram.com/',
  'https://l.facebook.com/',
  'https://t.co/x',
  'https://nation.africa/',
  'https://www.bing.com/',
];

let seq = 0;
function uuidv7(): string {
  const t = Date.now().toString(16).padStart(12, '0');
  const r =
    (++seq).toString(16).padStart(12, '0') +
    Math.floor(Math.random() * 0xfffff)
      .toString(16)
      .padStart(7, '0');
  return `${t.slice(0, 8)}-${t.slice(8)}-7${r.slice(0, 3)}-8${r.slice(3, 6)}-${r.slice(6, 18)}`;
}

function eventRequest(base: string) {
  return (req: autocannon.Request): autocannon.Request => {
    const i = seq;
    const body = JSON.stringify({
      n: 'pageview',
      u: `${base}/s/demo-cafe${PAGES[i % PAGES.length]}${i % 13 === 0 ? '?utm_source=instagram' : ''}`,
      r: REFERRERS[i % REFERRERS.length] || null,
      id: uuidv7(),
      w: i % 3 === 0 ? 1280 : 390,
    });
    return {
      ...req,
      body,
      headers: {
        'content-type': 'text/plain;charset=UTF-8',
        'user-agent': UAS[i % UAS.length] as string,
        // 5,000 addresses: a visitor sends a few events, as people do.
        'x-forwarded-for': `10.0.${Math.floor((i % 5000) / 250)}.${i % 250}`,
      },
    };
  };
}

const WRK_SCRIPT = fileURLToPath(new URL('./analytics-ingest.lua', import.meta.url));
const useWrk = process.env.LOADGEN !== 'autocannon' && spawnSync('wrk', ['-v']).error === undefined;

interface Sustained {
  total: number;
  non2xx: number;
  errors: number;
  tool: string;
}

/** The sustained load: wrk (pinned like this process) when installed, else autocannon. */
async function sustainedLoad(base: string): Promise<Sustained> {
  if (!useWrk) {
    const r = await autocannon({
      url: `${base}/api/event`,
      method: 'POST',
      connections: CONNECTIONS,
      duration: DURATION,
      requests: [{ setupRequest: eventRequest(base) }],
    });
    return { total: r.requests.total, non2xx: r.non2xx, errors: r.errors, tool: 'autocannon' };
  }
  const child = spawn(
    'wrk',
    ['-t1', `-c${CONNECTIONS}`, `-d${DURATION}s`, '-s', WRK_SCRIPT, `${base}/api/event`],
    { env: { ...process.env, BASE: base }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  await new Promise((resolve) => child.once('exit', resolve));
  const total = Number(/(\d+) requests in/.exec(out)?.[1] ?? Number.NaN);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const errs = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = errs ? errs.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
  if (!Number.isFinite(total)) throw new Error(`wrk printed no request count:\n${out}`);
  return { total, non2xx, errors, tool: 'wrk' };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

async function rowCount(client: pg.Client, table: string): Promise<number> {
  return Number((await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
}

/** Waits until the row count stops growing; returns it and when it last grew. */
async function settle(read: () => Promise<number>): Promise<{ rows: number; at: number }> {
  let last = -1;
  let at = performance.now();
  for (;;) {
    const n = await read();
    if (n !== last) {
      last = n;
      at = performance.now();
    } else if (performance.now() - at > 2500) return { rows: n, at };
    await new Promise((r) => setTimeout(r, 200));
  }
}

pinLoadGenerator();
const port = freePort();
const base = `http://127.0.0.1:${port}`;
let dbUrl = '';
let dropDb: (() => Promise<void>) | null = null;
const env: Record<string, string> = {
  PORT: String(port),
  PUBLIC_URL: base,
  NODE_ENV: 'development',
  DEMO_SEED: 'true',
  TRUST_PROXY: 'true',
  RATE_LIMIT_EVENTS_PER_IP: '1000000',
  LOG_LEVEL: 'warn',
};
if (PGLITE) {
  env.QSPACE_DATA_DIR = join(mkdtempSync(join(tmpdir(), 'qspace-bench-ingest-')), 'data');
} else {
  const name = `qspace_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  dbUrl = u.toString();
  env.DATABASE_URL = dbUrl;
  dropDb = async () => {
    const c = new pg.Client({ connectionString: ADMIN_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
}
// PIN_SERVER=0 lets the server use both cores (shared with PostgreSQL and the load generator).
const server = spawnNode(['--import', 'tsx', mainScript], env, process.env.PIN_SERVER !== '0');
try {
  await waitFor200(`${base}/readyz`);
  await waitFor200(`${base}/s/demo-cafe/`);
  // Warm-up (JIT, caches, the day's salt).
  await autocannon({
    url: `${base}/api/event`,
    method: 'POST',
    connections: 10,
    duration: 2,
    requests: [{ setupRequest: eventRequest(base) }],
  });
  let count: () => Promise<number>;
  let client: pg.Client | null = null;
  if (dbUrl) {
    client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    const c = client;
    count = () => rowCount(c, 'analytics_events');
  } else {
    // PGlite lives inside the server process: count through the API's realtime view is not exact, so use the
    // server's own stats line instead (the bench asks /readyz to be up and then reads page views via overview).
    count = async () => -1;
  }
  await settle(count);
  const before = await count();
  const started = performance.now();
  const cpuBefore = cpuSeconds(server.pid);
  const load = await sustainedLoad(base);
  const loadEnd = performance.now();
  const done = await settle(count);
  const stored = done.rows - before;
  const storedEnd = Math.max(loadEnd, done.at);
  const httpRate = load.total / ((loadEnd - started) / 1000);
  const storedRate = stored / ((storedEnd - started) / 1000);
  const serverCpu = cpuSeconds(server.pid) - cpuBefore;

  // The reference: the same rows, re-inserted with plain batched INSERTs into a table of the same shape.
  let refRate = Number.NaN;
  if (client) {
    await client.query('CREATE TABLE bench_ref (LIKE analytics_events INCLUDING ALL)');
    const { rows } = await client.query('SELECT * FROM analytics_events');
    const cols = Object.keys(rows[0] ?? {});
    const BATCH = 1000;
    const t0 = performance.now();
    for (let i = 0; i < rows.length; i += BATCH) {
      const chunk = rows.slice(i, i + BATCH);
      const params: unknown[] = [];
      const values = chunk.map(
        (r) =>
          `(${cols.map((c) => `$${params.push(c === 'props' && r[c] ? JSON.stringify(r[c]) : r[c])}`).join(',')})`,
      );
      await client.query(`INSERT INTO bench_ref (${cols.join(',')}) VALUES ${values.join(',')}`, params);
    }
    refRate = rows.length / ((performance.now() - t0) / 1000);
  }

  // Latency at a steady 2,000 events/s.
  const steady = await autocannon({
    url: `${base}/api/event`,
    method: 'POST',
    connections: 20,
    duration: DURATION,
    overallRate: RATE,
    requests: [{ setupRequest: eventRequest(base) }],
  });
  await settle(count);
  await client?.end();

  console.log(
    `\nAnalytics ingest (${PGLITE ? 'PGlite, embedded' : 'PostgreSQL server'}), node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log('| measure | value |');
  console.log('|---|---|');
  console.log(
    `| HTTP 202 answers/s (${load.tool}), ${CONNECTIONS} connections, ${DURATION} s | ${Math.round(httpRate)} (non-2xx: ${load.non2xx}, errors: ${load.errors}) |`,
  );
  if (client) {
    console.log(
      `| events stored/s (until the last batch was written) | ${Math.round(storedRate)} (${stored} rows) |`,
    );
    console.log(
      `| plain batched INSERT of the same rows, same indexes (reference) | ${Math.round(refRate)} rows/s |`,
    );
    console.log(`| ratio stored/s ÷ plain INSERT | ${(storedRate / refRate).toFixed(2)} |`);
    console.log(`| server CPU per stored event | ${((serverCpu * 1e6) / stored).toFixed(0)} µs |`);
  }
  console.log(
    `| p99 / p50 at ${RATE} events/s (achieved ${Math.round(steady.requests.average)}/s) | ${steady.latency.p99} ms / ${steady.latency.p50} ms |`,
  );
} finally {
  await stop(server);
  await dropDb?.();
}
