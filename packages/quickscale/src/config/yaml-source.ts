/**
 * The YAML side of validation: parses `quickscale.yml` keeping positions, turns a key path into a
 * 1-based line and column, and enforces "pure data" — no tags, anchors, aliases or merge keys (they
 * are how YAML files grow code execution, includes and hidden indirection) and no `${VAR}`
 * interpolation (a config that reads the environment is no longer a plain description).
 */
import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  Parser,
  parseAllDocuments,
  visit,
} from 'yaml';
import type { Diagnostic } from './diagnostics.js';

export interface SourceFile {
  /** As the user named it; every diagnostic is reported against this name. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export type ParseResult = { ok: true; source: SourceFile } | { ok: false; diagnostics: Diagnostic[] };

/** Parses one YAML document; syntax errors (and a second document) come back as diagnostics. */
export function parseSource(file: string, text: string): ParseResult {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter: lines,
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const list = Array.isArray(docs) ? docs : [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of list) {
    for (const error of doc.errors) {
      diagnostics.push(
        at(lines, error.pos[0], 'yaml-syntax', [], `YAML syntax: ${firstLine(error.message)}`),
      );
    }
  }
  const second = list[1];
  if (second) {
    diagnostics.push(
      at(
        lines,
        second.range[0],
        'yaml-syntax',
        [],
        'a second YAML document ("---") — the file must hold one',
        {
          hint: 'Keep one configuration per file.',
        },
      ),
    );
  }
  const doc = list[0];
  if (diagnostics.length > 0 || !doc) return { ok: false, diagnostics };
  return { ok: true, source: { file, text, doc, lines } };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function at(
  lines: LineCounter,
  offset: number,
  code: Diagnostic['code'],
  path: Diagnostic['path'],
  message: string,
  extra: { hint?: string; severity?: Diagnostic['severity'] } = {},
): Diagnostic {
  const { line, col } = lines.linePos(offset);
  return {
    severity: extra.severity ?? 'error',
    code,
    message,
    ...(extra.hint ? { hint: extra.hint } : {}),
    path,
    line,
    column: col,
  };
}

/** A diagnostic at the start of `path`'s key (`key: true`) or value, or its nearest existing parent. */
export function diagnosticAt(
  source: SourceFile,
  path: ReadonlyArray<string | number>,
  code: Diagnostic['code'],
  message: string,
  extra: { hint?: string; severity?: Diagnostic['severity']; key?: boolean } = {},
): Diagnostic {
  return at(source.lines, offsetOf(source.doc, path, extra.key ?? false), code, [...path], message, extra);
}

/**
 * Offset of the node at `path`. With `key`, the key of the last segment (where an unknown or
 * deprecated key is written). A value that is missing or empty points at its key; a key that is
 * missing points at its parent's key (or the file's start).
 */
export function offsetOf(doc: Document, path: ReadonlyArray<string | number>, key: boolean): number {
  let node: unknown = doc.contents;
  let keyOffset = 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return keyOffset;
      const keyNode = pair.key as Node;
      keyOffset = keyNode.range?.[0] ?? keyOffset;
      if (last && key) return keyOffset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) return keyOffset;
      node = item;
      keyOffset = (item as Node).range?.[0] ?? keyOffset;
    } else {
      return keyOffset;
    }
  }
  const value = node as Node | null;
  if (!value || (isScalar(value) && value.value === null && value.range?.[0] === value.range?.[1])) {
    return keyOffset;
  }
  return value.range?.[0] ?? keyOffset;
}

const PURE_DATA_HINT =
  'quickscale.yml is plain data: write every value out in full. Secrets and per-machine values belong in environment variables named by *_env options.';

/** Tags, anchors, aliases, merge keys and `${...}` interpolation, each reported where it is written. */
export function pureDataProblems(source: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Tags, anchors and aliases are lexical: the concrete syntax tree has each one with its offset.
  for (const token of new Parser().parse(source.text)) collectProps(token, source, out);
  visit(source.doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        out.push(
          at(
            source.lines,
            pair.key.range?.[0] ?? 0,
            'not-pure-data',
            [],
            'merge keys ("<<") are not allowed',
            {
              hint: PURE_DATA_HINT,
            },
          ),
        );
      }
    },
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && /\$\{[^}]*\}/.test(scalar.value)) {
        const found = /\$\{[^}]*\}/.exec(scalar.value)?.[0] ?? '';
        out.push(
          at(
            source.lines,
            scalar.range?.[0] ?? 0,
            'env-interpolation',
            [],
            `environment interpolation ("${found}") is not supported`,
            {
              hint: 'Name the variable in an *_env option (e.g. smtp_url_env: SMTP_URL) or write the value out.',
            },
          ),
        );
      }
    },
  });
  return out;
}

const PROP_KINDS: Record<string, string> = {
  tag: 'YAML tags',
  anchor: 'YAML anchors',
  alias: 'YAML aliases',
};

function collectProps(token: unknown, source: SourceFile, out: Diagnostic[]): void {
  if (Array.isArray(token)) {
    for (const t of token) collectProps(t, source, out);
    return;
  }
  if (!token || typeof token !== 'object') return;
  const t = token as { type?: unknown; offset?: unknown; source?: unknown };
  const kind = typeof t.type === 'string' ? PROP_KINDS[t.type] : undefined;
  if (kind && typeof t.offset === 'number') {
    out.push(
      at(source.lines, t.offset, 'not-pure-data', [], `${kind} ("${String(t.source)}") are not allowed`, {
        hint: PURE_DATA_HINT,
      }),
    );
    return;
  }
  for (const value of Object.values(token)) {
    if (value && typeof value === 'object') collectProps(value, source, out);
  }
}
