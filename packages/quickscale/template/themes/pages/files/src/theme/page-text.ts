/**
 * The words of a page, as a simple form: every text and paragraph prop of its sections (and of
 * their list items — features, questions, prices), labelled with site-kit's own editor fields.
 * Layout, images and links stay as they are; the visual structure is edited elsewhere.
 */
import type { PageDetail } from '@qspace/content';
import { type Field, type SectionInstance, sectionDefinition } from '@qspace/site-kit';

export interface TextField {
  /** `<section index>.<prop>` or `<section index>.<list prop>.<item index>.<prop>`. */
  key: string;
  label: string;
  value: string;
  multiline: boolean;
}

export interface TextGroup {
  section: string;
  type: string;
  fields: TextField[];
}

export interface PageText {
  page: Pick<PageDetail, 'id' | 'title' | 'slug' | 'status' | 'isHome'>;
  groups: TextGroup[];
}

const isText = (f: Field | undefined): f is Extract<Field, { kind: 'text' | 'textarea' }> =>
  f?.kind === 'text' || f?.kind === 'textarea';

/** Text props that are wiring, not words (a section's anchor id). */
const TECHNICAL = new Set(['anchor']);

/** The editable words of a page's sections, grouped per section (sections without words are left out). */
export function pageText(page: PageDetail): PageText {
  const groups: TextGroup[] = [];
  page.sections.forEach((section, si) => {
    const def = sectionDefinition(section.type);
    if (!def) return;
    const props = section.props as Record<string, unknown>;
    const fields: TextField[] = [];
    for (const [key, field] of Object.entries(def.fields)) {
      const value = props[key];
      if (TECHNICAL.has(key)) continue;
      if (isText(field) && typeof value === 'string') {
        fields.push({ key: `${si}.${key}`, label: field.label, value, multiline: field.kind === 'textarea' });
      } else if (field.kind === 'list' && Array.isArray(value)) {
        value.forEach((item, i) => {
          if (!item || typeof item !== 'object') return;
          for (const [sub, subField] of Object.entries(field.fields)) {
            const v = (item as Record<string, unknown>)[sub];
            if (isText(subField) && typeof v === 'string')
              fields.push({
                key: `${si}.${key}.${i}.${sub}`,
                label: `${field.itemLabel} ${i + 1} · ${subField.label}`,
                value: v,
                multiline: subField.kind === 'textarea',
              });
          }
        });
      }
    }
    if (fields.length > 0) groups.push({ section: def.label, type: section.type, fields });
  });
  return {
    page: { id: page.id, title: page.title, slug: page.slug, status: page.status, isHome: page.isHome },
    groups,
  };
}

/** The sections with the given words put in (keys that name no text prop are ignored). */
export function withText(sections: SectionInstance[], values: Record<string, unknown>): SectionInstance[] {
  const next = structuredClone(sections);
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'string') continue;
    const [si, prop, index, sub] = key.split('.');
    const section = next[Number(si)];
    const def = section && sectionDefinition(section.type);
    if (!section || !def || prop === undefined || TECHNICAL.has(prop)) continue;
    const props = section.props as Record<string, unknown>;
    const field = def.fields[prop];
    if (index === undefined && isText(field) && typeof props[prop] === 'string') {
      props[prop] = value;
    } else if (field?.kind === 'list' && sub !== undefined && isText(field.fields[sub])) {
      const item = (props[prop] as unknown[] | undefined)?.[Number(index)] as
        | Record<string, unknown>
        | undefined;
      if (item && typeof item[sub] === 'string') item[sub] = value;
    }
  }
  return next;
}
