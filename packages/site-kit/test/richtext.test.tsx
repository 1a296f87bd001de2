import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { TOKENS } from '../src/design/tokens.js';
import type { RenderContext } from '../src/render/context.js';
import { MAX_DEPTH, MAX_NODES } from '../src/richtext/limits.js';
import type { BlockNode, RichTextDoc } from '../src/richtext/nodes.js';
import { RichText, type RichTextResolver, renderRichTextToHtml } from '../src/richtext/render.js';
import { richTextDoc } from '../src/richtext/schema.js';
import { collectMediaRefs, excerptOf, richTextToPlainText } from '../src/richtext/text.js';
import { richText } from '../src/sections/rich-text.js';

const MEDIA_A = 'media:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const MEDIA_B = 'media:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (t: string, marks?: unknown[]) =>
  marks ? { type: 'text', text: t, marks } : { type: 'text', text: t };
const link = (t: string, href: string) => text(t, [{ type: 'link', attrs: { href } }]);

/** The issues of a refused document, as `path: message` strings. */
function refusals(input: unknown): { path: string; message: string; code: string }[] {
  const result = richTextDoc().safeParse(input);
  expect(result.success, 'the document should have been refused').toBe(false);
  return (result.error as z.ZodError).issues.map((i) => ({
    path: i.path.join('.'),
    message: i.message,
    code: i.code,
  }));
}

/** `depth` blockquotes inside each other around one paragraph. */
function nested(depth: number): unknown {
  let node: unknown = para(text('deep'));
  for (let i = 0; i < depth - 1; i++) node = { type: 'blockquote', content: [node] };
  return doc(node);
}

/** Renders a document that never went through the schema (an old row, a hand-made import). */
const renderUnchecked = (input: unknown) => renderRichTextToHtml(input as RichTextDoc);

describe('richTextDoc() on write', () => {
  it('accepts every node and mark of the format', () => {
    const full = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Karibu')] },
      para(
        text('Bold', [{ type: 'bold' }, { type: 'italic' }]),
        { type: 'hardBreak' },
        link('here', '/about'),
      ),
      { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('one'))] }] },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [{ type: 'listItem', content: [para(text('two'))] }],
      },
      { type: 'blockquote', content: [para(text('quote', [{ type: 'code' }]))] },
      { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('const a = 1 < 2;')] },
      { type: 'horizontalRule' },
      { type: 'image', attrs: { src: MEDIA_A, alt: 'Our shop on Kenyatta Avenue' } },
    );
    expect(richTextDoc().parse(full)).toEqual(full);
  });

  it('refuses an unknown node type and names it with its path', () => {
    const [issue] = refusals(doc(para(text('ok')), { type: 'script', content: [text('alert(1)')] }));
    expect(issue?.path).toBe('content.1.type');
    expect(issue?.message).toContain('"script"');
  });

  it('refuses unknown attributes such as onerror on an image', () => {
    const [issue] = refusals(doc({ type: 'image', attrs: { src: MEDIA_A, alt: '', onerror: 'alert(1)' } }));
    expect(issue).toMatchObject({ path: 'content.0.attrs', code: 'unrecognized_keys' });
  });

  it('refuses unknown attributes on nodes that take none (style on a paragraph)', () => {
    const [issue] = refusals(doc({ type: 'paragraph', attrs: { style: 'x' }, content: [text('hi')] }));
    expect(issue).toMatchObject({ path: 'content.0', code: 'unrecognized_keys' });
  });

  it('refuses an unknown mark with the path of the text that carries it', () => {
    const [issue] = refusals(doc(para(text('hi', [{ type: 'underline' }]))));
    expect(issue?.path).toBe('content.0.content.0.marks.0.type');
    expect(issue?.message).toContain('"underline"');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/x',
  ])('refuses the link %j', (href) => {
    const [issue] = refusals(doc(para(link('click', href))));
    expect(issue?.path).toBe('content.0.content.0.marks.0.attrs.href');
  });

  it.each([
    'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
    'javascript:alert(1)',
    'http://insecure.example/a.png',
    '/_site/../../etc/passwd',
    '',
  ])('refuses the image source %j', (src) => {
    const [issue] = refusals(doc({ type: 'image', attrs: { src, alt: '' } }));
    expect(issue?.path).toBe('content.0.attrs.src');
  });

  it('refuses a level 1 heading (the page title is the only h1)', () => {
    const [issue] = refusals(doc({ type: 'heading', attrs: { level: 1 }, content: [text('Title')] }));
    expect(issue?.path).toBe('content.0.attrs.level');
  });

  it(`accepts ${MAX_DEPTH} nested levels and refuses 10 with the path of the too-deep node`, () => {
    expect(richTextDoc().safeParse(nested(MAX_DEPTH - 1)).success).toBe(true); // + the text run = 8
    const [issue] = refusals(nested(10));
    expect(issue?.message).toContain('nested more than 8 levels');
    expect(issue?.path.split('.').filter((p) => p === 'content')).toHaveLength(MAX_DEPTH + 1);
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    expect(refusals(nested(50_000))[0]?.message).toContain('nested more than');
  });

  it('bounds the number of nodes and the length of text', () => {
    const many = doc(...Array.from({ length: MAX_NODES / 2 + 1 }, () => para(text('a'))));
    expect(refusals(many)[0]?.message).toContain(`at most ${MAX_NODES}`);
    expect(refusals(doc(para(text('x'.repeat(10_001)))))[0]?.path).toBe('content.0.content.0.text');
  });

  it('refuses control characters, empty text runs and a list holding a paragraph directly', () => {
    expect(refusals(doc(para(text('bell\u0007'))))[0]?.path).toBe('content.0.content.0.text');
    expect(refusals(doc(para(text(''))))[0]?.path).toBe('content.0.content.0.text');
    expect(refusals(doc({ type: 'bulletList', content: [para(text('x'))] }))[0]?.path).toBe(
      'content.0.content.0.type',
    );
  });
});

