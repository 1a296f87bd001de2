/**
 * Serving a cached published page: requests/s of `GET /s/demo-cafe/` on the real server (production
 * mode, pinned to one core) against a plain `node:http` server on the same core that answers the
 * exact bytes and headers the real one sent (the Brotli body, CSP, ETag, security headers…).
 * Both are loaded with autocannon sending a browser's `Accept-Encoding`, in interleaved rounds;
 * the best round of each is compared. Target: ratio >= 0.8.
 *
 * The App is created the way a person does it (sign-up, verification mail, sign-in, create App
 * with the café starter, as the demo seed does). For the record, the same page with a query string
 * is also measured: it misses the listener's fast path and is served from the cache by the Hono
 * route.
 *
 *   npm run bench:site-serve    (ROUNDS=2, DURATION=5 s, CONNECTIONS=50 by default)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSmtpServer } from '@qspace/test-kit';
import autocannon from 'autocannon';
import { freePort, mainScript, pinLoadGenerator, spawnNode, stop, waitFor200 } from './lib.js';

const ROUNDS = Number(process.env.ROUNDS ?? 2);
const DURATION = Number(process.env.DURATION ?? 5);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const TARGET = 0.8;
/** What Chrome and Firefox send; the server picks Brotli from it. */
const ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

/** Answers every request with the captured status, headers and body bytes. */
const REPLAY_SERVER = `
const http = require('node:http');
const fs = require('node:fs');
const { status, headers } = JSON.parse(process.env.REPLAY_HEAD);
const body = fs.readFileSync(process.env.REPLAY_BODY);
http.createServer((req, res) => {
  res.writeHead(status, headers);
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

interface Captured {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** The raw response (still compressed: fetch would decode it), without per-connection headers. */
function capture(url: string): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': ACCEPT_ENCODING } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers: Record<string, string> = {};
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i] ?? '';
          if (!['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name.toLowerCase())) {
            headers[name] = res.rawHeaders[i + 1] ?? '';
          }
        }
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

interface Sample {
  rps: number;
  p99: number;
  bad: number;
  /** Share of its core the server process used (1 = busy all the time). */
  busy: number;
  /** CPU time the server spent per request, in microseconds. */
  cpuUs: number;
}

/**
 * CPU time (user + system) of a process so far, in ms, from /proc (Linux; NaN elsewhere). When the
 * load generator, not the server, is the bottleneck, req/s cannot tell two servers apart; CPU per
 * request still can.
 */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 10 ms ticks
  } catch {
    return Number.NaN;
  }
}

async function load(url: string, pid: number | undefined, duration = DURATION): Promise<Sample> {
  const headers = { 'accept-encoding': ACCEPT_ENCODING };
  const cpu0 = cpuMs(pid);
  const r = await autocannon({ url, connections: CONNECTIONS, duration, headers });
  const cpu = cpuMs(pid) - cpu0;
  return {
    rps: r.requests.average,
    p99: r.latency.p99,
    bad: r.errors + r.non2xx,
    busy: cpu / (duration * 1000),
    cpuUs: (cpu * 1000) / r.requests.total,
  };
}

/** Signs up, verifies, signs in and creates App `demo-cafe` from the café starter. */
async function createDemoApp(base: string, smtp: Awaited<ReturnType<typeof startSmtpServer>>): Promise<void> {
  const post = (path: string, body: unknown, cookie = '') =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base, cookie },
      body: JSON.stringify(body),
    });
  const email = 'bench@example.com';
  const password = 'benchmark pass phrase';
  await post('/api/auth/sign-up/email', { email, password, name: 'Bench' });
  const [mail] = await smtp.waitFor(1);
  const link = mail?.parsed.text?.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error('no verification link arrived');
  await fetch(link, { redirect: 'manual' });
  const signIn = await post('/api/auth/sign-in/email', { email, password });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const list = await fetch(`${base}/api/v1/starters`, { headers: { cookie } });
  const starters = (await list.json()) as { id: string; category: string }[];
  const starter = starters.find((s) => s.category === 'shops') ?? starters[0];
  const created = await post(
    '/api/v1/apps',
    { name: 'Demo Café', slug: 'demo-cafe', starter: starter?.id },
    cookie,
  );
  if (created.status !== 201) throw new Error(`creating the App answered ${created.status}`);
}

pinLoadGenerator();
const smtp = await startSmtpServer();
const dataDir = mkdtempSync(join(tmpdir(), 'qspace-bench-site-'));
const port = freePort();
const plainPort = freePort();
const base = `http://127.0.0.1:${port}`;
const profile = process.env.PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE_DIR}`] : [];
const server = spawnNode([...profile, '--import', 'tsx', mainScript], {
  PORT: String(port),
  PUBLIC_URL: base,
  SMTP_URL: smtp.url,
  QSPACE_DATA_DIR: join(dataDir, 'data'),
});
let plain: ReturnType<typeof spawnNode> | undefined;
try {
  await waitFor200(`${base}/readyz`);
  await createDemoApp(base, smtp);
  const pageUrl = `${base}/s/demo-cafe/`;
  await capture(pageUrl); // renders the page and fills the cache
  const page = await capture(pageUrl);
  const encoding = page.headers['Content-Encoding'] ?? page.headers['content-encoding'];
  if (page.status !== 200 || encoding !== 'br') {
    throw new Error(
      `${pageUrl} answered ${page.status} with encoding ${encoding ?? 'none'}; expected 200, br`,
    );
  }
  writeFileSync(join(dataDir, 'page.br'), page.body);
  plain = spawnNode(['-e', REPLAY_SERVER], {
    PORT: String(plainPort),
    REPLAY_HEAD: JSON.stringify({ status: page.status, headers: page.headers }),
    REPLAY_BODY: join(dataDir, 'page.br'),
  });
  const plainUrl = `http://127.0.0.1:${plainPort}/s/demo-cafe/`;
  await waitFor200(plainUrl);
  // With a query string the page misses the listener's fast path: the Hono route serves it from
  // the same cache. Measured for the record.
  const routeUrl = `${pageUrl}?via=app`;
  await load(plainUrl, plain.pid, 2); // warm-up: JIT, connection pools
  await load(pageUrl, server.pid, 2);
  await load(routeUrl, server.pid, 2);
  const samples: { plain: Sample[]; qspace: Sample[]; route: Sample[] } = {
    plain: [],
    qspace: [],
    route: [],
  };
  for (let i = 0; i < ROUNDS; i++) {
    samples.plain.push(await load(plainUrl, plain.pid));
    samples.qspace.push(await load(pageUrl, server.pid));
    samples.route.push(await load(routeUrl, server.pid));
  }
  const best = (s: Sample[]) => s.reduce((a, b) => (b.rps > a.rps ? b : a));
  const bad = (s: Sample[]) => s.reduce((n, x) => n + x.bad, 0);
  const p = best(samples.plain);
  const q = best(samples.qspace);
  const r = best(samples.route);
  const ratio = q.rps / p.rps;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const us = (x: number) => `${Math.round(x)} µs`;
  console.log(
    `\nCached published page: best of ${ROUNDS} interleaved rounds of ${DURATION} s, ${CONNECTIONS} connections, Accept-Encoding: ${ACCEPT_ENCODING} (node ${process.version}, load average ${loadavg()[0]?.toFixed(1)})`,
  );
  console.log(
    `Response: ${page.body.length} bytes (br) with ${Object.keys(page.headers).length} headers, replayed byte for byte by the reference.\n`,
  );
  console.log('| server | best req/s | p99 | server core busy | server CPU per request | failed responses |');
  console.log('|---|---|---|---|---|---|');
  console.log(
    `| plain node:http, same bytes (reference) | ${Math.round(p.rps)} | ${p.p99} ms | ${pct(p.busy)} | ${us(p.cpuUs)} | ${bad(samples.plain)} |`,
  );
  console.log(
    `| Q-Space /s/demo-cafe/ | ${Math.round(q.rps)} | ${q.p99} ms | ${pct(q.busy)} | ${us(q.cpuUs)} | ${bad(samples.qspace)} |`,
  );
  console.log(
    `| Q-Space /s/demo-cafe/?via=app (Hono route, cached, for the record) | ${Math.round(r.rps)} | ${r.p99} ms | ${pct(r.busy)} | ${us(r.cpuUs)} | ${bad(samples.route)} |`,
  );
  console.log(`\nratio: ${ratio.toFixed(2)} — ${ratio >= TARGET ? 'meets' : 'misses'} the ${TARGET} target.`);
  console.log(`Hono route ratio: ${(r.rps / p.rps).toFixed(2)} (no target).`);
  console.log(
    `CPU per request against the reference: ${(p.cpuUs / q.cpuUs).toFixed(2)} (fast path), ${(p.cpuUs / r.cpuUs).toFixed(2)} (Hono route).`,
  );
  if (q.busy < 0.9 && p.busy < 0.9) {
    console.log(
      'Neither server kept its core busy: the load generator was the limit, so compare CPU per request.',
    );
  }
  if (ratio < TARGET || bad(samples.qspace) > 0 || bad(samples.route) > 0) process.exitCode = 1;
} finally {
  await Promise.all([plain ? stop(plain) : undefined, stop(server)]);
  await smtp.close();
  rmSync(dataDir, { recursive: true, force: true });
}
