/** The Puck config, derived from the section registry: one component per section type. */
import type { ComponentConfig, Config, Data } from '@puckeditor/core';
import type { RegistrySection, SectionData } from '../queries';
import { GROUP_LABELS } from './editor-actions';
import { toPuckField } from './fields';
import { SectionPreview } from './section-preview';

export function buildConfig(registry: RegistrySection[]): Config {
  const components: Record<string, ComponentConfig> = {};
  for (const section of registry) {
    const names = Object.keys(section.fields);
    const fields: Record<string, ReturnType<typeof toPuckField>> = {};
    for (const name of names) {
      const field = section.fields[name];
      if (field) fields[name] = toPuckField(field);
    }
    components[section.type] = {
      label: section.label,
      fields,
      defaultProps: section.defaults,
      render: (all: Record<string, unknown>) => (
        <SectionPreview id={String(all.id)} type={section.type} props={sectionProps(names, all)} />
      ),
    };
  }
  const categories: Record<string, { title: string; components: string[] }> = {};
  for (const section of registry) {
    const group = categories[section.group] ?? {
      title: GROUP_LABELS[section.group] ?? section.group,
      components: [],
    };
    group.components.push(section.type);
    categories[section.group] = group;
  }
  // The page's title and SEO live in the pages list's settings, not in the canvas.
  return { components, categories, root: { fields: {} } };
}

/** A section's own props out of what Puck hands a component (which adds `id`, `puck`, …). */
export function sectionProps(
  names: readonly string[],
  all: Record<string, unknown>,
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const name of names) if (all[name] !== undefined) props[name] = all[name];
  return props;
}

/** Page sections → Puck data (the section id is Puck's item id). */
export function toPuckData(sections: SectionData[]): Data {
  return {
    root: { props: {} },
    content: sections.map((s) => ({ type: s.type, props: { ...s.props, id: s.id } })),
  };
}

/** Puck data → page sections. */
export function fromPuckData(data: Data): SectionData[] {
  return data.content.map((item) => {
    const { id, ...props } = item.props as Record<string, unknown> & { id: string };
    return { id, type: item.type, props };
  });
}
