/**
 * The tracking script's size as browsers download it: raw, gzip (level 9, and level 6 as most
 * servers use) and Brotli, against the 1.5 KB (1,536 bytes) gzipped budget.
 *
 *   npm run bench:analytics-script
 */
import { gzipSync } from 'node:zlib';
import { trackerAsset } from '@qspace/analytics';

const BUDGET = 1536;
const asset = trackerAsset();
const gzip6 = gzipSync(asset.body, { level: 6 }).length;
console.log(`\nTracking script ${asset.path}`);
console.log('| encoding | bytes |');
console.log('|---|---|');
console.log(`| raw | ${asset.body.length} |`);
console.log(`| gzip -9 (served) | ${asset.gzip.length} |`);
console.log(`| gzip -6 | ${gzip6} |`);
console.log(`| brotli (served) | ${asset.br.length} |`);
console.log(
  `\nBudget ${BUDGET} bytes gzipped: ${asset.gzip.length <= BUDGET ? 'met' : 'MISSED'} (${Math.round((asset.gzip.length / BUDGET) * 100)}% used).`,
);
process.exit(asset.gzip.length <= BUDGET ? 0 : 1);
