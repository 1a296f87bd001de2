/**
 * Authenticated API throughput: `GET /api/v1/apps` with a session cookie (session lookup, membership
 * join, JSON) against `/healthz` of the same server process, measured in the same run with autocannon,
 * alternating rounds. The account is created the way a person would: sign-up, the verification mail
 * (caught by a real SMTP server from @qspace/test-kit), the link, sign-in.
 *
 *   npm run bench:apps-api       (ROUNDS=5, DURATION=5 s, CONNECTIONS=20 by default)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSmtpServer } from '@qspace/test-kit';
import autocannon from 'autocannon';
import { freePort, mainScript, median, pinLoadGenerator, spawnNode, stop, waitFor200 } from './lib.js';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const DURATION = Number(process.env.DURATION ?? 5);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 20);

async function load(url: string, headers: Record<string, string> = {}) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  return { rps: r.requests.average, p99: r.latency.p99, bad: r.errors + r.non2xx };
}

pinLoadGenerator();
const smtp = await startSmtpServer();
const dataDir = mkdtempSync(join(tmpdir(), 'qspace-bench-api-'));
const port = freePort();
const base = `http://127.0.0.1:${port}`;
const profile = process.env.PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE_DIR}`] : [];
const server = spawnNode([...profile, '--import', 'tsx', mainScript], {
  PORT: String(port),
  PUBLIC_URL: base,
  SMTP_URL: smtp.url,
  QSPACE_DATA_DIR: join(dataDir, 'data'),
  JOBS_POLL_INTERVAL_MS: '50',
  ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
});
try {
  await waitFor200(`${base}/readyz`);
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
  for (const slug of ['bench-one', 'bench-two', 'bench-three'])
    await post('/api/v1/apps', { name: slug, slug }, cookie);
  const check = await fetch(`${base}/api/v1/apps`, { headers: { cookie } });
  if (check.status !== 200) throw new Error(`GET /api/v1/apps answered ${check.status}`);

  await load(`${base}/healthz`); // warm-up
  await load(`${base}/api/v1/apps`, { cookie });
  const health: Awaited<ReturnType<typeof load>>[] = [];
  const apps: Awaited<ReturnType<typeof load>>[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    health.push(await load(`${base}/healthz`));
    apps.push(await load(`${base}/api/v1/apps`, { cookie }));
  }
  const h = median(health.map((x) => x.rps));
  const a = median(apps.map((x) => x.rps));
  console.log(
    `\nAuthenticated API: ${ROUNDS} alternating rounds of ${DURATION} s, ${CONNECTIONS} connections (node ${process.version})\n`,
  );
  console.log('| endpoint | median req/s | median p99 | failed responses |');
  console.log('|---|---|---|---|');
  console.log(
    `| /healthz (reference) | ${Math.round(h)} | ${median(health.map((x) => x.p99))} ms | ${health.reduce((n, x) => n + x.bad, 0)} |`,
  );
  console.log(
    `| GET /api/v1/apps (session cookie, 3 Apps) | ${Math.round(a)} | ${median(apps.map((x) => x.p99))} ms | ${apps.reduce((n, x) => n + x.bad, 0)} |`,
  );
  console.log(`\nratio: ${(a / h).toFixed(2)} of /healthz`);
  if (apps.some((x) => x.bad > 0)) process.exitCode = 1;
} finally {
  await stop(server);
  await smtp.close();
  rmSync(dataDir, { recursive: true, force: true });
}
