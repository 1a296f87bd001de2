/**
 * "Add section": the section library as a searchable grid of pictures, grouped like the side
 * panel. A click puts the section after the selected one (or at the end of the page), selects it
 * and scrolls the preview to it — the way to add a section without dragging, from a keyboard or a
 * phone.
 */
import { useGetPuck } from '@puckeditor/core';
import { useQuery } from '@tanstack/react-query';
import { Search } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { type RegistrySection, sectionsQuery } from '../queries';
import { addSection, GROUP_LABELS } from './editor-actions';
import { SectionThumb } from './section-thumbs';

export function AddSectionDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="4xl"
      title="Add a section"
      description="It goes after the selected section, or at the end of the page. You can drag it elsewhere later."
    >
      {open && <Library onClose={onClose} />}
    </Dialog>
  );
}

function Library({ onClose }: { onClose: () => void }) {
  const getPuck = useGetPuck();
  const registry = useQuery(sectionsQuery);
  const [q, setQ] = useState('');
  const groups = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const match = (s: RegistrySection) =>
      !needle || `${s.label} ${s.description} ${s.type}`.toLowerCase().includes(needle);
    const out = new Map<string, RegistrySection[]>();
    for (const s of registry.data ?? []) {
      if (!match(s)) continue;
      out.set(s.group, [...(out.get(s.group) ?? []), s]);
    }
    return [...out];
  }, [registry.data, q]);

  const add = (type: string) => {
    const id = addSection(getPuck, type);
    onClose();
    scrollToSection(id);
  };

  return (
    <div className="space-y-5">
      <label className="relative block">
        <span className="sr-only">Search sections</span>
        <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-ink-faint" />
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Search: pricing, contact, gallery…"
          className="block h-10 w-full rounded-lg border border-line-strong bg-surface pr-3 pl-9 text-sm text-ink focus:border-brand focus:ring-4 focus:ring-brand/15 focus:outline-none"
        />
      </label>
      {groups.length === 0 && (
        <EmptyState icon={Search} title="No section matches" className="py-8">
          Try another word — for example “prices”, “photos” or “questions”.
        </EmptyState>
      )}
      {groups.map(([group, sections]) => (
        <section key={group} aria-labelledby={`add-group-${group}`}>
          <h3
            id={`add-group-${group}`}
            className="mb-2 text-xs font-semibold tracking-wide text-ink-muted uppercase"
          >
            {GROUP_LABELS[group] ?? group}
          </h3>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
            {sections.map((s) => (
              <li key={s.type}>
                <button
                  type="button"
                  onClick={() => add(s.type)}
                  data-add-section={s.type}
                  className="group flex h-full w-full flex-col gap-2 rounded-xl border border-line bg-surface p-2 pb-3 text-left shadow-xs transition hover:border-brand hover:shadow-card focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
                >
                  <SectionThumb type={s.type} className="aspect-[16/9] w-full rounded-lg" />
                  <span className="px-1 text-sm font-medium text-ink group-hover:text-brand-strong">
                    {s.label}
                  </span>
                  <span className="line-clamp-2 px-1 text-xs text-ink-muted">{s.description}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Scrolls the preview to a section once it is in the canvas (it may take a few frames). */
function scrollToSection(id: string | undefined, tries = 30): void {
  if (!id || tries <= 0) return;
  const doc = (document.querySelector('#preview-frame') as HTMLIFrameElement | null)?.contentDocument;
  const el = doc?.querySelector(`[data-puck-component="${CSS.escape(id)}"]`);
  if (el) el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  else requestAnimationFrame(() => scrollToSection(id, tries - 1));
}