describe('rendering', () => {
  it('escapes text: markup typed into a document shows as text', () => {
    const html = renderUnchecked(doc(para(text('<script>alert(1)</script> & <img src=x onerror=alert(1)>'))));
    expect(html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>',
    );
  });

  it('neutralizes a document that skipped validation', () => {
    const html = renderUnchecked(
      doc(
        para(link('click', 'javascript:alert(1)')),
        { type: 'script', content: [text('alert(1)')] },
        { type: 'image', attrs: { src: 'data:image/png;base64,AAAA', alt: 'x', onerror: 'alert(1)' } },
        { type: 'image', attrs: { src: 'https://cdn.example/a.jpg', alt: 'ok', onerror: 'alert(1)' } },
        { type: 'heading', attrs: { level: 1, onclick: 'x' }, content: [text('Big')] },
        { type: 'codeBlock', attrs: { language: '"><script>' }, content: [text('x')] },
      ),
    );
    expect(html).not.toMatch(/javascript:|<script|onerror|onclick|data:|<h1/i);
    expect(html).toContain('<p>click</p>');
    expect(html).toContain('<h2>Big</h2>');
    expect(html).toContain('<img src="https://cdn.example/a.jpg"');
  });

  it('marks external links noopener nofollow ugc, and leaves site links alone', () => {
    const html = renderRichTextToHtml(
      richTextDoc().parse(
        doc(para(link('Safaricom', 'https://www.safaricom.co.ke'), link(' menu', '/menu'))),
      ),
    );
    expect(html).toBe(
      '<p><a href="https://www.safaricom.co.ke" rel="noopener nofollow ugc">Safaricom</a><a href="/menu"> menu</a></p>',
    );
  });

  it('nests marks with the link outermost, and renders headings, lists and code as given', () => {
    const parsed = richTextDoc().parse(
      doc(
        para(text('Order', [{ type: 'bold' }, { type: 'link', attrs: { href: 'page:menu' } }])),
        { type: 'heading', attrs: { level: 3 }, content: [text('Hours')] },
        {
          type: 'orderedList',
          attrs: { start: 2 },
          content: [{ type: 'listItem', content: [para(text('Mon'))] }],
        },
        { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('a < b')] },
      ),
    );
    expect(renderRichTextToHtml(parsed)).toBe(
      '<p><a href="/menu"><strong>Order</strong></a></p><h3>Hours</h3><ol start="2"><li><p>Mon</p></li></ol>' +
        '<pre><code class="language-ts">a &lt; b</code></pre>',
    );
  });

  it('resolves media-library images through the page context and leaves them out without one', () => {
    const parsed = richTextDoc().parse(doc({ type: 'image', attrs: { src: MEDIA_A, alt: 'Fresh bread' } }));
    const resolve: RichTextResolver = {
      href: (s) => s,
      image: (src) =>
        src === MEDIA_A ? { src: '/media/a.webp', srcSet: '/media/a-640.webp 640w', width: 640 } : null,
    };
    const html = renderToStaticMarkup(<RichText doc={parsed} resolve={resolve} />);
    expect(html).toBe(
      '<figure><img src="/media/a.webp" srcSet="/media/a-640.webp 640w" width="640" alt="Fresh bread" loading="lazy" decoding="async"/></figure>',
    );
    expect(renderRichTextToHtml(parsed)).toBe('');
  });
});

