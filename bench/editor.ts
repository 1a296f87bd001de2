/// <reference lib="dom" />
/**
 * Editor speed: in Chromium, a page of 100 sections open in the visual editor; a text prop is changed
 * 20 times and each time we measure, in the page, from the input event to the moment the preview
 * iframe shows the new text (render request, server render, DOM update). Reference in the same
 * run: one bare POST /render round trip of the same section from the same page.
 * Run: `npm run bench:editor` (builds the dashboard if needed). Writes docs/benchmarks.md's "Visual editor".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { mainScript, median, root, spawnNode, stop, waitFor200 } from './lib.js';

const EDITS = 20;
const SECTIONS = 100;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

execFileSync(process.execPath, ['--import', 'tsx', 'apps/dashboard/scripts/ensure-built.ts'], {
  cwd: root,
  stdio: 'inherit',
});
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(join(tmpdir(), 'qspace-bench-editor-'));
const server = spawnNode(['--import', 'tsx', mainScript], {
  NODE_ENV: 'development',
  PORT: String(port),
  PUBLIC_URL: base,
  QSPACE_DATA_DIR: join(dir, 'data'),
  MEDIA_DIR: join(dir, 'media'),
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  await waitFor200(`${base}/healthz`);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill('demo@qspace.localhost');
  await page.getByLabel('Password', { exact: true }).fill('karibu q-space demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await page.request.fetch(`${base}${path}`, {
      method,
      headers: { origin: base, 'content-type': 'application/json' },
      ...(body ? { data: JSON.stringify(body) } : {}),
    });
    return res.json();
  };
  const apps = (await call('GET', '/api/v1/apps')) as { apps: { id: string; name: string }[] };
  const appId = (apps.apps.find((a) => a.name === 'Demo Café') ?? apps.apps[0])?.id as string;
  const registry = (await call('GET', '/api/v1/sections')) as {
    sections: { type: string; defaults: Record<string, unknown> }[];
  };
  const cta = registry.sections.find((s) => s.type === 'cta')?.defaults ?? {};
  const types = ['features', 'cta', 'faq', 'stats', 'testimonials'];
  const sections = Array.from({ length: SECTIONS }, (_, i) => {
    const type = types[i % types.length] as string;
    return { type, props: registry.sections.find((s) => s.type === type)?.defaults ?? cta };
  });
  // The server stores at most 60 sections per page; the editor's local queue (what it restores
  // after an offline edit) holds the 100-section draft, so the editor opens on 100 sections.
  const created = (await call('POST', `/api/v1/apps/${appId}/pages`, {
    title: 'Bench',
    slug: `bench-${Date.now()}`,
    sections: sections.slice(0, 60),
  })) as { id: string };
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: `qspace:draft:${appId}:${created.id}`,
    value: JSON.stringify({ sections: sections.map((s, i) => ({ id: `s${i}`, ...s })), at: Date.now() }),
  });

  if (!created.id) throw new Error(`page not created: ${JSON.stringify(created).slice(0, 400)}`);
  await page.goto(`${base}/apps/${appId}/pages/${created.id}`);
  const frame = page.frameLocator('#preview-frame');
  await page.waitForFunction(
    (n) =>
      (
        document.querySelector('#preview-frame') as HTMLIFrameElement | null
      )?.contentDocument?.querySelectorAll('[data-section]').length === n,
    SECTIONS,
    { timeout: 60_000 },
  );
  // The 51st section is a call to action; select it and edit its title.
  await frame.locator('[data-section]').nth(51).scrollIntoViewIfNeeded();
  await frame.locator('[data-section]').nth(51).click();
  const input = page.locator('input[name="title"]:visible');
  await input.waitFor();

  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const text = `Edited title number ${i} ${Date.now()}`;
    // A string, not a function: tsx would add helpers (`__name`) the page does not have.
    const done = page.evaluate(`new Promise((resolve) => {
      const doc = document.querySelector('#preview-frame').contentDocument;
      const wanted = ${JSON.stringify(text)};
      let t0 = 0;
      document.addEventListener('input', () => { t0 = performance.now(); }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (t0 && doc.body.textContent.includes(wanted)) {
          observer.disconnect();
          resolve(performance.now() - t0);
        }
      });
      observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
      // A preview that never shows the text counts as a failure, not a hang.
      setTimeout(() => resolve(Number.NaN), 5000);
    })`) as Promise<number>;
    await input.fill(text);
    const ms = await done;
    if (Number.isNaN(ms)) throw new Error(`edit ${i}: the preview did not show the new text within 5 s`);
    times.push(ms);
    await page.waitForTimeout(100);
  }
  const reference = await page.evaluate(
    async ({ appId, props }) => {
      const runs: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t0 = performance.now();
        const res = await fetch(`/api/v1/apps/${appId}/render`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            sections: [{ id: 'x', type: 'cta', props: { ...props, title: `Ref ${i}` } }],
          }),
        });
        await res.json();
        runs.push(performance.now() - t0);
      }
      return runs.sort((a, b) => a - b)[5] as number;
    },
    { appId, props: cta },
  );
  const med = median(times);
  const line = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`edits: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  console.log(
    `median edit → preview: ${line(med)} (target < 100 ms) · min ${line(Math.min(...times))} · max ${line(Math.max(...times))}`,
  );
  console.log(
    `reference, bare POST /render round trip: ${line(reference)} · ratio ${(med / reference).toFixed(2)}×`,
  );

  const section = [
    '## Visual editor',
    '',
    `Reproduce: \`npm run bench:editor\`. Chromium (headless) opens a page of ${SECTIONS} sections in the editor, changes`,
    `a call-to-action title ${EDITS} times and measures in the page, from the input event to the moment the preview`,
    "iframe shows the new text. A field edit asks the server for the section at once (from Puck's action hook, so the",
    'round trip overlaps Puck re-rendering the canvas), and unchanged sections skip re-rendering; most of what is left is',
    "Puck's own re-render of 100 section wrappers. Reference in the same run: a bare `POST /api/v1/apps/:appId/render`",
    'round trip of one section from the same page.',
    '',
    '| measure | value |',
    '|---|---|',
    `| median edit → preview (${EDITS} edits) | **${line(med)}** (target < 100 ms) |`,
    `| fastest / slowest | ${line(Math.min(...times))} / ${line(Math.max(...times))} |`,
    `| reference: bare render round trip (median of 10) | ${line(reference)} |`,
    `| ratio edit / reference | ${(med / reference).toFixed(2)}× |`,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)}; load average at the end of the run ${loadavg()[0]?.toFixed(2)} on ${cpus().length} cores.`,
    '',
  ].join('\n');
  const docs = join(root, 'docs/benchmarks.md');
  const current = readFileSync(docs, 'utf8');
  const start = current.indexOf('## Visual editor');
  let next = start >= 0 ? current.indexOf('\n## ', start + 1) : -1;
  if (next >= 0) next += 1;
  const updated =
    start >= 0
      ? current.slice(0, start) + section + (next >= 0 ? `\n${current.slice(next)}` : '')
      : `${current.trimEnd()}\n\n${section}`;
  writeFileSync(docs, updated);
} finally {
  await browser.close();
  await stop(server);
}
