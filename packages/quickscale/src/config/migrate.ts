/**
 * `quickscale config migrate`: rewrites a file of the older design ("version 0": no schema_version,
 * or 0) for schema version 1. It edits the parsed YAML document in place — keys are renamed where
 * they stand and moved nodes keep their comments — so the user's comments and layout survive as far
 * as the yaml library's printer allows. What has no version-1 equivalent is listed, never hidden.
 *
 * Version 0, the design before the spec:
 *   primary: starter                       → theme: starter
 *   features: [auth, notifications]        → modules: { auth: {}, notifications: {} }
 *   components: { notifications: {...} }   → merged into modules
 *   technologies / technology:             → frontend.source, frontend.variant, deployment.{platform,database}
 *   frontend: { framework, template, … }   → frontend.source / frontend.variant
 */
import { type Document, isMap, isScalar, isSeq, type Pair, parseDocument, Scalar, YAMLMap } from 'yaml';
import { CliError } from '../cli/errors.js';
import { SCHEMA_VERSION } from './rules.js';

export interface MigrationResult {
  from: number;
  to: number;
  /** The rewritten file (the input unchanged when nothing needed doing). */
  text: string;
  /** One line per change, e.g. `features → modules (auth, notifications)`. */
  changes: string[];
  /** Values with no version-1 equivalent, removed. */
  dropped: string[];
}

const TECH_TARGETS: Record<string, [string, string]> = {
  frontend: ['frontend', 'source'],
  framework: ['frontend', 'source'],
  ui: ['frontend', 'source'],
  variant: ['frontend', 'variant'],
  template: ['frontend', 'variant'],
  style: ['frontend', 'variant'],
  database: ['deployment', 'database'],
  db: ['deployment', 'database'],
  platform: ['deployment', 'platform'],
  deploy: ['deployment', 'platform'],
  hosting: ['deployment', 'platform'],
};

const FRONTEND_RENAMES: Record<string, 'source' | 'variant'> = {
  framework: 'source',
  type: 'source',
  name: 'source',
  engine: 'source',
  stack: 'source',
  path: 'source',
  template: 'variant',
  templates: 'variant',
  style: 'variant',
  design: 'variant',
  theme: 'variant',
};

const VALUE_ALIASES: Record<string, string> = {
  postgres: 'postgresql',
  pg: 'postgresql',
  HTMX: 'htmx',
  React: 'react',
};

class Migration {
  readonly changes: string[] = [];
  readonly dropped: string[] = [];
  constructor(
    readonly doc: Document,
    readonly root: YAMLMap,
  ) {}

  pair(key: string): Pair | undefined {
    return this.root.items.find((p) => isScalar(p.key) && p.key.value === key);
  }

  /** The mapping at `key`, created right after `after` (or at the end) when missing. */
  ensureMap(key: string, afterKey?: string): YAMLMap {
    const existing = this.pair(key);
    if (existing && isMap(existing.value)) return existing.value;
    const map = new YAMLMap();
    if (existing) {
      if (key === 'frontend' && isScalar(existing.value) && existing.value.value !== null)
        map.set('source', existing.value);
      else if (existing.value !== null)
        this.dropped.push(`${key}: ${String(existing.value)} (not a mapping)`);
      existing.value = map;
      return map;
    }
    const pair = this.doc.createPair(key, map);
    const index = afterKey
      ? this.root.items.findIndex((p) => isScalar(p.key) && p.key.value === afterKey)
      : -1;
    if (index >= 0) this.root.items.splice(index + 1, 0, pair);
    else this.root.items.push(pair);
    return map;
  }
}

