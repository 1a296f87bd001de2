/** Shared helpers for benchmarks: spawn a server process, wait for it, stop it, summarise numbers. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const mainScript = fileURLToPath(new URL('../apps/server/src/main.ts', import.meta.url));

/**
 * On a multi-core machine, servers run pinned to the last core and the load generator to the
 * others (see pinLoadGenerator) so they do not fight over one CPU and measurements repeat.
 */
const cores = availableParallelism();
const canPin = cores > 1 && spawnSync('taskset', ['-V']).status === 0;

export function pinLoadGenerator(): void {
  if (canPin) spawnSync('taskset', ['-cp', `0-${cores - 2}`, String(process.pid)]);
}

export function spawnNode(args: string[], env: Record<string, string> = {}, pin = true): ChildProcess {
  const [command, prefix] =
    pin && canPin ? ['taskset', ['-c', String(cores - 1), process.execPath]] : [process.execPath, []];
  return spawn(command as string, [...(prefix as string[]), ...args], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0001',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export async function waitFor200(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

let nextPort = 41_000 + Math.floor(Math.random() * 10_000);
export const freePort = () => nextPort++;

/**
 * The plain node:http reference server. It answers exactly the bytes it is given: the bench
 * captures a real Q-Space /healthz response (status, headers, body) and replays it, so the ratio
 * measures Q-Space's own overhead, not a difference in response size.
 */
export const PLAIN_SERVER = `
const http = require('node:http');
const { headers, body } = JSON.parse(process.env.REPLAY ?? '{"headers":{"content-type":"application/json"},"body":"{}"}');
http.createServer((req, res) => {
  res.writeHead(200, headers);
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

/** Captures a response to replay from the plain server (per-request headers get a fixed value). */
export async function captureResponse(url: string): Promise<string> {
  const res = await fetch(url);
  const body = await res.text();
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)) headers[name] = value;
  });
  return JSON.stringify({ headers, body });
}
