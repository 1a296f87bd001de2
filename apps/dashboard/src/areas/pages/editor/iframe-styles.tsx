/**
 * Styles inside Puck's preview iframe. The dashboard's CSP (`style-src 'self'`) also governs the
 * srcdoc iframe, so <style> elements are refused there; constructed stylesheets
 * (`adoptedStyleSheets`) are not inline markup and are allowed. The iframe gets: the App's site CSS
 * from the render endpoint, Puck's own drag-and-drop styles (copied from the <style> element the
 * CSP blocked) and a few editor-only rules.
 */
import { type ReactElement, type ReactNode, useContext, useEffect, useSyncExternalStore } from 'react';
import { EditorShortcuts } from './editor-actions';
import { RendererContext } from './section-preview';

const EDITOR_CSS = `
.qs-editor-issues{margin:0;padding:16px 20px;border:2px dashed #c01f14;background:#fef3f2;color:#101828;font:14px/1.5 system-ui,sans-serif}
.qs-editor-issues ul{margin:8px 0 0;padding-left:18px}
.qs-editor-issues code{font-weight:600}
.qs-editor-loading{min-height:120px;background:repeating-linear-gradient(45deg,#f2f4f7,#f2f4f7 10px,#e6e8ec 10px,#e6e8ec 20px)}
`;

export function IframeStyles({
  children,
  document: doc,
}: {
  children: ReactNode;
  document?: Document;
}): ReactElement {
  const renderer = useContext(RendererContext);
  const texts = useSyncExternalStore(
    (l) => renderer?.subscribeCss(l) ?? (() => {}),
    () => renderer?.cssTexts() ?? [],
  );
  useEffect(() => {
    const win = doc?.defaultView as (Window & typeof globalThis) | null | undefined;
    if (!doc || !win) return;
    const apply = () => {
      const puck = [...doc.querySelectorAll('style[data-puck-style-source="puck"]')]
        .map((s) => s.textContent ?? '')
        .join('\n');
      const sheets = [puck, EDITOR_CSS, ...texts].map((css) => {
        const sheet = new win.CSSStyleSheet();
        sheet.replaceSync(css);
        return sheet;
      });
      doc.adoptedStyleSheets = sheets;
    };
    apply();
    // Puck adds its <style> on mount; pick it up when it appears.
    const observer = new win.MutationObserver(apply);
    observer.observe(doc.head, { childList: true });
    return () => observer.disconnect();
  }, [doc, texts]);
  return (
    <>
      <EditorShortcuts frame={doc} />
      {children}
    </>
  );
}
