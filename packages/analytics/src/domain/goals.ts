/**
 * Goals and funnels as data. A goal is reached by a page view (path, `*` matches any characters),
 * a custom event (by name), or a contact-form submission (any form, or one form by name). A funnel
 * is 2–8 ordered steps, each a page or a custom event.
 */
import { z } from 'zod';

export const GOAL_KINDS = ['page', 'event', 'form'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

export const MAX_GOALS = 50;
export const MAX_FUNNELS = 20;
export const MAX_FUNNEL_STEPS = 8;

const name = z.string().trim().min(1, 'Give it a name.').max(80, 'Keep the name under 80 characters.');
const path = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .regex(/^\/[^\s?#]*$/, 'A page path starts with / and has no spaces, ? or #, e.g. /contact or /blog/*');
const eventName = z.string().trim().min(1).max(64);

export const GoalInput = z.discriminatedUnion('kind', [
  z.object({ name, kind: z.literal('page'), match: path }),
  z.object({ name, kind: z.literal('event'), match: eventName }),
  z.object({
    name,
    kind: z.literal('form'),
    match: z.string().trim().max(80).default('').describe('Form name; empty = any form'),
  }),
]);
export type GoalInput = z.infer<typeof GoalInput>;

export const FunnelStep = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page'), match: path, label: z.string().trim().max(80).default('') }),
  z.object({ kind: z.literal('event'), match: eventName, label: z.string().trim().max(80).default('') }),
]);
export type FunnelStep = z.infer<typeof FunnelStep>;

export const FunnelInput = z.object({
  name,
  steps: z
    .array(FunnelStep)
    .min(2, 'A funnel needs at least 2 steps.')
    .max(MAX_FUNNEL_STEPS, `A funnel has at most ${MAX_FUNNEL_STEPS} steps.`),
});
export type FunnelInput = z.infer<typeof FunnelInput>;

/** A path pattern as a SQL LIKE pattern: `*` → `%`, LIKE's own wildcards escaped. */
export function likePattern(pattern: string): string {
  return pattern.replace(/[\\%_]/g, (c) => `\\${c}`).replaceAll('*', '%');
}

/** True when a path matches a pattern (the same rule as `likePattern` in SQL). */
export function pathMatches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}
