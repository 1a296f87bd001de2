/**
 * Turns Zod issues into diagnostics a person can act on: each names the key path, says what is
 * wrong in plain words and carries its line and column. Unknown keys get their own treatment —
 * older-design keys name their replacement, secret-looking keys point at *_env options, typos get
 * a "did you mean".
 */
import { isScalar } from 'yaml';
import { z } from 'zod';
import { type Diagnostic, formatPath } from './diagnostics.js';
import { didYouMean } from './did-you-mean.js';
import { LITERAL_SECRET } from './module-options.js';
import {
  DEPRECATED_FRONTEND_KEYS,
  DEPRECATED_ROOT_KEYS,
  MIGRATE_HINT,
  SECRET_KEY,
  UNSUPPORTED_ROOT_KEYS,
} from './rules.js';
import { diagnosticAt, type SourceFile } from './yaml-source.js';

type Path = Array<string | number>;

/** The keys an object schema accepts at `path` (through optional/nullable/default wrappers). */
export function knownKeysAt(schema: z.ZodType, path: ReadonlyArray<string | number>): string[] {
  let node: z.ZodType | undefined = schema;
  for (let i = 0; i <= path.length && node; i++) {
    while (node instanceof z.ZodOptional || node instanceof z.ZodNullable || node instanceof z.ZodDefault) {
      node = node.unwrap() as z.ZodType;
    }
    if (!(node instanceof z.ZodObject)) return [];
    if (i === path.length) return Object.keys(node.shape);
    node = node.shape[String(path[i])] as z.ZodType | undefined;
  }
  return [];
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): { found: boolean; value: unknown } {
  let node: unknown = data;
  for (const segment of path) {
    if (!node || typeof node !== 'object' || !(String(segment) in node))
      return { found: false, value: undefined };
    node = (node as Record<string, unknown>)[String(segment)];
  }
  return { found: true, value: node };
}

/** How YAML would call the value the user wrote. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value}"`;
  return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping of keys',
  array: 'a list',
};

/** One Zod issue → diagnostics (an unknown-keys issue yields one per key). */
export function issueToDiagnostics(
  issue: z.core.$ZodIssue,
  source: SourceFile,
  data: unknown,
  schema: z.ZodType,
): Diagnostic[] {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p))) as Path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.flatMap((key) => unknownKey(source, path, key, knownKeysAt(schema, path)));
  }
  const where = formatPath(path);
  const { found, value } = valueAt(data, path);
  if (!found) {
    return [
      diagnosticAt(source, path, 'missing-key', `${where} is required`, {
        key: true,
        hint: requiredHint(path),
      }),
    ];
  }
  if (issue.code === 'custom' && (issue.params as { code?: string } | undefined)?.code === LITERAL_SECRET) {
    return [
      diagnosticAt(source, path, 'literal-secret', `${where} ${issue.message}`, {
        hint: 'Put the secret in an environment variable and name that variable in an *_env option (e.g. smtp_url_env: SMTP_URL).',
      }),
    ];
  }
  return [
    diagnosticAt(
      source,
      path,
      'invalid-value',
      `${where} ${reason(issue, value)}`,
      valueHint(issue, source, path),
    ),
  ];
}

function reason(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') {
    return `must be ${EXPECTED[issue.expected] ?? issue.expected} (found ${describe(value)})`;
  }
  if (issue.code === 'invalid_value') {
    const options = issue.values.map(String);
    const guess = typeof value === 'string' ? didYouMean(value, options) : undefined;
    return `must be one of ${options.join(', ')} (found ${describe(value)})${guess ? ` — did you mean "${guess}"?` : ''}`;
  }
  return issue.message;
}

/** YAML reads `version: 1.0` as a number; the fix is quoting what was written. */
function valueHint(issue: z.core.$ZodIssue, source: SourceFile, path: Path): { hint?: string } {
  if (issue.code === 'invalid_type' && formatPath(path) === 'modules') {
    return { hint: 'Write one line per module with its options, e.g.\n      modules:\n        auth: {}' };
  }
  if (issue.code !== 'invalid_type' || issue.expected !== 'string') return {};
  const node = source.doc.getIn(path, true);
  if (!isScalar(node) || typeof node.value !== 'number' || !node.range) return {};
  const written = source.text.slice(node.range[0], node.range[1]).trim();
  return { hint: `Quote it so YAML keeps it as text: "${written}".` };
}

function requiredHint(path: Path): string | undefined {
  const examples: Record<string, string> = {
    project: 'project:\n      name: mystore\n      version: 1.0.0',
    'project.name': 'name: mystore',
    'project.version': 'version: 1.0.0',
    theme: 'theme: starter',
    frontend: 'frontend:\n      source: htmx',
    'frontend.source': 'source: htmx',
  };
  const example = examples[formatPath(path)];
  return example ? `Add it, e.g.\n      ${example}` : undefined;
}

function unknownKey(source: SourceFile, parent: Path, key: string, known: string[]): Diagnostic[] {
  const path = [...parent, key];
  const where = formatPath(path);
  if (key === '<<') return []; // reported as a merge key by the pure-data check
  const top = parent.length === 0;
  if (top && key in DEPRECATED_ROOT_KEYS) {
    return [
      diagnosticAt(source, path, 'deprecated-key', `deprecated key "${key}": ${DEPRECATED_ROOT_KEYS[key]}`, {
        key: true,
        hint: MIGRATE_HINT,
      }),
    ];
  }
  if (top && key in UNSUPPORTED_ROOT_KEYS) return []; // accepted by the schema; warned about elsewhere
  const guess = didYouMean(key, known);
  if (parent.length === 1 && parent[0] === 'frontend' && (key in DEPRECATED_FRONTEND_KEYS || !guess)) {
    const replacement = DEPRECATED_FRONTEND_KEYS[key] ?? 'source';
    return [
      diagnosticAt(
        source,
        path,
        'deprecated-key',
        `deprecated key "${where}": frontend takes only "source" and "variant" — use "frontend.${replacement}"`,
        { key: true, hint: MIGRATE_HINT },
      ),
    ];
  }
  if (parent.length === 2 && parent[0] === 'modules' && SECRET_KEY.test(key) && !key.endsWith('_env')) {
    const envOptions = known.filter((k) => k.endsWith('_env'));
    const hint = known.includes(`${key}_env`)
      ? `Use ${key}_env: NAME_OF_A_VARIABLE and put the secret in that environment variable.`
      : envOptions.length > 0
        ? `Secrets reach this module through environment variables named by: ${envOptions.join(', ')}.`
        : 'Put the secret in an environment variable; this module takes no secret options.';
    return [
      diagnosticAt(
        source,
        path,
        'literal-secret',
        `${where} would put a secret in quickscale.yml — secrets never go in the file`,
        {
          key: true,
          hint,
        },
      ),
    ];
  }
  const isModule = parent.length === 1 && parent[0] === 'modules';
  const message = isModule ? `unknown module "${key}"` : `unknown key "${where}"`;
  return [
    diagnosticAt(source, path, 'unknown-key', guess ? `${message} — did you mean "${guess}"?` : message, {
      key: true,
      hint: isModule
        ? known.length > 0
          ? `Modules: ${known.join(', ')} (\`quickscale list modules\`).`
          : 'No module packages were found: set QUICKSCALE_PACKAGES to the folder that holds them.'
        : `Keys allowed here: ${known.join(', ') || '(none)'}.`,
    }),
  ];
}
