/**
 * Shared set-up for the dashboard journeys: the built dashboard, a server on its own port (Better
 * Auth checks the Origin of every POST against PUBLIC_URL) over a throwaway database, and the dev
 * mailbox.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '@qspace/core';
import { createTestDatabase } from '@qspace/core/testing';
import { loadServerConfig, migrations, type Runtime, startRuntime } from '@qspace/server';
import type { Page } from 'playwright-core';

export const repo = fileURLToPath(new URL('../../', import.meta.url));

/** Builds the dashboard when its build is missing or stale (as `npm start` does). */
export function ensureDashboardBuilt(): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'apps/dashboard/scripts/ensure-built.ts'], {
    cwd: repo,
    stdio: 'inherit',
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startDashboardServer(): Promise<Runtime> {
  const port = await freePort();
  const database = await createTestDatabase({ migrations });
  const config = loadServerConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    AUTH_SECRET: 'test-secret-test-secret-test-secret-0123',
  });
  return startRuntime({ config, logger: silentLogger(), database, migrations });
}

/** Links in the newest mail of `template` to `to`, polled from the development mailbox. */
export async function mailLinks(
  server: Runtime,
  to: string,
  template: string,
  timeoutMs = 15_000,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${server.url}/api/dev/mailbox?to=${encodeURIComponent(to)}`);
    const { messages } = (await res.json()) as { messages: Array<{ template: string; links: string[] }> };
    const mail = messages.find((m) => m.template === template);
    if (mail) return mail.links;
    if (Date.now() > deadline) throw new Error(`no ${template} mail to ${to} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A server link from a mail (which names PUBLIC_URL) on this test server's origin. */
export function onServer(server: Runtime, link: string): string {
  const url = new URL(link);
  return `${server.url}${url.pathname}${url.search}`;
}

/** Signs up through the dashboard and confirms the address from the dev mailbox's link. */
export async function signUpInBrowser(
  server: Runtime,
  page: Page,
  account: { name: string; email: string; password: string },
): Promise<void> {
  await page.goto(`${server.url}/sign-up`);
  await page.getByLabel('Your name').fill(account.name);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  const [verify] = await mailLinks(server, account.email, 'verify_email');
  await page.goto(onServer(server, verify as string));
  await page.getByRole('heading', { name: 'Email confirmed' }).waitFor();
}
