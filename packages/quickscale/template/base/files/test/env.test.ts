import { readFileSync } from 'node:fs';
import { ConfigError } from '@qspace/core';
import { describe, expect, it } from 'vitest';
import { env } from '../src/composition.js';
import { loadConfig } from '../src/kernel/config.js';

describe('configuration', () => {
  it('lists every variable the project reads in .env.example', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const aliases = readFileSync(new URL('../src/composition.ts', import.meta.url), 'utf8');
    for (const name of Object.keys(env)) {
      const listed =
        new RegExp(`^#? ?${name}=`, 'm').test(example) || new RegExp(`read as ${name}`).test(example);
      expect(listed, `${name} is missing from .env.example`).toBe(true);
    }
    expect(aliases).toContain('envAliases');
  });

  it('names every bad variable and how to fix it', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/PORT/);
    expect((error as Error).message).toMatch(/LOG_LEVEL/);
  });
});
