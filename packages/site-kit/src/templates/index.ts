/**
 * Page templates: the sections a new page starts with, so "New page → About" gives a page that
 * already tells a story rather than an empty canvas. Each section starts from its registry
 * defaults; the site's own navigation and footer go around them (the content module adds those).
 * Tone alternates so neighbouring sections stay visually apart.
 */

import type { SectionInstance } from '../design/types.js';
import { newSection } from '../registry/validate.js';

export interface PageTemplate {
  id: string;
  name: string;
  description: string;
  /** Section types in order, with an optional tone per section. */
  sections: readonly { type: string; tone?: 'default' | 'alt' | 'inverse' }[];
}

export const PAGE_TEMPLATES: readonly PageTemplate[] = [
  {
    id: 'blank',
    name: 'Blank',
    description: 'Just the site’s navigation and footer: add the sections you want.',
    sections: [],
  },
  {
    id: 'about',
    name: 'About',
    description: 'Your story, the team behind it, a few numbers and what customers say.',
    sections: [
      { type: 'image-text' },
      { type: 'stats', tone: 'alt' },
      { type: 'team' },
      { type: 'testimonials', tone: 'alt' },
      { type: 'cta', tone: 'inverse' },
    ],
  },
  {
    id: 'services',
    name: 'Services',
    description: 'What you offer, what it costs and the questions people ask first.',
    sections: [
      { type: 'hero' },
      { type: 'features', tone: 'alt' },
      { type: 'pricing' },
      { type: 'faq', tone: 'alt' },
      { type: 'cta', tone: 'inverse' },
    ],
  },
  {
    id: 'landing',
    name: 'Landing page',
    description: 'One offer from headline to sign-up: proof, benefits, prices and a clear next step.',
    sections: [
      { type: 'hero' },
      { type: 'logos', tone: 'alt' },
      { type: 'features' },
      { type: 'testimonials', tone: 'alt' },
      { type: 'pricing' },
      { type: 'faq', tone: 'alt' },
      { type: 'cta', tone: 'inverse' },
    ],
  },
  {
    id: 'menu',
    name: 'Menu or products',
    description: 'What you sell with prices, and how to order.',
    sections: [{ type: 'hero' }, { type: 'products', tone: 'alt' }, { type: 'cta', tone: 'inverse' }],
  },
  {
    id: 'portfolio',
    name: 'Portfolio',
    description: 'Your best work in pictures, kind words from clients and a way to hire you.',
    sections: [
      { type: 'hero' },
      { type: 'gallery', tone: 'alt' },
      { type: 'testimonials' },
      { type: 'cta', tone: 'inverse' },
    ],
  },
  {
    id: 'contact',
    name: 'Contact',
    description: 'A contact form that lands in your inbox, and answers to common questions.',
    sections: [{ type: 'contact' }, { type: 'faq', tone: 'alt' }],
  },
];

export function pageTemplate(id: string): PageTemplate | undefined {
  return PAGE_TEMPLATES.find((t) => t.id === id);
}

/** A template's sections, fresh from the registry defaults, with ids from `newId`. */
export function templateSections(template: PageTemplate, newId: () => string): SectionInstance[] {
  return template.sections.map(({ type, tone }) => {
    const section = newSection(type, newId());
    if (tone && 'tone' in section.props) section.props.tone = tone;
    return section;
  });
}
