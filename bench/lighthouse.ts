/**
 * Lighthouse 12 (default mobile config: Moto G Power emulation, simulated slow 4G and 4× CPU
 * slowdown) on the published home page of each of the nine starters, as a new user gets it: a fresh
 * server in development mode, one App per starter, no edits. Prints the four category scores per
 * starter and, for every category under the target, the audits that did not pass. Exits non-zero
 * when any score is under the target.
 *
 *   npm run bench:lighthouse    (TARGET=95 by default; REPORT_DIR=<folder> keeps each full JSON report)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumPath, type StarterSite, withStarterSites } from '../scripts/lib/starter-sites.js';
import { launchDevtoolsChromium } from './lib-chromium.js';

const TARGET = Number(process.env.TARGET ?? 95);
const REPORT_DIR = process.env.REPORT_DIR;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Audits that count towards a score; the rest (informative, manual, not applicable) cannot fail. */
const SCORED = new Set(['binary', 'numeric', 'metricSavings']);
type Category = (typeof CATEGORIES)[number];

interface Run {
  site: StarterSite;
  lighthouseVersion: string;
  scores: Record<Category, number>;
  /** Per category under the target: the audits that did not pass, as "title (score, value)". */
  failures: Array<{ category: Category; audits: string[] }>;
}

/** The scored audits of a category that did not get full marks, worst first. */
function failedAudits(lhr: Result, categoryId: string): string[] {
  const category = lhr.categories[categoryId];
  return (category?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a !== undefined && a.score !== null && a.score < 1 && SCORED.has(a.scoreDisplayMode))
    .sort((a, b) => (a?.score ?? 0) - (b?.score ?? 0))
    .map(
      (a) =>
        `${a?.title} (${Math.round((a?.score ?? 0) * 100)}${a?.displayValue ? `, ${a.displayValue}` : ''})`,
    );
}

async function audit(site: StarterSite): Promise<Run> {
  const chrome = await launchDevtoolsChromium('qspace-lighthouse-');
  try {
    const result = await lighthouse(site.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${site.url}`);
    const { lhr } = result;
    if (lhr.runtimeError)
      throw new Error(`${site.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (REPORT_DIR) writeFileSync(join(REPORT_DIR, `${site.starter.id}.json`), JSON.stringify(lhr, null, 2));
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Run['scores'];
    const failures = CATEGORIES.filter((c) => scores[c] < TARGET).map((c) => ({
      category: c,
      audits: failedAudits(lhr, c),
    }));
    return { site, lighthouseVersion: lhr.lighthouseVersion, scores, failures };
  } finally {
    await chrome.close();
  }
}

if (!chromiumPath)
  throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
if (REPORT_DIR) mkdirSync(REPORT_DIR, { recursive: true });
const runs = await withStarterSites(async (sites) => {
  const out: Run[] = [];
  for (const site of sites) {
    out.push(await audit(site));
    console.error(`${site.starter.id}: ${CATEGORIES.map((c) => out.at(-1)?.scores[c]).join(' / ')}`);
  }
  return out;
});

console.log(`\nLighthouse ${runs[0]?.lighthouseVersion} (mobile), published home pages, target ${TARGET}\n`);
console.log('| starter | performance | accessibility | best practices | SEO |');
console.log('|---|---|---|---|---|');
const mark = (n: number) => (n < TARGET ? `**${n}**` : String(n));
for (const r of runs)
  console.log(`| ${r.site.starter.id} | ${CATEGORIES.map((c) => mark(r.scores[c])).join(' | ')} |`);
for (const r of runs.filter((r) => r.failures.length > 0)) {
  console.log(`\n${r.site.starter.id}`);
  for (const f of r.failures) console.log(`- ${f.category} ${r.scores[f.category]}: ${f.audits.join('; ')}`);
}
const below = runs.filter((r) => r.failures.length > 0).length;
console.log(below ? `\n${below} of ${runs.length} starters under ${TARGET}.` : `\nEvery score >= ${TARGET}.`);
if (below) process.exitCode = 1;
