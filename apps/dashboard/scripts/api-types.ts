/** `npm run api:types -w apps/dashboard`: regenerate src/api/schema.d.ts from the server's routes. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSchema, SCHEMA_FILE } from './openapi.js';

const next = await generateSchema();
const path = fileURLToPath(SCHEMA_FILE);
let previous = '';
try {
  previous = readFileSync(path, 'utf8');
} catch {
  // first generation
}
if (previous === next) {
  console.log(`${path} is up to date.`);
} else {
  writeFileSync(path, next);
  console.log(`Wrote ${path} (${next.length} characters).`);
}
