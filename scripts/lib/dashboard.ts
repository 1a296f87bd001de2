/**
 * The dashboard on a real server, for scripts that look at it in Chromium (`npm run
 * screenshots:dashboard`, `npm run bench:dashboard-a11y`): the build made current (as `npm start`
 * does), the server started in-process on a free port over a throwaway embedded database, accounts
 * signed up and verified through the development mailbox, and JSON calls with a session cookie.
 */
import { execFileSync } from 'node:child_process';
import { silentLogger } from '@qspace/core';
import { createTestDatabase } from '@qspace/core/testing';
import { loadServerConfig, migrations, type Runtime, startRuntime } from '@qspace/server';
import { freePort, root } from './starter-sites.js';

/** Builds the dashboard when its build is missing or older than its sources. */
export function ensureDashboardBuilt(): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'apps/dashboard/scripts/ensure-built.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
}

/**
 * A server on its own port (Better Auth checks each POST's Origin against PUBLIC_URL) over a fresh
 * in-memory database; the dev mailbox is on (not production). `env` adds or overrides variables.
 */
export async function startDashboardServer(env: Record<string, string> = {}): Promise<Runtime> {
  const port = await freePort();
  const database = await createTestDatabase({ migrations });
  const config = loadServerConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    AUTH_SECRET: 'screens-secret-screens-secret-screens-01',
    ...env,
  });
  return startRuntime({ config, logger: silentLogger(), database, migrations });
}

/** Links in the newest mail of `template` to `to`, polled from the development mailbox. */
export async function mailLinks(base: string, to: string, template: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${base}/api/dev/mailbox?to=${encodeURIComponent(to)}`);
    const { messages } = (await res.json()) as { messages: Array<{ template: string; links: string[] }> };
    const mail = messages.find((m) => m.template === template);
    if (mail) return mail.links;
    if (Date.now() > deadline) throw new Error(`no ${template} mail to ${to} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface Session {
  base: string;
  cookie: string;
}

/** A JSON request with a session; throws with the body when the status is not `expect`. */
export async function call<T = unknown>(
  session: Session,
  method: string,
  path: string,
  body?: unknown,
  expect = method === 'POST' ? 201 : 200,
): Promise<T> {
  const res = await fetch(`${session.base}${path}`, {
    method,
    headers: {
      origin: session.base,
      cookie: session.cookie,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== expect) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** Browsers for the sessions an account lists: the verification link opened on a phone, sign-in on a laptop. */
const PHONE_UA =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const LAPTOP_UA =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/**
 * Signs an account up through the API, follows the verification link from the dev mailbox (as from
 * a phone), signs in (as from a laptop) and returns that session: its cookie works for API calls
 * and, set on a browser context, for pages.
 */
export async function signUpVerified(
  base: string,
  user: { name: string; email: string; password: string },
): Promise<Session> {
  const post = (path: string, body: unknown) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { origin: base, 'content-type': 'application/json', 'user-agent': LAPTOP_UA },
      body: JSON.stringify(body),
    });
  const up = await post('/api/auth/sign-up/email', user);
  if (!up.ok) throw new Error(`sign-up of ${user.email}: ${up.status} ${await up.text()}`);
  const [link] = await mailLinks(base, user.email, 'verify_email');
  const url = new URL(link as string);
  await fetch(`${base}${url.pathname}${url.search}`, {
    redirect: 'manual',
    headers: { 'user-agent': PHONE_UA },
  });
  const signIn = await post('/api/auth/sign-in/email', { email: user.email, password: user.password });
  if (!signIn.ok) throw new Error(`sign-in of ${user.email}: ${signIn.status} ${await signIn.text()}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { base, cookie };
}

/** The session cookie as Playwright wants it on a browser context. */
export function browserCookies(session: Session): Array<{ name: string; value: string; url: string }> {
  return session.cookie.split('; ').map((pair) => {
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: session.base };
  });
}
