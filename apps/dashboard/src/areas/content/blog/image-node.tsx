/**
 * The editor's image block. It stores `media:<id>` (or an https address) exactly as our document
 * does, and shows the library file through a React node view, with its alt text editable in place.
 */
import { mergeAttributes } from '@tiptap/core';
import Image, { type ImageOptions } from '@tiptap/extension-image';
import { type NodeViewProps, NodeViewWrapper, ReactNodeViewRenderer } from '@tiptap/react';
import { cn } from '../../../lib/cn';
import { MediaThumb } from '../media/media-thumb';

export interface BlogImageOptions {
  appId: string;
}

function ImageView({ node, updateAttributes, selected, editor, extension }: NodeViewProps) {
  const { appId } = extension.options as BlogImageOptions;
  const src = String(node.attrs.src ?? '');
  const alt = String(node.attrs.alt ?? '');
  return (
    <NodeViewWrapper className="my-5" data-drag-handle="">
      <figure
        className={cn(
          'overflow-hidden rounded-lg border',
          selected ? 'border-brand ring-2 ring-brand' : 'border-line',
        )}
      >
        <MediaThumb
          appId={appId}
          src={src}
          alt={alt}
          width={960}
          className="block max-h-[420px] w-full object-contain"
        />
        {editor.isEditable && (
          <figcaption className="border-t border-line bg-canvas px-3 py-2" contentEditable={false}>
            <label className="flex items-center gap-2 text-xs text-ink-muted">
              <span className="shrink-0 font-medium">Alt text</span>
              <input
                value={alt}
                maxLength={300}
                placeholder="Describe the image for people who cannot see it"
                onChange={(e) => updateAttributes({ alt: e.target.value })}
                className="min-w-0 flex-1 rounded border border-line bg-surface px-2 py-1 text-[13px] text-ink focus:border-brand focus:outline-none"
              />
            </label>
          </figcaption>
        )}
      </figure>
    </NodeViewWrapper>
  );
}

/** Block images only (never inline), no base64 data, our media references as the source. */
export const BlogImage = Image.extend<ImageOptions & BlogImageOptions>({
  addOptions() {
    return { HTMLAttributes: {}, resize: false, appId: '', inline: false, allowBase64: false };
  },
  addAttributes() {
    return {
      ...this.parent?.(),
      // A `media:<id>` source is no address a browser can load (and the CSP refuses the try): in
      // HTML (copy, drag) it travels as data-media and is read back from there.
      src: {
        default: null,
        parseHTML: (el: HTMLElement) => el.getAttribute('data-media') ?? el.getAttribute('src'),
        renderHTML: (attrs: { src?: string | null }) =>
          attrs.src?.startsWith('media:') ? { 'data-media': attrs.src } : { src: attrs.src },
      },
    };
  },
  parseHTML() {
    return [{ tag: 'img[data-media]' }, { tag: 'img[src^="https://"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['img', mergeAttributes(HTMLAttributes)];
  },
  addNodeView() {
    return ReactNodeViewRenderer(ImageView);
  },
});
