/** One section in the canvas: its server-rendered HTML, or the problems that keep it from rendering. */
import { createContext, memo, useContext, useEffect, useSyncExternalStore } from 'react';
import { PreviewRenderer } from './preview-renderer';

export const RendererContext = createContext<PreviewRenderer | null>(null);

/**
 * Puck renders every section on each change; a section whose prop values are the same objects as
 * before (Puck's updates are immutable) is skipped.
 */
export const SectionPreview = memo(SectionPreviewInner, (a, b) => {
  if (a.id !== b.id || a.type !== b.type) return false;
  const ka = Object.keys(a.props);
  const kb = Object.keys(b.props);
  return ka.length === kb.length && ka.every((k) => a.props[k] === b.props[k]);
});

function SectionPreviewInner({
  id,
  type,
  props,
}: {
  id: string;
  type: string;
  props: Record<string, unknown>;
}) {
  const renderer = useContext(RendererContext);
  if (!renderer) throw new Error('SectionPreview needs a RendererContext');
  const key = PreviewRenderer.keyOf(type, props);
  const rendered = useSyncExternalStore(
    (listener) => renderer.subscribe(id, listener),
    () => renderer.get(id, key),
  );
  useEffect(() => renderer.want(id, type, props, key), [renderer, id, type, props, key]);

  if (rendered && rendered.issues.length > 0)
    return (
      <div role="alert" data-section-issues={id} className="qs-editor-issues">
        <strong>This section needs attention before it can show:</strong>
        <ul>
          {rendered.issues.map((i) => (
            <li key={`${i.path}:${i.message}`}>
              <code>{i.path.replace(/^props\./, '')}</code> — {i.message}
            </li>
          ))}
        </ul>
      </div>
    );
  if (!rendered) return <div className="qs-editor-loading" aria-busy="true" data-section-loading={id} />;
  // The HTML comes from our own server's site-kit renderer (escaped by react-dom/server).
  return (
    <div
      data-section={id}
      data-section-type={type}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: server-rendered section markup
      dangerouslySetInnerHTML={{ __html: rendered.html }}
    />
  );
}
