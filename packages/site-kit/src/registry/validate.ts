/**
 * Validation of page content against the section registry. Runs on every write: an unknown section
 * type, an unknown or invalid prop, a too-deep or too-large document is refused with the path of
 * the offending field (`sections[2].props.items[0].href`) and what to do about it.
 */
import { z } from 'zod';
import type { SectionInstance } from '../design/types.js';
import { SECTIONS } from '../sections/index.js';
import type { SectionDefinition } from './types.js';

export const MAX_SECTIONS = 60;
/** Largest page document accepted (serialized JSON). */
export const MAX_PAGE_BYTES = 512 * 1024;
/** Deepest nesting accepted anywhere in a page's JSON (rich text included). */
export const MAX_DEPTH = 32;

export interface ContentIssue {
  /** Dotted path, e.g. `sections[2].props.items[0].href`. */
  path: string;
  message: string;
}

export class ContentValidationError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'ContentValidationError';
  }
}

const byType = new Map<string, SectionDefinition>(SECTIONS.map((s) => [s.type, s as SectionDefinition]));

export function sectionDefinition(type: string): SectionDefinition | undefined {
  return byType.get(type);
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Depth of a JSON value; stops counting past `limit` so hostile input stays cheap. */
function depthOf(value: unknown, limit: number, depth = 0): number {
  if (depth > limit || value === null || typeof value !== 'object') return depth;
  let max = depth;
  for (const child of Object.values(value)) {
    max = Math.max(max, depthOf(child, limit, depth + 1));
    if (max > limit) break;
  }
  return max;
}

const SectionId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Section ids are 1–64 letters, digits, hyphens or underscores.');
const Instance = z
  .object({ id: SectionId.optional(), type: z.string().max(40), props: z.record(z.string(), z.unknown()) })
  .strict();

/**
 * Validates and normalizes a page's sections. Missing ids are assigned with `newId`; ids must be
 * unique on the page. Navigation may only come first and the footer only last, so the document's
 * landmarks (header, main, footer) stay in order.
 */
export function validateSections(input: unknown, newId: () => string): SectionInstance[] {
  const size = JSON.stringify(input ?? null).length;
  if (size > MAX_PAGE_BYTES) {
    throw new ContentValidationError([
      {
        path: 'sections',
        message: `This page is ${Math.round(size / 1024)} KB; the limit is ${MAX_PAGE_BYTES / 1024} KB. Split it into several pages.`,
      },
    ]);
  }
  if (depthOf(input, MAX_DEPTH + 1) > MAX_DEPTH) {
    throw new ContentValidationError([
      { path: 'sections', message: `Content is nested more than ${MAX_DEPTH} levels deep; flatten it.` },
    ]);
  }
  const list = z
    .array(Instance)
    .max(MAX_SECTIONS, `A page holds at most ${MAX_SECTIONS} sections.`)
    .safeParse(input);
  if (!list.success) throw new ContentValidationError(toIssues(list.error.issues, ['sections']));

  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  const out: SectionInstance[] = [];
  list.data.forEach((raw, index) => {
    const at = (...rest: PropertyKey[]) => formatPath(['sections', index, ...rest]);
    const def = byType.get(raw.type);
    if (!def) {
      issues.push({
        path: at('type'),
        message: `Unknown section type "${raw.type}". Known types: ${[...byType.keys()].join(', ')}.`,
      });
      return;
    }
    const id = raw.id ?? newId();
    if (seen.has(id))
      issues.push({ path: at('id'), message: `Another section on this page already has the id "${id}".` });
    seen.add(id);
    if (raw.type === 'navigation' && index !== 0)
      issues.push({ path: at('type'), message: 'Navigation must be the first section of a page.' });
    if (raw.type === 'footer' && index !== list.data.length - 1)
      issues.push({ path: at('type'), message: 'The footer must be the last section of a page.' });
    const parsed = def.schema.safeParse(raw.props);
    if (!parsed.success) {
      issues.push(...toIssues(parsed.error.issues, ['sections', index, 'props']));
      return;
    }
    out.push({ id, type: raw.type, props: parsed.data as Record<string, unknown> });
  });
  if (issues.length > 0) throw new ContentValidationError(issues);
  return out;
}

function toIssues(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[]): ContentIssue[] {
  return issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    if (issue.code === 'unrecognized_keys') {
      return {
        path,
        message: `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'}.`,
      };
    }
    return { path, message: issue.message };
  });
}

/** A new section of `type` with its default props. */
export function newSection(type: string, id: string): SectionInstance {
  const def = byType.get(type);
  if (!def) throw new ContentValidationError([{ path: 'type', message: `Unknown section type "${type}".` }]);
  return { id, type, props: structuredClone(def.defaults) as Record<string, unknown> };
}
