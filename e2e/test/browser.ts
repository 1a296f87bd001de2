/**
 * Browser harness: the system Chromium (Debian's `/usr/bin/chromium`, or CHROMIUM_PATH) driven by
 * playwright-core, against a real Q-Space server on a fresh database. When no Chromium exists the
 * suites skip and say how to get one.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '@qspace/core';
import { createTestDatabase } from '@qspace/core/testing';
import { loadServerConfig, migrations, type Runtime, type ServerConfig, startRuntime } from '@qspace/server';
import { type Browser, chromium } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => Boolean(p),
);

export const chromiumPath = CANDIDATES.find((p) => existsSync(p));

if (!chromiumPath) {
  console.warn(
    '[e2e] No Chromium found (looked at CHROMIUM_PATH, /usr/bin/chromium). Browser suites are skipped. ' +
      'Install it with `apt-get install -y chromium` or set CHROMIUM_PATH.',
  );
}

export const screenshotDir = fileURLToPath(new URL('../screenshots/', import.meta.url));

export async function launch(): Promise<Browser> {
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export async function startServer(): Promise<Runtime> {
  const database = await createTestDatabase({ migrations });
  const config = {
    ...loadServerConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      AUTH_SECRET: 'test-secret-test-secret-test-secret-0123',
    }),
    PORT: 0,
  } as ServerConfig;
  return startRuntime({ config, logger: silentLogger(), database, migrations });
}
