/**
 * The visual page editor (lazy-loaded): Puck configured from the section registry, the canvas
 * showing server-rendered sections in the App's design system, autosave with an offline queue,
 * publish, draft preview and version history.
 */
import '@puckeditor/core/no-external.css';
import {
  createUsePuck,
  type Data,
  fieldsPlugin,
  type OnAction,
  type Overrides,
  type Plugin,
  Puck,
} from '@puckeditor/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { messageOf } from '../../../api/errors';
import { appQuery } from '../../../api/queries';
import { Alert } from '../../../components/ui/alert';
import { Loading } from '../../../components/ui/spinner';
import {
  type PageDetail,
  type PageSummary,
  pageKey,
  pagePermissions,
  pageQuery,
  pagesKey,
  type RegistrySection,
  sectionsQuery,
} from '../queries';
import { buildConfig, fromPuckData, sectionProps, toPuckData } from './config';
import { readQueued, useDraftSync } from './draft-sync';
import { CanEditContext, DrawerItem } from './editor-actions';
import { HeaderContext, HeaderSlot } from './editor-header';
import { EditorFieldContext } from './field-widgets';
import { IframeStyles } from './iframe-styles';
import { PreviewRenderer } from './preview-renderer';
import { RendererContext } from './section-preview';

const VIEWPORTS = [
  { width: 390, height: 'auto' as const, label: 'Phone', icon: 'Smartphone' as const },
  { width: 820, height: 'auto' as const, label: 'Tablet', icon: 'Tablet' as const },
  { width: 1280, height: 'auto' as const, label: 'Desktop', icon: 'Monitor' as const },
];

/** With no section selected, the side panel says what to do instead of standing empty. */
function FieldsPanel({ children, itemSelector }: { children: ReactNode; itemSelector?: unknown }) {
  if (itemSelector) return <>{children}</>;
  return (
    <div className="px-4 py-6 text-sm text-ink-muted" data-fields-hint>
      <p className="font-medium text-ink">Select a section to edit it</p>
      <p className="mt-1">
        Click a section in the preview, or add one with <strong className="text-ink">Add section</strong>.
      </p>
    </div>
  );
}

const OVERRIDES: Partial<Overrides> = {
  iframe: IframeStyles,
  header: HeaderSlot,
  drawerItem: DrawerItem,
  fields: FieldsPanel,
};

/**
 * Names for Puck's own controls that it renders without one (found by Lighthouse): the preview
 * frame, the zoom menu and the loading indicator. Applied whenever Puck redraws them.
 */
function useNamedPuckControls(root: HTMLElement | null): void {
  useEffect(() => {
    if (!root) return;
    const name = () => {
      root.querySelector('iframe#preview-frame:not([title])')?.setAttribute('title', 'Page preview');
      for (const el of root.querySelectorAll('select[class*="zoomSelect"]:not([aria-label])'))
        el.setAttribute('aria-label', 'Zoom');
      for (const el of root.querySelectorAll('span[class*="_Loader_"][aria-label]:not([role])'))
        el.setAttribute('role', 'status');
    };
    name();
    let queued = false;
    const observer = new MutationObserver(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        name();
      });
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [root]);
}

/** Narrow screens open on the phone width, so the preview fits without zooming out. */
const INITIAL_UI =
  typeof window !== 'undefined' && window.innerWidth < 640
    ? {
        viewports: {
          current: { width: 390, height: 'auto' as const },
          controlsVisible: true,
          options: VIEWPORTS,
        },
      }
    : undefined;

/**
 * Puck's phone layout shows the fields in a side tab, and renders that tab (hidden) on every screen
 * size: the panel's inputs then exist twice with the same ids. This tab renders them only while open.
 */
const usePuck = createUsePuck();
const puckFields = fieldsPlugin();
function FieldsTab() {
  const open = usePuck((s) => s.appState.ui.plugin?.current === 'fields');
  return open && puckFields.render ? puckFields.render() : null;
}
const PLUGINS: Plugin[] = [{ ...puckFields, render: () => <FieldsTab /> }];

