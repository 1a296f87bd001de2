/**
 * The post body editor (Tiptap), limited to what our rich-text format holds: headings 2–4, bold,
 * italic, code, lists, links, library images, quotes, code blocks and rules. It speaks our document
 * format at its edges (richtext.ts converts), so the rest of the screen never sees Tiptap's JSON.
 * Tiptap's own stylesheet is not injected (the CSP forbids inline styles): the look is Tailwind here.
 */
import Link from '@tiptap/extension-link';
import { type Editor, EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import {
  Bold,
  Code,
  Heading2,
  Heading3,
  Heading4,
  ImagePlus,
  Italic,
  Link2,
  List,
  ListOrdered,
  type LucideIcon,
  Minus,
  Quote,
  Redo2,
  SquareCode,
  Undo2,
} from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { cn } from '../../../lib/cn';
import { mediaRef } from '../api';
import { MediaPicker } from '../media/media-picker';
import { BlogImage } from './image-node';
import { LinkDialog } from './link-dialog';
import { isAllowedLink } from './links';
import { fromDoc, type RichTextDoc, toDoc } from './richtext';

interface RichTextEditorProps {
  appId: string;
  value: RichTextDoc;
  onChange: (doc: RichTextDoc) => void;
  editable: boolean;
  /** id of the element labelling the editor. */
  labelledBy: string;
  invalid?: boolean;
  /** A smaller editing area, for a side panel (the page editor's rich-text field). */
  compact?: boolean;
}

const BODY_STYLE = cn(
  'text-ink focus:outline-none',
  '[&_h2]:mb-2 [&_h2]:mt-7 [&_h2]:font-semibold [&_h2]:tracking-tight',
  '[&_h3]:mb-2 [&_h3]:mt-6 [&_h3]:font-semibold',
  '[&_h4]:mb-1 [&_h4]:mt-5 [&_h4]:font-semibold',
  '[&_p]:my-3 [&_ul]:my-3 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_li>p]:my-1',
  '[&_blockquote]:my-4 [&_blockquote]:border-l-4 [&_blockquote]:border-brand/40 [&_blockquote]:pl-4 [&_blockquote]:italic [&_blockquote]:text-ink-muted',
  '[&_pre]:my-4 [&_pre]:overflow-x-auto [&_pre]:rounded-lg [&_pre]:bg-code [&_pre]:p-4 [&_pre]:font-mono [&_pre]:text-sm [&_pre]:text-on-code',
  '[&_:not(pre)>code]:rounded [&_:not(pre)>code]:bg-subtle [&_:not(pre)>code]:px-1 [&_:not(pre)>code]:py-0.5 [&_:not(pre)>code]:font-mono [&_:not(pre)>code]:text-[0.9em]',
  '[&_a]:text-brand [&_a]:underline [&_hr]:my-8 [&_hr]:border-line-strong [&_hr.ProseMirror-selectednode]:border-brand',
  '[&_.ProseMirror-gapcursor]:relative',
);

const FULL_SIZE =
  'min-h-[320px] px-4 py-4 text-[16px] leading-7 sm:px-6 [&_h2]:text-2xl [&_h3]:text-xl [&_h4]:text-lg';
const COMPACT_SIZE =
  'min-h-[140px] px-3 py-2 text-[14px] leading-6 [&_h2]:text-lg [&_h3]:text-base [&_h4]:text-sm';

export function RichTextEditor({
  appId,
  value,
  onChange,
  editable,
  labelledBy,
  invalid,
  compact = false,
}: RichTextEditorProps) {
  const changeRef = useRef(onChange);
  changeRef.current = onChange;
  const editor = useEditor({
    injectCSS: false,
    editable,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        strike: false,
        underline: false,
        trailingNode: false,
        link: false,
      }),
      Link.configure({
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedLink(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      }),
      BlogImage.configure({ appId }),
    ],
    content: fromDoc(value),
    editorProps: {
      attributes: {
        class: cn(BODY_STYLE, compact ? COMPACT_SIZE : FULL_SIZE),
        'aria-labelledby': labelledBy,
        'aria-multiline': 'true',
        role: 'textbox',
      },
    },
    onUpdate: ({ editor: e }) => changeRef.current(toDoc(e.getJSON())),
  });
  useEffect(() => {
    editor.setEditable(editable);
  }, [editor, editable]);

  return (
    <div
      className={cn(
        'rounded-xl border bg-surface shadow-xs focus-within:ring-4',
        invalid
          ? 'border-danger focus-within:ring-danger/15'
          : 'border-line-strong focus-within:border-brand focus-within:ring-brand/15',
      )}
    >
      {editable && <Toolbar editor={editor} appId={appId} />}
      <EditorContent editor={editor} />
    </div>
  );
}

interface ToolButton {
  label: string;
  icon: LucideIcon;
  run: () => void;
  active?: boolean;
  disabled?: boolean;
  shortcut?: string;
}

