/**
 * A module's migrations: the SQL that drizzle-kit generated into the module's `migrations/` folder
 * (`<tag>.sql` files listed in `meta/_journal.json`), plus the modules whose tables it builds on.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineErrors } from '../errors.js';

export interface MigrationSource {
  /** Module name, e.g. `core`, `auth`, `content`. Unique. */
  module: string;
  /** Absolute path of the folder drizzle-kit writes to. */
  dir: string;
  /** Modules whose migrations must run first. */
  dependsOn?: string[];
}

export interface Migration {
  module: string;
  tag: string;
  statements: string[];
  hash: string;
}

export const MigrationErrors = defineErrors('migrations', {
  unknown_dependency: {
    status: 500,
    message:
      'A module depends on a module that is not installed. Add the missing module or remove the dependency.',
  },
  cycle: { status: 500, message: 'Module migrations depend on each other in a cycle. Break the cycle.' },
  edited: {
    status: 500,
    message:
      'A migration that was already applied has been edited. Restore its original SQL and put the change in a new migration (`npm run db:generate`).',
  },
  unreadable: {
    status: 500,
    message:
      "A module's migrations folder is missing or its journal is unreadable. Run `npm run db:generate` in that package.",
  },
});

interface Journal {
  entries: Array<{ idx: number; tag: string }>;
}

/** Reads a module's migrations in journal order. */
export function readMigrations(source: MigrationSource): Migration[] {
  let journal: Journal;
  try {
    journal = JSON.parse(readFileSync(join(source.dir, 'meta', '_journal.json'), 'utf8')) as Journal;
  } catch (cause) {
    throw MigrationErrors.unreadable({ module: source.module, dir: source.dir, cause: String(cause) });
  }
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map(({ tag }) => {
      const text = readFileSync(join(source.dir, `${tag}.sql`), 'utf8');
      const statements = text
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean);
      return {
        module: source.module,
        tag,
        statements,
        hash: createHash('sha256').update(text).digest('hex'),
      };
    });
}

/** Orders sources so every module comes after the modules it depends on (stable otherwise). */
export function orderSources(sources: readonly MigrationSource[]): MigrationSource[] {
  const byName = new Map(sources.map((s) => [s.module, s]));
  const ordered: MigrationSource[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (source: MigrationSource, path: string[]): void => {
    const seen = state.get(source.module);
    if (seen === 'done') return;
    if (seen === 'visiting') throw MigrationErrors.cycle({ path: [...path, source.module] });
    state.set(source.module, 'visiting');
    for (const dep of source.dependsOn ?? []) {
      const target = byName.get(dep);
      if (!target) throw MigrationErrors.unknown_dependency({ module: source.module, missing: dep });
      visit(target, [...path, source.module]);
    }
    state.set(source.module, 'done');
    ordered.push(source);
  };
  for (const source of sources) visit(source, []);
  return ordered;
}
