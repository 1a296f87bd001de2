import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { loadSiteKit } from '../shared/site-kit.test-helper';
import { checkLink, isAllowedLink } from './links';
import { sameForm } from './post-form';
import { fromDoc, type RichTextDoc, toDoc } from './richtext';

/** Every node and mark our format has, in the shape the server stores. */
const FULL: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Our menu' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Chai ', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'and', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'npm i', marks: [{ type: 'code' }] },
        { type: 'text', text: ' call us', marks: [{ type: 'link', attrs: { href: 'tel:+254700000000' } }] },
      ],
    },
    { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Small' }] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'two' }] },
            {
              type: 'orderedList',
              attrs: { start: 3 },
              content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
            },
          ],
        },
      ],
    },
    {
      type: 'orderedList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] },
      ],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Karibu' }] }] },
    {
      type: 'codeBlock',
      attrs: { language: 'ts' },
      content: [{ type: 'text', text: 'const a = 1;\nlet b;' }],
    },
    { type: 'codeBlock' },
    { type: 'horizontalRule' },
    { type: 'image', attrs: { src: 'media:0b6c1f9e-8d1a-4c57-9a55-4b1c8c3e2f10', alt: 'Chai' } },
    { type: 'paragraph' },
  ],
};

describe('rich-text converter (Tiptap JSON ⇄ our document)', () => {
  it('keeps every node and mark of our format through a round trip', () => {
    expect(toDoc(fromDoc(FULL))).toEqual(FULL);
  });

  it('writes documents the server accepts (its own schema, packages/site-kit richTextDoc)', async () => {
    const { richTextDoc } = await loadSiteKit();
    expect(richTextDoc().safeParse(FULL).success).toBe(true);
    const messy: JSONContent = {
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 1 },
          content: [{ type: 'text', text: 'x', marks: [{ type: 'underline' }] }],
        },
        { type: 'bulletList', content: [{ type: 'listItem' }] },
        {
          type: 'codeBlock',
          attrs: { language: 'not a language!' },
          content: [{ type: 'text', text: 'y', marks: [{ type: 'bold' }] }],
        },
        { type: 'image', attrs: { src: 'https://a.co/i.png', alt: null, title: 'x', width: 3 } },
      ],
    };
    const result = richTextDoc().safeParse(toDoc(messy));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('drops the attributes Tiptap adds that the server refuses', () => {
    const tiptap: JSONContent = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'site',
              marks: [
                {
                  type: 'link',
                  attrs: { href: 'https://a.co', target: '_blank', rel: 'noopener', class: null },
                },
              ],
            },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
        },
        { type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text: 'x' }] },
        {
          type: 'image',
          attrs: { src: 'https://a.co/x.png', alt: null, title: null, width: null, height: null },
        },
      ],
    };
    expect(toDoc(tiptap).content).toEqual([
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href: 'https://a.co' } }] }],
      },
      { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      { type: 'codeBlock', content: [{ type: 'text', text: 'x' }] },
      { type: 'image', attrs: { src: 'https://a.co/x.png', alt: '' } },
    ]);
  });

  it('keeps the text of marks and nodes we do not have (strike, underline, heading 1, unknown blocks)', () => {
    const tiptap: JSONContent = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Big' }] },
        { type: 'heading', attrs: { level: 6 }, content: [{ type: 'text', text: 'Tiny' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'struck', marks: [{ type: 'strike' }, { type: 'bold' }] },
            { type: 'text', text: '' },
            { type: 'hardBreak', marks: [{ type: 'bold' }] },
            { type: 'mention', attrs: { id: 'x' } },
          ],
        },
        { type: 'table', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'cell' }] }] },
      ],
    };
    expect(toDoc(tiptap).content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Big' }] },
      { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Tiny' }] },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'struck', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'cell' }] },
    ]);
  });

  it('gives list items and quotes the block they need, and drops empty lists and images without a source', () => {
    const tiptap: JSONContent = {
      type: 'doc',
      content: [
        { type: 'bulletList', content: [{ type: 'listItem' }] },
        { type: 'blockquote', content: [] },
        { type: 'orderedList', content: [] },
        { type: 'image', attrs: { src: null } },
      ],
    };
    expect(toDoc(tiptap).content).toEqual([
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      { type: 'blockquote', content: [{ type: 'paragraph' }] },
    ]);
  });

  it('stores an editor holding only blank lines as an empty document, and opens one with a paragraph', () => {
    expect(toDoc({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph' }] })).toEqual({
      type: 'doc',
      content: [],
    });
    expect(fromDoc({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(fromDoc(null)).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('orders marks the same way whatever order Tiptap gives them', () => {
    const tiptap: JSONContent = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'x', marks: [{ type: 'italic' }, { type: 'bold' }] }],
        },
      ],
    };
    expect(toDoc(tiptap).content[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'x', marks: [{ type: 'bold' }, { type: 'italic' }] }],
    });
  });
});

describe('blog links', () => {
  it('accepts https, mailto, tel and page paths', () => {
    for (const href of [
      'https://example.co.ke/menu',
      'mailto:jambo@example.co.ke',
      'tel:+254700000000',
      '/menu',
      '/blog/our-story',
      'page:about',
    ]) {
      expect(checkLink(href), href).toEqual({ href });
      expect(isAllowedLink(href), href).toBe(true);
    }
  });

  it('completes a bare domain or email address, and takes the spaces out of a phone number', () => {
    expect(checkLink('tel:+254 700 000 000')).toEqual({ href: 'tel:+254700000000' });
    expect(checkLink('example.co.ke/menu')).toEqual({ href: 'https://example.co.ke/menu' });
    expect(checkLink('jambo@example.co.ke')).toEqual({ href: 'mailto:jambo@example.co.ke' });
  });

  it('refuses script links, http, protocol-relative and data addresses with a message', () => {
    for (const href of [
      'javascript:alert(1)',
      'http://example.com',
      '//evil.com',
      'data:text/html,x',
      'ftp://x.y',
      '',
      'https://',
    ]) {
      expect('error' in checkLink(href), href).toBe(true);
      expect(isAllowedLink(href), href).toBe(false);
    }
  });
});

describe('post form', () => {
  it('sees no change when the server hands the same body back with its keys reordered', () => {
    const form = {
      title: 't',
      slug: 's',
      excerpt: '',
      cover: { src: '', alt: '' },
      tags: [],
      body: FULL,
      seo: { title: '', description: '', noindex: false },
    };
    const reordered = JSON.parse(JSON.stringify(form), (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(form));
    expect(sameForm(form, reordered)).toBe(true);
    expect(sameForm(form, { ...form, title: 'u' })).toBe(false);
  });
});