function Toolbar({ editor, appId }: { editor: Editor; appId: string }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      h4: e.isActive('heading', { level: 4 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      code: e.isActive('code'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      codeBlock: e.isActive('codeBlock'),
      link: e.isActive('link'),
      href: String(e.getAttributes('link').href ?? ''),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const [linkOpen, setLinkOpen] = useState(false);
  const [imageOpen, setImageOpen] = useState(false);
  const chain = () => editor.chain().focus();
  const groups: ToolButton[][] = [
    [
      {
        label: 'Heading 2',
        icon: Heading2,
        active: state.h2,
        run: () => chain().toggleHeading({ level: 2 }).run(),
      },
      {
        label: 'Heading 3',
        icon: Heading3,
        active: state.h3,
        run: () => chain().toggleHeading({ level: 3 }).run(),
      },
      {
        label: 'Heading 4',
        icon: Heading4,
        active: state.h4,
        run: () => chain().toggleHeading({ level: 4 }).run(),
      },
    ],
    [
      {
        label: 'Bold',
        icon: Bold,
        active: state.bold,
        shortcut: 'Ctrl+B',
        run: () => chain().toggleBold().run(),
      },
      {
        label: 'Italic',
        icon: Italic,
        active: state.italic,
        shortcut: 'Ctrl+I',
        run: () => chain().toggleItalic().run(),
      },
      {
        label: 'Inline code',
        icon: Code,
        active: state.code,
        shortcut: 'Ctrl+E',
        run: () => chain().toggleCode().run(),
      },
      { label: 'Link', icon: Link2, active: state.link, shortcut: 'Ctrl+K', run: () => setLinkOpen(true) },
    ],
    [
      {
        label: 'Bulleted list',
        icon: List,
        active: state.bullet,
        run: () => chain().toggleBulletList().run(),
      },
      {
        label: 'Numbered list',
        icon: ListOrdered,
        active: state.ordered,
        run: () => chain().toggleOrderedList().run(),
      },
      { label: 'Quote', icon: Quote, active: state.quote, run: () => chain().toggleBlockquote().run() },
      {
        label: 'Code block',
        icon: SquareCode,
        active: state.codeBlock,
        run: () => chain().toggleCodeBlock().run(),
      },
      { label: 'Divider', icon: Minus, run: () => chain().setHorizontalRule().run() },
      { label: 'Image', icon: ImagePlus, run: () => setImageOpen(true) },
    ],
    [
      {
        label: 'Undo',
        icon: Undo2,
        disabled: !state.canUndo,
        shortcut: 'Ctrl+Z',
        run: () => chain().undo().run(),
      },
      {
        label: 'Redo',
        icon: Redo2,
        disabled: !state.canRedo,
        shortcut: 'Ctrl+Shift+Z',
        run: () => chain().redo().run(),
      },
    ],
  ];
  // Ctrl/Cmd+K opens the link dialog from the text.
  useEffect(() => {
    const dom = editor.view.dom;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setLinkOpen(true);
      }
    };
    dom.addEventListener('keydown', onKey);
    return () => dom.removeEventListener('keydown', onKey);
  }, [editor]);

  return (
    <>
      <div
        role="toolbar"
        aria-label="Formatting"
        className="sticky top-14 z-10 flex flex-wrap items-center gap-0.5 rounded-t-xl border-b border-line bg-surface/95 px-2 py-1.5 backdrop-blur"
      >
        {groups.map((group, i) => (
          <div
            key={group[0]?.label}
            className={cn('flex items-center gap-0.5', i > 0 && 'ml-0.5 border-l border-line pl-0.5')}
          >
            {group.map((b) => (
              <button
                key={b.label}
                type="button"
                title={b.shortcut ? `${b.label} (${b.shortcut})` : b.label}
                aria-label={b.label}
                aria-pressed={b.active === undefined ? undefined : b.active}
                disabled={b.disabled}
                onMouseDown={(e) => e.preventDefault()}
                onClick={b.run}
                className={cn(
                  'grid size-[30px] place-items-center rounded-md text-ink-muted hover:bg-subtle hover:text-ink disabled:opacity-40 disabled:hover:bg-transparent',
                  'focus-visible:outline-2 focus-visible:outline-brand',
                  b.active && 'bg-brand-soft text-brand-strong',
                )}
              >
                <b.icon className="size-4" aria-hidden="true" />
              </button>
            ))}
          </div>
        ))}
      </div>
      <LinkDialog
        open={linkOpen}
        initial={state.href}
        onClose={() => {
          setLinkOpen(false);
          editor.commands.focus();
        }}
        onSave={(href) => {
          if (!href) {
            chain().extendMarkRange('link').unsetLink().run();
            return;
          }
          if (editor.state.selection.empty && !state.link) {
            // No text selected: the address itself becomes the link text.
            chain()
              .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
              .run();
          } else chain().extendMarkRange('link').setLink({ href }).run();
        }}
      />
      <MediaPicker
        appId={appId}
        open={imageOpen}
        onClose={() => setImageOpen(false)}
        title="Insert an image"
        onPick={(item) =>
          chain()
            .setImage({ src: mediaRef(item.id), alt: item.alt })
            .run()
        }
      />
    </>
  );
}
