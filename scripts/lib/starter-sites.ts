/**
 * The nine starter sites, published on a real server the way a new user gets them: `main.ts` started
 * as `npm start` would (development mode, a throwaway embedded database), an account signed up and
 * verified through the dev mailbox, then one App per starter. Used by `npm run screenshots` and
 * `npm run bench:lighthouse`, which both look at the result in the system Chromium.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const mainScript = fileURLToPath(new URL('../../apps/server/src/main.ts', import.meta.url));

/** Debian's Chromium, or CHROMIUM_PATH. */
export const chromiumPath =
  [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => Boolean(p) && existsSync(p ?? ''),
  ) ?? '';

/** The flags every headless run uses (no sandbox in containers, no background traffic to skew timings). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A TCP port that is free right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  base: string;
  /** Stops the process and deletes its database and media folders. */
  stop(): Promise<void>;
}

/** Starts `apps/server/src/main.ts` on a free port with a fresh data folder; resolves once /readyz is 200. */
export async function startServer(): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'qspace-starters-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', mainScript], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: base,
      DEMO_SEED: 'false',
      QSPACE_DATA_DIR: join(dir, 'data'),
      MEDIA_DIR: join(dir, 'media'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (d: Buffer) => {
    errors += d.toString();
  });
  const stop = async () => {
    await exit(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(`${base}/readyz`, child, () => errors);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}

async function waitReady(url: string, child: ChildProcess, errors: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (code ${child.exitCode}):\n${errors()}`);
    const status = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} not ready within 60 s:\n${errors()}`);
}

async function exit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** A JSON request to the server; throws with the body when the status is not the expected one. */
async function call(base: string, path: string, init: { body?: unknown; cookie?: string; expect?: number }) {
  const res = await fetch(`${base}${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: {
      origin: base,
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (res.status !== (init.expect ?? 200)) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

/** Signs an account up, follows the link of the verification mail (dev mailbox), signs in; returns the cookie. */
export async function signUp(base: string, email = 'owner@example.com'): Promise<string> {
  const password = 'a long enough pass phrase';
  await call(base, '/api/auth/sign-up/email', { body: { email, password, name: 'Owner' } });
  const link = await verificationLink(base, email);
  await fetch(`${base}${link.pathname}${link.search}`, { redirect: 'manual' });
  const signIn = await call(base, '/api/auth/sign-in/email', { body: { email, password } });
  return signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function verificationLink(base: string, email: string): Promise<URL> {
  // The mail is sent by a background job, so it may take a moment to show up.
  for (let i = 0; i < 100; i++) {
    const res = await call(base, `/api/dev/mailbox?to=${encodeURIComponent(email)}`, {});
    const { messages } = (await res.json()) as { messages: Array<{ template: string; links: string[] }> };
    const link = messages.find((m) => m.template === 'verify_email')?.links[0];
    if (link) return new URL(link);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no verification mail for ${email} in the dev mailbox`);
}

export interface Starter {
  id: string;
  category: string;
  designSystem: string;
  name: string;
  /** The starter's live preview (the create-App wizard shows it). */
  previewUrl: string;
}

export interface StarterSite {
  starter: Starter;
  /** The App's name: the business the starter was written for. */
  name: string;
  /** The published home page. */
  url: string;
}

/**
 * The business name the starter's content was written for (its preview's `og:site_name`), so the App
 * is named as its owner would name it and the header matches the copy. Falls back to the starter name.
 */
async function businessName(starter: Starter): Promise<string> {
  const html = await fetch(starter.previewUrl).then((r) => r.text());
  const match = html.match(/<meta property="og:site_name" content="([^"]+)"/);
  return match?.[1] ? unescapeHtml(match[1]) : starter.name;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};
const unescapeHtml = (s: string) => s.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (e) => ENTITIES[e] ?? e);

/** Creates one App per starter (slug = starter id) and returns their home page URLs, in API order. */
export async function createStarterSites(base: string, cookie: string): Promise<StarterSite[]> {
  const res = await call(base, '/api/v1/starters', { cookie });
  const starters = (await res.json()) as Starter[];
  const sites: StarterSite[] = [];
  for (const starter of starters) {
    const name = await businessName(starter);
    const slug = starter.id;
    await call(base, '/api/v1/apps', { cookie, body: { name, slug, starter: starter.id }, expect: 201 });
    sites.push({ starter, name, url: `${base}/s/${slug}/` });
  }
  return sites;
}

/** Starts a server with the nine starter Apps, runs `use`, then stops the server whatever happens. */
export async function withStarterSites<T>(use: (sites: StarterSite[]) => Promise<T>): Promise<T> {
  const server = await startServer();
  try {
    const cookie = await signUp(server.base);
    return await use(await createStarterSites(server.base, cookie));
  } finally {
    await server.stop();
  }
}
