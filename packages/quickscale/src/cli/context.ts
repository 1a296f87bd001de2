/** What every command receives: where to print, and the catalog (loaded on first use). */
import { type Catalog, type CatalogSources, defaultPackageDirs, loadCatalog } from '../manifests/catalog.js';
import { type Io, type Out, out } from './output.js';

export interface Context {
  io: Io;
  /** Colour allowed by the flags (`--no-color`); the stream and NO_COLOR still decide. */
  colour: boolean;
  /** Folders the module packages are found in. */
  packageDirs: string[];
  catalog(): Catalog;
  stdout(): Out;
  stderr(): Out;
}

export function createContext(io: Io, sources: CatalogSources = {}): Context {
  let catalog: Catalog | undefined;
  const packageDirs = sources.packageDirs ?? defaultPackageDirs(io.env);
  const ctx: Context = {
    io,
    colour: true,
    packageDirs,
    catalog: () => {
      catalog ??= loadCatalog({ ...sources, packageDirs });
      return catalog;
    },
    stdout: () => out(io.stdout, io.env, ctx.colour),
    stderr: () => out(io.stderr, io.env, ctx.colour),
  };
  return ctx;
}
