/**
 * One fixture per rule of quickscale.yml schema version 1 (specs/quickscale.md), each checked
 * through the real binary: the exact `file:line:column: severity: message` lines, the summary and
 * the exit code (1 on errors, 0 when only warnings).
 */
import { describe, it } from 'vitest';
import { cli, fixture } from './helpers.js';

interface RuleCase {
  rule: string;
  file: string;
  code: 0 | 1;
  /** Every diagnostic line, in file order, without the path prefix. */
  lines: string[];
  /** Hints that must be printed (substring match). */
  hints?: string[];
}

const SLUG =
  'must be a slug: 3–40 characters of lower-case letters, digits and "-", starting with a letter and not ending with "-"';
const PURE = 'quickscale.yml is plain data';
const MIGRATE = 'Run `quickscale config migrate` to rewrite the file for schema version 1.';

const CASES: RuleCase[] = [
  { rule: 'a file following every rule is valid', file: 'valid.yml', code: 0, lines: [] },
  {
    rule: 'schema_version is required',
    file: 'schema-version-missing.yml',
    code: 1,
    lines: ['1:1: error: schema_version is required'],
    hints: ['Add "schema_version: 1" as the first line.'],
  },
  {
    rule: 'a newer schema_version is refused with "upgrade quickscale" (and nothing else is judged)',
    file: 'schema-version-newer.yml',
    code: 1,
    lines: [
      '1:17: error: schema_version 2 is newer than this quickscale understands (1): upgrade quickscale',
    ],
    hints: ['npm install -g quickscale@latest'],
  },
  {
    rule: 'an older schema_version points at config migrate',
    file: 'schema-version-older.yml',
    code: 1,
    lines: ['1:17: error: schema_version 0 is an older format'],
    hints: [MIGRATE],
  },
  {
    rule: 'project.name must be a slug',
    file: 'project-name-slug.yml',
    code: 1,
    lines: [`3:9: error: project.name ${SLUG}`],
  },
  {
    rule: 'project.name must not be a reserved word',
    file: 'project-name-reserved.yml',
    code: 1,
    lines: ['3:9: error: project.name "http" is a reserved name; choose another'],
  },
  {
    rule: 'project.version must be semver',
    file: 'project-version-semver.yml',
    code: 1,
    lines: ['4:12: error: project.version must be a semantic version such as 1.0.0'],
  },
  {
    rule: 'an unquoted version YAML reads as a number is explained, with the quoted fix',
    file: 'project-version-number.yml',
    code: 1,
    lines: ['4:12: error: project.version must be a string (found the number 1)'],
    hints: ['Quote it so YAML keeps it as text: "1.0".'],
  },
  {
    rule: 'required keys are reported where they belong',
    file: 'required-keys.yml',
    code: 1,
    lines: [
      '1:1: error: theme is required',
      '2:1: error: project.version is required',
      '4:1: error: frontend.source is required',
    ],
  },
  {
    rule: 'theme must be one of the theme manifests, with did-you-mean',
    file: 'theme-enum.yml',
    code: 1,
    lines: [
      '5:8: error: theme must be one of pages, starter, todo (found "startr") — did you mean "starter"?',
    ],
  },
  {
    rule: 'frontend.source is a bundled frontend or a path inside the project',
    file: 'frontend-source.yml',
    code: 1,
    lines: [
      '7:11: error: frontend.source must be a bundled frontend (htmx, react) or a path inside the project such as ./custom_frontend/',
    ],
  },
  {
    rule: "frontend.variant must be one of the frontend's variants (pages: site-kit's design systems)",
    file: 'frontend-variant.yml',
    code: 1,
    lines: [
      '8:12: error: frontend "htmx" of theme "pages" has no variant "meridan" — did you mean "meridian"?',
    ],
    hints: ['Variants: default, meridian, kilima, nuru, pwani, soko, mitindo, lenzi, ngoma, utulivu'],
  },
  {
    rule: 'unknown keys are errors, with did-you-mean when a known key is close',
    file: 'unknown-key.yml',
    code: 1,
    lines: [
      '5:1: error: unknown key "them" — did you mean "theme"?',
      '13:3: error: unknown key "deployment.platfrom" — did you mean "platform"?',
      '14:3: error: unknown key "deployment.region"',
    ],
    hints: ['Keys allowed here: platform, database.'],
  },
  {
    rule: 'unknown modules are errors, with did-you-mean',
    file: 'unknown-module.yml',
    code: 1,
    lines: ['11:3: error: unknown module "notifcations" — did you mean "notifications"?'],
    hints: ['Modules: analytics, auth, content, notifications, site-kit (`quickscale list modules`).'],
  },
  {
    rule: "module options are validated by the module's own schema",
    file: 'module-options.yml',
    code: 1,
    lines: [
      '10:19: error: modules.auth.session_days must be at least 1',
      '11:5: error: unknown key "modules.auth.session_dayz" — did you mean "session_days"?',
      '13:19: error: modules.notifications.sender_email must be an address like Name <name@domain>',
    ],
  },
  {
    rule: 'deprecated keys are rejected, each naming its replacement',
    file: 'deprecated-keys.yml',
    code: 1,
    lines: [
      '5:1: error: deprecated key "primary": use "theme:" (the starting-point application)',
      '9:3: error: deprecated key "frontend.framework": frontend takes only "source" and "variant" — use "frontend.source"',
      '10:1: error: deprecated key "features": list modules under "modules:", a map of module name to its options (e.g. modules: { auth: {} })',
      '11:1: error: deprecated key "components": put module settings under "modules:" (e.g. modules: { notifications: { sender_email: … } })',
      '13:1: error: deprecated key "technologies": use "frontend.source" for the frontend and "deployment" (platform, database) for the rest',
      '15:1: error: deprecated key "technology": use "frontend.source" for the frontend and "deployment" (platform, database) for the rest',
    ],
    hints: [MIGRATE],
  },
  {
    rule: 'customizations is recognised: a warning, and the file still validates (exit 0)',
    file: 'customizations.yml',
    code: 0,
    lines: [
      '11:1: warning: "customizations" is not supported in schema version 1 and is ignored; put custom code in backend_extensions and custom_frontend/',
    ],
  },
  {
    rule: 'a literal secret in a module option is an error; secrets are named by *_env options',
    file: 'literal-secret.yml',
    code: 1,
    lines: [
      '10:17: error: modules.auth.secret_env holds what looks like a literal secret — name the environment variable that holds it instead',
      '12:19: error: modules.notifications.smtp_url_env holds what looks like a literal secret — name the environment variable that holds it instead',
      '13:5: error: modules.notifications.password would put a secret in quickscale.yml — secrets never go in the file',
    ],
    hints: ['Secrets reach this module through environment variables named by: smtp_url_env.'],
  },
  {
    rule: 'an *_env option must name an environment variable',
    file: 'env-name.yml',
    code: 1,
    lines: [
      '11:19: error: modules.notifications.smtp_url_env must name an environment variable (upper case, digits and _, e.g. SMTP_URL)',
    ],
  },
  {
    rule: 'no environment interpolation inside the file',
    file: 'env-interpolation.yml',
    code: 1,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text the user wrote, not a template
    lines: ['5:16: error: environment interpolation ("${PROJECT_DESCRIPTION}") is not supported'],
  },
  {
    rule: 'pure data: YAML tags are refused',
    file: 'yaml-tags.yml',
    code: 1,
    lines: [
      '4:12: error: YAML tags ("!!str") are not allowed',
      '5:16: error: YAML tags ("!include") are not allowed',
    ],
    hints: [PURE],
  },
  {
    rule: 'pure data: anchors and aliases are refused',
    file: 'yaml-aliases.yml',
    code: 1,
    lines: [
      '9:9: error: YAML anchors ("&defaults") are not allowed',
      '10:18: error: YAML aliases ("*defaults") are not allowed',
    ],
    hints: [PURE],
  },
  {
    rule: 'pure data: merge keys are refused',
    file: 'yaml-merge-keys.yml',
    code: 1,
    lines: ['11:5: error: merge keys ("<<") are not allowed'],
    hints: [PURE],
  },
  {
    rule: 'a module the theme requires is reported when missing (never added)',
    file: 'missing-theme-module.yml',
    code: 1,
    lines: ['5:8: error: theme "starter" requires the module "auth", which is not under modules'],
    hints: ['Add "auth: {}" under modules:.'],
  },
  {
    rule: 'modules another module requires are reported when missing (never added)',
    file: 'missing-module-dependency.yml',
    code: 1,
    lines: [
      '11:3: error: module "content" requires the module "auth", which is not under modules',
      '11:3: error: module "content" requires the module "notifications", which is not under modules',
    ],
  },
  {
    rule: 'a module that does not support the theme is reported',
    file: 'incompatible-module.yml',
    code: 1,
    lines: ['11:3: error: module "site-kit" does not work with theme "todo" (it supports: pages, starter)'],
  },
  {
    rule: 'YAML syntax errors (and duplicate keys) carry their position',
    file: 'yaml-syntax.yml',
    code: 1,
    lines: [
      '6:1: error: YAML syntax: Map keys must be unique',
      '9:1: error: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
  },
  {
    rule: 'the file must be a mapping',
    file: 'not-a-mapping.yml',
    code: 1,
    lines: ['1:1: error: the file must be a mapping of keys'],
  },
  {
    rule: 'all errors are reported at once, in file order, warnings included',
    file: 'many-errors.yml',
    code: 1,
    lines: [
      `3:9: error: project.name ${SLUG}`,
      '4:12: error: project.version must be a semantic version such as 1.0.0',
      '8:12: error: frontend "htmx" of theme "todo" has no variant "fancy"',
      '10:25: error: modules.auth.session_days must be at most 365',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text the user wrote, not a template
      '11:34: error: environment interpolation ("${SMTP}") is not supported',
      '11:34: error: modules.notifications.smtp_url_env must name an environment variable (upper case, digits and _, e.g. SMTP_URL)',
      '12:1: error: deprecated key "features": list modules under "modules:", a map of module name to its options (e.g. modules: { auth: {} })',
      '13:1: warning: "customizations" is not supported in schema version 1 and is ignored; put custom code in backend_extensions and custom_frontend/',
    ],
  },
];

function summary(c: RuleCase): string {
  const errors = c.lines.filter((l) => l.includes(': error: ')).length;
  const warnings = c.lines.length - errors;
  const w = warnings > 0 ? `, with ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
  return c.code === 0
    ? `✓ ${fixture(c.file)} is valid${w}`
    : `✗ ${fixture(c.file)}: ${errors} error${errors === 1 ? '' : 's'}${w}`;
}

describe.concurrent('quickscale validate: one fixture per rule', () => {
  for (const c of CASES) {
    it(c.rule, async ({ expect }) => {
      const run = await cli(['validate', fixture(c.file)]);
      const out = run.stdout.trimEnd().split('\n');
      const diagnostics = out.filter((l) => l.startsWith(`${fixture(c.file)}:`));
      expect(diagnostics).toEqual(c.lines.map((l) => `${fixture(c.file)}:${l}`));
      expect(out.at(-1)).toBe(summary(c));
      for (const hint of c.hints ?? []) expect(run.stdout).toContain(hint);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(c.code);
    });
  }
});
