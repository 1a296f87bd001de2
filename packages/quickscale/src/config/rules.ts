/**
 * The fixed rules of quickscale.yml schema version 1 (see the QuickScale spec): name and version
 * formats, reserved names, and the keys of older designs with what replaced them.
 */
import { builtinModules } from 'node:module';

/** The schema version this CLI writes and fully understands. */
export const SCHEMA_VERSION = 1;

/** 3–40 characters: a letter first, then letters, digits and '-', not ending in '-'. */
export const PROJECT_NAME = /^[a-z][a-z0-9-]{1,38}[a-z0-9]$/;

/** Semantic Versioning 2.0.0 (the regular expression published at semver.org). */
export const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/**
 * Names a project may not take: Node's built-in modules (npm refuses them as package names and
 * imports would be ambiguous), the folders and packages a generated project already contains, and
 * words that break tools when used as a name.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  ...builtinModules.filter((m) => PROJECT_NAME.test(m)),
  'quickscale',
  'qspace',
  'node',
  'npm',
  'npx',
  'src',
  'test',
  'tests',
  'dist',
  'build',
  'public',
  'static',
  'templates',
  'variants',
  'extensions',
  'custom-frontend',
  'favicon',
  'undefined',
  'null',
  'true',
  'false',
]);

/** A bundled frontend is named; a custom one is a relative path inside the project. */
export const FRONTEND_PATH = /^\.\/(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._/-]*$/;

/** Where the project adds its own code: a .ts file inside the project. */
export const EXTENSIONS_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._/-]+\.ts$/;

export const DEFAULT_EXTENSIONS = 'src/extensions.ts';

const MIGRATE = 'Run `quickscale config migrate` to rewrite the file for schema version 1.';

/** Top-level keys of the pre-version-1 design, and what replaced each. */
export const DEPRECATED_ROOT_KEYS: Readonly<Record<string, string>> = {
  features: 'list modules under "modules:", a map of module name to its options (e.g. modules: { auth: {} })',
  components: 'put module settings under "modules:" (e.g. modules: { notifications: { sender_email: … } })',
  technologies: 'use "frontend.source" for the frontend and "deployment" (platform, database) for the rest',
  technology: 'use "frontend.source" for the frontend and "deployment" (platform, database) for the rest',
  primary: 'use "theme:" (the starting-point application)',
};

/** Old `frontend` keys and the one of the two current keys that replaced each. */
export const DEPRECATED_FRONTEND_KEYS: Readonly<Record<string, 'source' | 'variant'>> = {
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

export const MIGRATE_HINT = MIGRATE;

/** Keys recognised but not supported in version 1: a warning, and the key is ignored. */
export const UNSUPPORTED_ROOT_KEYS: Readonly<Record<string, string>> = {
  customizations:
    '"customizations" is not supported in schema version 1 and is ignored; put custom code in backend_extensions and custom_frontend/',
};

/** An option key that, by its name, would hold a secret. */
export const SECRET_KEY = /(secret|password|passwd|token|api_?key|private_?key|credential)/i;
