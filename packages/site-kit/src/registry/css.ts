import { readFileSync } from 'node:fs';

/** Reads a CSS file next to the calling module: `readCss(import.meta.url, './hero.css')`. */
export function readCss(moduleUrl: string, file: string): string {
  return readFileSync(new URL(file, moduleUrl), 'utf8');
}
