/**
 * Parts are how this project is composed: the kernel, each embedded module's wiring, the theme and
 * your own extensions each contribute a `Part` — migrations, services, job handlers and routes —
 * and `src/composition.ts` lists them in order. A part adds the services it offers to `Services`
 * with declaration merging, so the parts after it get them typed:
 *
 *   declare module '../kernel/part.js' { interface Services { tasks: TaskService } }
 */
import type { Database, JobHandler, Logger, MigrationSource } from '@qspace/core';
import type { Hono } from 'hono';
import type { Config } from '../composition.js';

/** What the parts offer each other; each part declares its own entries. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each part.
export interface Services {}

export interface PartContext {
  config: Config;
  database: Database;
  logger: Logger;
  /** Filled in part order: a part sees the services of the parts before it. */
  services: Services;
  /** Durable job handlers by job name; the worker started after set-up runs them. */
  jobs: Record<string, JobHandler>;
  /** Registers a clean-up run on shutdown (in reverse order of registration). */
  onStop(fn: () => Promise<void> | void): void;
}

export type App = Hono;

export interface Part {
  name: string;
  /** The part's tables, applied at start-up in dependency order. */
  migrations?: MigrationSource[];
  /** Creates the part's services (runs once, in part order, before any route exists). */
  setup?(ctx: PartContext): void | Promise<void>;
  /** Adds the part's routes and middleware. */
  routes?(app: App, ctx: PartContext): void;
}

/** Declares a part (an identity function that gives the object its type). */
export function definePart(part: Part): Part {
  return part;
}
