/** What validation reports: one entry per problem, each with where it is in the file. */

export type Severity = 'error' | 'warning';

/** Stable codes so scripts and editors can react to a kind of problem, not to its wording. */
export type DiagnosticCode =
  | 'yaml-syntax'
  | 'not-pure-data'
  | 'env-interpolation'
  | 'schema-version-missing'
  | 'schema-version-newer'
  | 'schema-version-older'
  | 'unknown-key'
  | 'deprecated-key'
  | 'unsupported-key'
  | 'missing-key'
  | 'invalid-value'
  | 'literal-secret'
  | 'missing-module'
  | 'incompatible-module'
  | 'unknown-frontend'
  | 'unknown-variant';

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  /** What to do about it, when the message alone does not say. */
  hint?: string;
  /** Key path inside the document, e.g. `['frontend', 'source']`. */
  path: Array<string | number>;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/** Orders diagnostics as they appear in the file; errors before warnings on the same spot. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)
  );
}

/** `project.name`, `modules.auth`, `(top level)` for the root. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
