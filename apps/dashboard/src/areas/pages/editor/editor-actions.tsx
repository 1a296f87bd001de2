/**
 * What the editor adds to Puck's own canvas actions (which already has drag and drop, undo/redo on
 * ⌘/Ctrl+Z and ⇧⌘Z, and Delete on the selected section):
 *  - the side panel's section library shows a picture of each section (drag it onto the page);
 *  - `addSection`, used by the "Add section" dialog, puts a section after the selected one (or at
 *    the end) and selects it — no dragging needed, so it works from a keyboard and on a phone;
 *  - shortcuts on the selected section: ⌘/Ctrl+D duplicates, Alt+↑ / Alt+↓ move it, in the
 *    dashboard window and in the preview frame (where the focus is once a section is clicked).
 */
import { useGetPuck } from '@puckeditor/core';
import { GripVertical } from 'lucide-react';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { placeBetween, ROOT_ZONE, shortcutAction } from './rules';
import { SectionThumb } from './section-thumbs';

export const CanEditContext = createContext(false);

type GetPuck = ReturnType<typeof useGetPuck>;

/** The section library's groups, in the registry's words. */
export const GROUP_LABELS: Record<string, string> = {
  structure: 'Structure',
  content: 'Content',
  media: 'Media',
  commerce: 'Commerce',
  'social-proof': 'Social proof',
  conversion: 'Conversion',
};

/** Inserts a section of `type` after the selected one (or at the end), selects it, returns its id. */
export function addSection(getPuck: GetPuck, type: string): string | undefined {
  const { appState, dispatch } = getPuck();
  const selector = appState.ui.itemSelector;
  const content = appState.data.content;
  const wanted = selector && (selector.zone ?? ROOT_ZONE) === ROOT_ZONE ? selector.index + 1 : content.length;
  const index = placeBetween(
    content.map((item) => item.type),
    wanted,
  );
  dispatch({ type: 'insert', componentType: type, destinationIndex: index, destinationZone: ROOT_ZONE });
  dispatch({ type: 'setUi', ui: { itemSelector: { index, zone: ROOT_ZONE } } });
  const added = getPuck().appState.data.content[index];
  return added ? String(added.props.id) : undefined;
}

export function DrawerItem({ name }: { name: string; children: ReactNode }) {
  const getPuck = useGetPuck();
  const label = getPuck().config.components[name]?.label ?? name;
  return (
    <div
      className="flex w-full cursor-grab items-center gap-2.5 p-0.5 active:cursor-grabbing"
      data-section-type={name}
    >
      <SectionThumb type={name} className="h-9 w-16 shrink-0 rounded" />
      <span className="min-w-0 flex-1 truncate text-sm font-medium text-ink">{label}</span>
      <GripVertical className="size-4 shrink-0 text-ink-faint" aria-hidden="true" />
    </div>
  );
}

const isTyping = (target: EventTarget | null): boolean => {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return !!el.closest('input, textarea, select, [contenteditable="true"], [role="textbox"]');
};

/** Listens for the shortcuts in the dashboard window and in the preview iframe. */
export function EditorShortcuts({ frame }: { frame?: Document | undefined }) {
  const getPuck = useGetPuck();
  const canEdit = useContext(CanEditContext);
  useEffect(() => {
    if (!canEdit) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target)) return;
      const { appState, dispatch } = getPuck();
      const selector = appState.ui.itemSelector;
      if (!selector || (selector.zone ?? ROOT_ZONE) !== ROOT_ZONE) return;
      const action = shortcutAction(
        e,
        selector.index,
        appState.data.content.map((item) => item.type),
      );
      if (!action) return;
      e.preventDefault();
      dispatch(action);
      const next =
        action.type === 'duplicate'
          ? selector.index + 1
          : action.type === 'reorder'
            ? action.destinationIndex
            : selector.index;
      dispatch({ type: 'setUi', ui: { itemSelector: { index: next, zone: ROOT_ZONE } } });
    };
    window.addEventListener('keydown', onKey);
    frame?.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      frame?.removeEventListener('keydown', onKey);
    };
  }, [canEdit, getPuck, frame]);
  return null;
}
