/**
 * Section-level diff of two page versions. Sections are matched by their stable id, so moving a
 * section reads as "moved", editing reads as "changed" with the props that differ — what a person
 * comparing versions in the history panel wants to see.
 */
import type { SeoColumn } from '../schema.js';

interface VersionContent {
  title: string;
  seo: SeoColumn;
  sections: { id: string; type: string; props: Record<string, unknown> }[];
}

export type SectionChange =
  | { kind: 'added'; id: string; type: string; index: number }
  | { kind: 'removed'; id: string; type: string; index: number }
  | { kind: 'changed'; id: string; type: string; index: number; props: string[] }
  | { kind: 'moved'; id: string; type: string; from: number; to: number }
  | { kind: 'unchanged'; id: string; type: string; index: number };

export interface VersionDiff {
  title: { from: string; to: string } | null;
  seo: string[];
  sections: SectionChange[];
  /** True when nothing differs. */
  same: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !same(a[k], b[k])).sort();
}

/** Changes that turn version `from` into version `to`. */
export function diffVersions(from: VersionContent, to: VersionContent): VersionDiff {
  const before = new Map(from.sections.map((s, i) => [s.id, { s, i }]));
  const after = new Set(to.sections.map((s) => s.id));
  const sections: SectionChange[] = [];
  // Relative order of the sections both versions keep: a section "moved" when its rank among them changed.
  const keptBefore = from.sections.filter((s) => after.has(s.id)).map((s) => s.id);
  const keptAfter = to.sections.filter((s) => before.has(s.id)).map((s) => s.id);

  to.sections.forEach((s, index) => {
    const old = before.get(s.id);
    if (!old || old.s.type !== s.type) {
      sections.push({ kind: 'added', id: s.id, type: s.type, index });
      return;
    }
    const props = changedKeys(old.s.props, s.props);
    if (props.length > 0) sections.push({ kind: 'changed', id: s.id, type: s.type, index, props });
    else if (keptBefore.indexOf(s.id) !== keptAfter.indexOf(s.id))
      sections.push({ kind: 'moved', id: s.id, type: s.type, from: old.i, to: index });
    else sections.push({ kind: 'unchanged', id: s.id, type: s.type, index });
  });
  from.sections.forEach((s, index) => {
    const now = to.sections.find((t) => t.id === s.id);
    if (!now || now.type !== s.type) sections.push({ kind: 'removed', id: s.id, type: s.type, index });
  });

  const title = from.title === to.title ? null : { from: from.title, to: to.title };
  const seo = changedKeys(
    from.seo as unknown as Record<string, unknown>,
    to.seo as unknown as Record<string, unknown>,
  );
  return {
    title,
    seo,
    sections,
    same: !title && seo.length === 0 && sections.every((c) => c.kind === 'unchanged'),
  };
}
