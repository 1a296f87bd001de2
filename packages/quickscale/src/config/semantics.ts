/**
 * Rules that span keys: a theme's required modules, each module's required modules and
 * compatible themes, and whether the chosen frontend and variant exist for the theme. Missing
 * modules are reported, never added behind the user's back. Runs on the raw data so these problems
 * are reported together with schema errors elsewhere in the file.
 */
import { type Catalog, findModule, findTheme } from '../manifests/catalog.js';
import type { Diagnostic } from './diagnostics.js';
import { didYouMean } from './did-you-mean.js';
import { diagnosticAt, type SourceFile } from './yaml-source.js';

type Data = Record<string, unknown>;

function record(value: unknown): Data | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : undefined;
}

export function crossKeyProblems(source: SourceFile, data: Data, catalog: Catalog): Diagnostic[] {
  const out: Diagnostic[] = [];
  const theme = typeof data.theme === 'string' ? findTheme(catalog, data.theme) : undefined;
  // A `modules` value that is not a mapping is already an error; judging requirements on it would only add noise.
  if (data.modules !== undefined && data.modules !== null && !record(data.modules)) return [];
  const modules = record(data.modules) ?? {};
  const selected = Object.keys(modules).flatMap((id) => findModule(catalog, id) ?? []);

  for (const required of theme?.requires ?? []) {
    if (required in modules) continue;
    out.push(
      diagnosticAt(
        source,
        ['theme'],
        'missing-module',
        `theme "${theme?.id}" requires the module "${required}", which is not under modules`,
        {
          hint: `Add "${required}: {}" under modules:.`,
        },
      ),
    );
  }
  for (const module of selected) {
    for (const required of module.requires) {
      if (required in modules) continue;
      out.push(
        diagnosticAt(
          source,
          ['modules', module.id],
          'missing-module',
          `module "${module.id}" requires the module "${required}", which is not under modules`,
          {
            key: true,
            hint: `Add "${required}: {}" under modules:.`,
          },
        ),
      );
    }
    if (theme && !module.themes.includes(theme.id)) {
      out.push(
        diagnosticAt(
          source,
          ['modules', module.id],
          'incompatible-module',
          `module "${module.id}" does not work with theme "${theme.id}" (it supports: ${module.themes.join(', ')})`,
          {
            key: true,
            hint: 'Remove the module, or choose one of the themes it supports.',
          },
        ),
      );
    }
  }
  if (theme) out.push(...frontendProblems(source, data, theme, catalog));
  return out;
}

function frontendProblems(
  source: SourceFile,
  data: Data,
  theme: NonNullable<ReturnType<typeof findTheme>>,
  catalog: Catalog,
): Diagnostic[] {
  const frontend = record(data.frontend);
  const chosen = frontend?.source;
  if (typeof chosen !== 'string' || chosen.startsWith('./')) return [];
  const bundled = theme.frontends.find((f) => f.id === chosen);
  if (!bundled) {
    // Names no theme bundles are already refused by the schema.
    const anywhere = catalog.themes.some((t) => t.frontends.some((f) => f.id === chosen));
    if (!anywhere) return [];
    return [
      diagnosticAt(
        source,
        ['frontend', 'source'],
        'unknown-frontend',
        `theme "${theme.id}" has no bundled frontend "${chosen}"`,
        {
          hint: `Its frontends: ${theme.frontends.map((f) => f.id).join(', ')}; or use a path such as ./custom_frontend/.`,
        },
      ),
    ];
  }
  const variant = frontend?.variant ?? 'default';
  if (typeof variant !== 'string' || bundled.variants.includes(variant)) return [];
  const guess = didYouMean(variant, bundled.variants);
  return [
    diagnosticAt(
      source,
      ['frontend', 'variant'],
      'unknown-variant',
      `frontend "${bundled.id}" of theme "${theme.id}" has no variant "${variant}"${guess ? ` — did you mean "${guess}"?` : ''}`,
      { hint: `Variants: ${bundled.variants.join(', ')} (\`quickscale list frontends ${theme.id}\`).` },
    ),
  ];
}