/** Rewrites `text` for the current schema version; throws a CliError when it cannot. */
export function migrateText(text: string, file: string): MigrationResult {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    throw new CliError(
      'yaml-syntax',
      `${file} is not valid YAML: ${doc.errors[0]?.message.split('\n')[0] ?? ''}`,
      `Run \`quickscale validate ${file}\` to see every problem.`,
    );
  }
  if (!isMap(doc.contents)) {
    throw new CliError(
      'not-a-config',
      `${file} is not a mapping of keys`,
      'A quickscale.yml starts with "schema_version: 1".',
    );
  }
  const version = doc.contents.get('schema_version');
  const from: number = typeof version === 'number' ? version : 0;
  if (from > SCHEMA_VERSION) {
    throw new CliError(
      'schema-version-newer',
      `${file} has schema_version ${from}, newer than this quickscale understands (${SCHEMA_VERSION}): upgrade quickscale`,
      'Run `npm install -g quickscale@latest`.',
    );
  }
  if (from === SCHEMA_VERSION) return { from, to: SCHEMA_VERSION, text, changes: [], dropped: [] };
  const m = new Migration(doc, doc.contents);
  setVersion(m);
  primaryToTheme(m);
  featuresToModules(m);
  componentsToModules(m);
  // An explicit frontend section wins over the general technologies list.
  frontendKeys(m);
  technologies(m, 'technologies');
  technologies(m, 'technology');
  return { from, to: SCHEMA_VERSION, text: doc.toString(), changes: m.changes, dropped: m.dropped };
}

function setVersion(m: Migration): void {
  const existing = m.pair('schema_version');
  if (existing) {
    existing.value = new Scalar(SCHEMA_VERSION);
  } else {
    const pair = m.doc.createPair('schema_version', SCHEMA_VERSION);
    // A header comment written above the first key stays at the top of the file.
    const first = m.root.items[0];
    if (first && isScalar(first.key) && first.key.commentBefore) {
      (pair.key as Scalar).commentBefore = first.key.commentBefore;
      first.key.commentBefore = undefined;
    }
    m.root.items.unshift(pair);
  }
  m.changes.push(`schema_version: ${SCHEMA_VERSION}`);
}

function shown(node: unknown): string {
  return String(isScalar(node) ? node.value : node);
}

function rename(pair: Pair, to: string): void {
  if (isScalar(pair.key)) pair.key.value = to;
  else pair.key = new Scalar(to);
}

function primaryToTheme(m: Migration): void {
  const primary = m.pair('primary');
  if (!primary) return;
  if (m.pair('theme')) {
    m.root.items.splice(m.root.items.indexOf(primary), 1);
    m.dropped.push(
      `primary: ${String(isScalar(primary.value) ? primary.value.value : '')} (theme is already set)`,
    );
  } else {
    rename(primary, 'theme');
    m.changes.push('primary → theme');
  }
}

/** `features` (a list, or a map of name → true/false/options) becomes the `modules` map. */
function featuresToModules(m: Migration): void {
  const features = m.pair('features');
  if (!features) return;
  const modules = m.pair('modules');
  const target = modules && isMap(modules.value) ? modules.value : new YAMLMap();
  const added = addEntries(m, features.value, target, 'features');
  if (modules) {
    if (!isMap(modules.value)) modules.value = target;
    m.root.items.splice(m.root.items.indexOf(features), 1);
  } else {
    rename(features, 'modules');
    features.value = target;
  }
  m.changes.push(`features → modules (${added.join(', ') || 'none'})`);
}

function componentsToModules(m: Migration): void {
  const components = m.pair('components');
  if (!components) return;
  const target = m.ensureMap('modules', 'frontend');
  const added = addEntries(m, components.value, target, 'components');
  m.root.items.splice(m.root.items.indexOf(components), 1);
  m.changes.push(`components → modules (${added.join(', ') || 'none'})`);
}

function emptyOptions(): YAMLMap {
  const map = new YAMLMap();
  map.flow = true;
  return map;
}

