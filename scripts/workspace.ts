/** Reads the npm workspaces of this repository: name, folder, manifest, layer. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export type Layer = 'core' | 'module' | 'app' | 'test';

export interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  exports?: Record<string, string>;
}

export interface Workspace {
  name: string;
  dir: string;
  /** Folder relative to the repository root, e.g. `packages/core`. */
  path: string;
  manifest: Manifest;
  layer: Layer;
}

/** The layer of a workspace folder, per DESIGN.md: core < modules < apps (the CLI is an app). */
export function layerOf(path: string): Layer {
  if (path === 'packages/core') return 'core';
  if (path === 'packages/quickscale' || path.startsWith('apps/')) return 'app';
  if (path.startsWith('packages/')) return 'module';
  return 'test';
}

export function listWorkspaces(): Workspace[] {
  const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    workspaces: string[];
  };
  const dirs = rootManifest.workspaces.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [join(root, pattern)];
    const parent = join(root, pattern.slice(0, -2));
    return existsSync(parent) ? readdirSync(parent).map((d) => join(parent, d)) : [];
  });
  return dirs
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
      const path = relative(root, dir);
      return { name: manifest.name, dir, path, manifest, layer: layerOf(path) };
    });
}

/** Workspace names this one depends on (runtime and dev). */
export function internalDeps(ws: Workspace, all: Workspace[]): string[] {
  const names = new Set(all.map((w) => w.name));
  return Object.keys({ ...ws.manifest.dependencies, ...ws.manifest.devDependencies }).filter((n) =>
    names.has(n),
  );
}
