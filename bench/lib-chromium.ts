/**
 * A fresh Chromium for Lighthouse: its own throwaway profile (nothing cached), listening for
 * DevTools on a free port. Shared by the Lighthouse benches (sites and dashboard).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath, freePort } from '../scripts/lib/starter-sites.js';

export interface DevtoolsChromium {
  port: number;
  close: () => Promise<void>;
}

export async function launchDevtoolsChromium(
  profilePrefix = 'qspace-lighthouse-',
): Promise<DevtoolsChromium> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), profilePrefix));
  const child = spawn(
    chromiumPath,
    [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  const close = async () => {
    await exit(child);
    rmSync(profile, { recursive: true, force: true });
  };
  for (let i = 0; i < 200; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { port, close };
    await new Promise((r) => setTimeout(r, 50));
  }
  await close();
  throw new Error(`Chromium did not open its DevTools port ${port}`);
}

async function exit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}
