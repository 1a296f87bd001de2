/**
 * Configuration comes from environment variables only (12-factor): secrets never live in files we
 * commit. Each variable is declared once with a Zod schema, a description and a fix hint; the same
 * declarations validate start-up, generate the README's configuration table and `.env.example`.
 */
import { z } from 'zod';

export interface EnvVar<T extends z.ZodType = z.ZodType> {
  schema: T;
  description: string;
  /** Shown when the value is bad: how to fix it. */
  hint: string;
  /** Example value for docs and `.env.example`. */
  example?: string;
  secret?: boolean;
}

export type EnvSpec = Record<string, EnvVar>;
export type EnvValues<S extends EnvSpec> = { [K in keyof S]: z.output<S[K]['schema']> };

export interface EnvProblem {
  variable: string;
  value: string | undefined;
  problem: string;
  hint: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: EnvProblem[]) {
    super(formatProblems(problems));
  }
}

function formatProblems(problems: EnvProblem[]): string {
  const lines = problems.map((p) => {
    const shown = p.value === undefined ? '(not set)' : JSON.stringify(p.value);
    return `  • ${p.variable} = ${shown}: ${p.problem}\n    Fix: ${p.hint}`;
  });
  const noun = problems.length === 1 ? 'variable is' : 'variables are';
  return `Configuration error — ${problems.length} environment ${noun} invalid:\n${lines.join('\n')}`;
}

/** Declares an environment specification, keeping the literal keys for typing. */
export function defineEnv<const S extends EnvSpec>(spec: S): S {
  return spec;
}

/**
 * Validates every declared variable at once and returns typed values, or throws one `ConfigError`
 * naming every bad variable, what is wrong with it and how to fix it.
 */
export function parseEnv<S extends EnvSpec>(spec: S, env: Record<string, string | undefined>): EnvValues<S> {
  const values: Record<string, unknown> = {};
  const problems: EnvProblem[] = [];
  for (const [name, variable] of Object.entries(spec)) {
    const raw = env[name];
    // An empty string means "unset" — that is how `.env` files and shells usually express it.
    const input = raw === '' ? undefined : raw;
    const result = variable.schema.safeParse(input);
    if (result.success) {
      values[name] = result.data;
    } else {
      const problem = result.error.issues.map((i) => i.message).join('; ');
      problems.push({
        variable: name,
        value: variable.secret && raw ? '[secret]' : raw,
        problem,
        hint: variable.hint,
      });
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return values as EnvValues<S>;
}

/** Markdown table of a specification, for the README. */
export function envTable(spec: EnvSpec): string {
  const rows = Object.entries(spec).map(([name, v]) => {
    const def = defaultOf(v.schema);
    const shown = def === undefined || def === '' ? '—' : `\`${def}\``;
    return `| \`${name}\` | ${shown} | ${v.description} |`;
  });
  return ['| variable | default | what it does |', '|---|---|---|', ...rows].join('\n');
}

/** The default a schema produces for an unset variable, as text (undefined when none). */
export function defaultOf(schema: z.ZodType): string | undefined {
  const result = schema.safeParse(undefined);
  if (!result.success || result.data === undefined) return undefined;
  return Array.isArray(result.data) ? result.data.join(',') : String(result.data);
}

// ---- Reusable field schemas with messages a person can act on -------------------------------

export const port = (fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, { message: 'must be a whole number between 1 and 65535' })
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(65535, 'must be at most 65535'))
    .default(fallback);

export const positiveInt = (fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .regex(/^\d+$/, { message: 'must be a whole number' })
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(max, `must be at most ${max}`))
    .default(fallback);

export const boolean = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .transform((v) => v === 'true' || v === '1' || v === 'yes')
    .default(fallback);

export const url = (protocols: string[]) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol.replace(/:$/, ''));
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}` },
  );

export const list = () =>
  z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .default([]);