describe('plain text, excerpts and media references', () => {
  const story = richTextDoc().parse(
    doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Our story')] },
      para(text('We bake every morning in Nakuru.'), { type: 'hardBreak' }, text('Since 2016.')),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [para(text('Bread'))] },
          { type: 'listItem', content: [para(text('Cakes'))] },
        ],
      },
      { type: 'image', attrs: { src: MEDIA_A, alt: 'Oven' } },
      {
        type: 'blockquote',
        content: [{ type: 'image', attrs: { src: MEDIA_B, alt: '' } }, para(text('Tamu!'))],
      },
      { type: 'image', attrs: { src: MEDIA_A, alt: 'Oven again' } },
      { type: 'image', attrs: { src: 'https://cdn.example/x.jpg', alt: '' } },
    ),
  );

  it('turns a document into plain text with blank lines between blocks', () => {
    expect(richTextToPlainText(story)).toBe(
      'Our story\n\nWe bake every morning in Nakuru.\nSince 2016.\n\n• Bread\n• Cakes\n\nTamu!',
    );
  });

  it('makes an excerpt from the prose, cut at a word with an ellipsis', () => {
    expect(excerptOf(story, 200)).toBe('We bake every morning in Nakuru. Since 2016. • Bread • Cakes Tamu!');
    expect(excerptOf(story, 20)).toBe('We bake every…');
    expect(excerptOf(story, 20).length).toBeLessThanOrEqual(20);
    expect(
      excerptOf(
        richTextDoc().parse(doc({ type: 'heading', attrs: { level: 2 }, content: [text('Only a title')] })),
      ),
    ).toBe('Only a title');
    expect(excerptOf({ type: 'doc', content: [] })).toBe('');
  });

  it('lists the media-library images used, once each, in order', () => {
    expect(collectMediaRefs(story)).toEqual([MEDIA_A, MEDIA_B]);
  });
});

describe('rich-text section', () => {
  const ctx: RenderContext = {
    site: { name: 'Kilele Home Bakery', logo: null },
    primaryHeadingId: null,
    nav: [],
    posts: [],
    href: (s) => (s.startsWith('page:') ? `/s/kilele/${s.slice(5)}` : s),
    image: (src) => ({ src: `/resolved/${src}` }),
    formAction: () => '/form',
    formSent: null,
    formatPrice: (c) => `KSh ${c / 100}`,
    formatDate: (iso) => iso,
  };
  const render = (props: unknown, id = 'about', context = ctx) =>
    renderToStaticMarkup(<richText.Component props={richText.schema.parse(props)} ctx={context} id={id} />);

  it('has valid defaults and an editor field for every prop', () => {
    expect(richText.schema.safeParse(richText.defaults).success).toBe(true);
    expect(Object.keys(richText.fields).sort()).toEqual(Object.keys(richText.schema.shape).sort());
    expect(richText.fields.body?.kind).toBe('richtext');
    expect(richText.variants.map((v) => v.id)).toEqual(['prose', 'two-column', 'centered']);
  });

  it('renders the title as h2 and content through the page context', () => {
    const html = render({
      ...richText.defaults,
      tone: 'alt',
      anchor: 'about',
      body: doc(para(link('see the menu', 'page:menu'))),
    });
    expect(html).toContain('class="qs-section qs-rich-text qs-rich-text--prose qs-section--alt"');
    expect(html).toContain('id="about"');
    expect(html).toContain('<h2 id="about-title" class="qs-rich-text__title">About us</h2>');
    expect(html).toContain('<a href="/s/kilele/menu">see the menu</a>');
    expect(html).not.toContain('<h1');
  });

  it('uses h1 only when it is the page’s primary section', () => {
    const html = render(richText.defaults, 'about', { ...ctx, primaryHeadingId: 'about' });
    expect(html).toContain('<h1 id="about-title"');
  });

  it('refuses props it does not know and unsafe content in the body', () => {
    expect(richText.schema.safeParse({ ...richText.defaults, html: '<b>x</b>' }).success).toBe(false);
    const bad = richText.schema.safeParse({
      ...richText.defaults,
      body: doc(para(link('x', 'javascript:alert(1)'))),
    });
    expect(bad.error?.issues[0]?.path).toEqual([
      'body',
      'content',
      0,
      'content',
      0,
      'marks',
      0,
      'attrs',
      'href',
    ]);
  });

  it('styles with design tokens only, every rule scoped under .qs-rich-text', () => {
    const vars = [...richText.css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]);
    expect(vars.length).toBeGreaterThan(0);
    for (const v of vars) expect(TOKENS).toContain(v);
    expect(richText.css).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(|hsl\(/i);
    const selectors = richText.css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@media[^{]+\{/g, '')
      .match(/[^{}]+(?=\{)/g);
    for (const list of selectors ?? []) {
      // top-level commas only: `:is(h2,h3)` is one selector
      for (const selector of list.split(/,(?![^(]*\))/)) expect(selector.trim()).toMatch(/^\.qs-rich-text/);
    }
  });

  it('keeps the default body renderable as readable HTML', () => {
    const html = render(richText.defaults);
    expect(html).toContain('<ul>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('href="tel:+254712345678"');
    const block: BlockNode | undefined = richText.defaults.body.content[0];
    expect(block?.type).toBe('paragraph');
  });
});