/** Adds modules from a list of names or a map of name → options/boolean; returns their names. */
function addEntries(m: Migration, source: unknown, target: YAMLMap, from: string): string[] {
  const added: string[] = [];
  const add = (name: string, options: unknown, comment?: string | null, trailing?: string | null) => {
    const existing = target.items.find((p) => isScalar(p.key) && p.key.value === name);
    if (existing && isMap(existing.value) && isMap(options)) {
      // An empty `{}` placeholder gives way to the real options; otherwise options are merged.
      if (existing.value.items.length === 0) existing.value = options;
      else
        for (const item of options.items) if (!existing.value.has(item.key)) existing.value.items.push(item);
    } else if (!existing) {
      const value = isMap(options) ? options : emptyOptions();
      if (trailing) value.comment = trailing;
      const pair = m.doc.createPair(name, value);
      if (comment) (pair.key as Scalar).commentBefore = comment;
      target.items.push(pair);
    }
    added.push(name);
  };
  if (isSeq(source)) {
    for (const item of source.items) {
      if (isScalar(item) && typeof item.value === 'string')
        add(item.value, undefined, item.commentBefore, item.comment);
      else m.dropped.push(`${from}: ${String(item)} (not a module name)`);
    }
  } else if (isMap(source)) {
    for (const item of source.items) {
      const name = isScalar(item.key) ? String(item.key.value) : String(item.key);
      if (isScalar(item.value) && item.value.value === false) {
        m.dropped.push(`${from}.${name}: false (a module that is off is simply not listed)`);
        continue;
      }
      add(name, item.value, isScalar(item.key) ? item.key.commentBefore : undefined);
    }
  } else if (isScalar(source) && typeof source.value === 'string') {
    add(source.value, undefined);
  }
  return added;
}

function technologies(m: Migration, key: string): void {
  const pair = m.pair(key);
  if (!pair) return;
  const at = m.root.items.indexOf(pair);
  m.root.items.splice(at, 1);
  // Re-insert where the old key stood, so the file keeps its reading order.
  // The value nodes move as they are, so comments written beside them move too.
  const moves: Array<[string, string, unknown, string]> = [];
  if (isScalar(pair.value)) moves.push(['frontend', 'source', pair.value, `${key}`]);
  else if (isMap(pair.value)) {
    for (const item of pair.value.items) {
      const name = isScalar(item.key) ? String(item.key.value) : String(item.key);
      const target = TECH_TARGETS[name];
      if (target) moves.push([target[0], target[1], item.value, `${key}.${name}`]);
      else
        m.dropped.push(
          `${key}.${name}: ${shown(item.value)} (no equivalent in schema version ${SCHEMA_VERSION})`,
        );
    }
  }
  const cursor = { index: at };
  for (const [section, field, node, origin] of moves) {
    const map = sectionAt(m, section, cursor);
    if (map.has(field)) {
      m.dropped.push(`${origin}: ${shown(node)} (${section}.${field} is already set)`);
      continue;
    }
    if (isScalar(node) && typeof node.value === 'string')
      node.value = VALUE_ALIASES[node.value] ?? node.value;
    map.set(field, node);
    m.changes.push(`${origin} → ${section}.${field}`);
  }
}

/** The `section` mapping; a new one goes at `cursor` (then the cursor moves past it). */
function sectionAt(m: Migration, section: string, cursor: { index: number }): YAMLMap {
  if (m.pair(section)) return m.ensureMap(section);
  const map = new YAMLMap();
  m.root.items.splice(Math.min(cursor.index, m.root.items.length), 0, m.doc.createPair(section, map));
  cursor.index++;
  return map;
}

function frontendKeys(m: Migration): void {
  const pair = m.pair('frontend');
  if (!pair) return;
  if (isScalar(pair.value) && typeof pair.value.value === 'string') {
    const map = new YAMLMap();
    map.set('source', pair.value.value);
    pair.value = map;
    m.changes.push('frontend → frontend.source');
    return;
  }
  if (!isMap(pair.value)) return;
  const map = pair.value;
  for (const item of [...map.items]) {
    const name = isScalar(item.key) ? String(item.key.value) : String(item.key);
    if (name === 'source' || name === 'variant') continue;
    const to = FRONTEND_RENAMES[name];
    if (to && !map.has(to)) {
      rename(item, to);
      if (isScalar(item.value) && typeof item.value.value === 'string') {
        item.value.value = VALUE_ALIASES[item.value.value] ?? item.value.value;
      }
      m.changes.push(`frontend.${name} → frontend.${to}`);
    } else {
      map.items.splice(map.items.indexOf(item), 1);
      const why = to ? `frontend.${to} is already set` : 'frontend takes only source and variant';
      m.dropped.push(`frontend.${name}: ${shown(item.value)} (${why})`);
    }
  }
}