export function EditorScreen() {
  const { appId, pageId } = useParams({ strict: false }) as { appId: string; pageId: string };
  const app = useQuery(appQuery(appId));
  const page = useQuery({ ...pageQuery(appId, pageId), refetchOnWindowFocus: false });
  const registry = useQuery(sectionsQuery);
  const error = app.error ?? page.error ?? registry.error;
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  useNamedPuckControls(root);
  return (
    <div ref={setRoot} className="fixed inset-0 z-50 flex flex-col bg-canvas" data-editor>
      {error ? (
        <div className="m-auto max-w-md p-6">
          <Alert tone="error" title="The editor could not open">
            {messageOf(error)}
          </Alert>
        </div>
      ) : app.data && page.data && registry.data ? (
        <Editor
          key={pageId}
          appId={appId}
          appSlug={app.data.slug}
          page={page.data}
          registry={registry.data}
          role={app.data.role}
        />
      ) : (
        <Loading label="Opening the editor…" className="m-auto" />
      )}
    </div>
  );
}

interface EditorProps {
  appId: string;
  appSlug: string;
  page: PageDetail;
  registry: RegistrySection[];
  role: Parameters<typeof pagePermissions>[0];
}

function Editor({ appId, appSlug, page, registry, role }: EditorProps) {
  const qc = useQueryClient();
  const can = pagePermissions(role);
  const renderer = useMemo(() => new PreviewRenderer(appId), [appId]);
  const config = useMemo(() => buildConfig(registry), [registry]);
  // An edit queued while offline (even in an earlier visit) wins over the server's draft.
  const [initial] = useState(() => toPuckData(readQueued(appId, page.id)?.sections ?? page.sections));
  const [current, setCurrent] = useState(page);
  const lastJson = useRef(JSON.stringify(fromPuckData(initial)));
  const onSaved = useCallback(
    (saved: PageDetail) => {
      setCurrent(saved);
      qc.setQueryData(pageKey(appId, page.id), saved);
      void qc.invalidateQueries({ queryKey: pagesKey(appId), exact: true });
      void qc.invalidateQueries({ queryKey: [...pageKey(appId, page.id), 'versions'] });
    },
    [qc, appId, page.id],
  );
  const { sync, state } = useDraftSync(appId, page.id, onSaved);

  // A field edit asks the server for the section's new HTML straight away, while Puck re-renders.
  const fieldNames = useMemo(
    () => new Map(registry.map((s) => [s.type, Object.keys(s.fields)] as const)),
    [registry],
  );
  const onAction = useCallback<OnAction>(
    (action) => {
      if (action.type !== 'replace') return;
      const names = fieldNames.get(action.data.type);
      const props = action.data.props as Record<string, unknown>;
      if (names) renderer.prefetch(String(props.id), action.data.type, sectionProps(names, props));
    },
    [fieldNames, renderer],
  );

  const onChange = useCallback(
    (data: Data) => {
      if (!can.edit) return;
      const sections = fromPuckData(data);
      const json = JSON.stringify(sections);
      if (json === lastJson.current) return;
      lastJson.current = json;
      sync.change(sections);
    },
    [can.edit, sync],
  );

  // ⌘/Ctrl+S saves now instead of waiting for the pause.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (can.edit) void sync.saveNow().catch(() => {});
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sync, can.edit]);

  // Leaving with unsent edits: the queue keeps them, but say so.
  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => {
      if (sync.hasQueued()) e.preventDefault();
    };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, [sync]);

  const header = {
    appId,
    appSlug,
    page: current,
    can,
    state,
    sync,
    onPublishChanged: (summary: PageSummary) => setCurrent((page) => ({ ...page, ...summary })),
    onRestored: (restored: PageDetail) => {
      lastJson.current = JSON.stringify(restored.sections);
      onSaved(restored);
    },
  };

  const fieldContext = useMemo(() => ({ appId, canUpload: can.edit }), [appId, can.edit]);

  return (
    <RendererContext.Provider value={renderer}>
      <EditorFieldContext.Provider value={fieldContext}>
        <CanEditContext.Provider value={can.edit}>
          <HeaderContext.Provider value={header}>
            <Puck
              config={config}
              data={initial}
              onChange={onChange}
              onAction={onAction}
              overrides={OVERRIDES}
              plugins={PLUGINS}
              viewports={VIEWPORTS}
              {...(INITIAL_UI ? { ui: INITIAL_UI } : {})}
              iframe={{ enabled: true, syncHostStyles: false, waitForStyles: false }}
              height="100%"
              headerTitle={current.title}
              permissions={
                can.edit
                  ? { drag: true, duplicate: true, delete: true, edit: true, insert: true }
                  : { drag: false, duplicate: false, delete: false, edit: false, insert: false }
              }
            />
          </HeaderContext.Provider>
        </CanEditContext.Provider>
      </EditorFieldContext.Provider>
    </RendererContext.Provider>
  );
}
