/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Markup every section shares: the banded `<section>` root, the heading block (eyebrow, title,
 * introduction) whose title the root's `aria-labelledby` points at, a responsive `<img>` and a row
 * of buttons. Sections compose these with their own content.
 */
import type { ReactNode } from 'react';
import type { RenderContext, ResolvedImage } from '../render/context.js';
import { TONE_CLASS, type Tone, titleIdOf } from './common.js';

interface BandProps {
  /** The section type: the root gets `qs-<type>` and `qs-<type>--<variant>`. */
  type: string;
  props: { variant: string; anchor: string; tone: Tone };
  /** The section instance id. */
  id: string;
  /** The section's title; a section without one is not labelled by it. */
  title: string;
  /** More modifier classes, each with a leading space. */
  modifiers?: string;
  children: ReactNode;
}

/** The root of a section: variant and tone classes, the anchor id, labelled by its title. */
export function SectionBand({ type, props, id, title, modifiers = '', children }: BandProps) {
  return (
    <section
      className={`qs-section qs-${type} qs-${type}--${props.variant}${modifiers}${TONE_CLASS[props.tone]}`}
      id={props.anchor || undefined}
      aria-labelledby={title ? titleIdOf(id) : undefined}
    >
      {children}
    </section>
  );
}

export interface HeadingText {
  /** The section instance id; the title element gets `<id>-title`. */
  id: string;
  eyebrow?: string;
  title: string;
  intro?: string;
  /** 'h1' for the section that holds the page's one primary heading. */
  level?: 'h1' | 'h2';
  titleClass?: string;
  introClass?: string;
}

/** Eyebrow, title and introduction, each printed only when filled in. */
export function HeadingLines(p: HeadingText) {
  const Title = p.level ?? 'h2';
  return (
    <>
      {p.eyebrow && <p className="qs-eyebrow">{p.eyebrow}</p>}
      {p.title && (
        <Title id={titleIdOf(p.id)} className={p.titleClass}>
          {p.title}
        </Title>
      )}
      {p.intro && <p className={p.introClass ?? 'qs-lead'}>{p.intro}</p>}
    </>
  );
}

/** The heading lines in a `<div>` that is always printed; `children` follow the heading. */
export function HeadingBlock({
  className,
  children,
  ...text
}: HeadingText & { className: string; children?: ReactNode }) {
  return (
    <div className={className}>
      <HeadingLines {...text} />
      {children}
    </div>
  );
}

/** The heading lines in a `<header>`, left out when eyebrow, title and intro are all empty. */
export function HeadingHeader({ className, ...text }: HeadingText & { className: string }) {
  if (!text.eyebrow && !text.title && !text.intro) return null;
  return (
    <header className={className}>
      <HeadingLines {...text} />
    </header>
  );
}

interface ImageProps {
  img: ResolvedImage;
  alt: string;
  /** Rendered width per layout, so the browser picks a fitting `srcset` variant. */
  sizes?: string;
  className?: string;
  loading?: 'lazy' | 'eager';
  fetchPriority?: 'high' | 'auto';
}

/** A resolved image with its intrinsic size (no layout shift), lazy and async unless told otherwise. */
export function ResponsiveImage({ img, alt, sizes, className, loading = 'lazy', fetchPriority }: ImageProps) {
  return (
    <img
      className={className}
      src={img.src}
      srcSet={img.srcSet}
      sizes={sizes}
      width={img.width}
      height={img.height}
      alt={alt}
      loading={loading}
      fetchPriority={fetchPriority}
      decoding="async"
    />
  );
}

interface ButtonsProps {
  links: readonly { label: string; href: string }[];
  ctx: RenderContext;
  className?: string;
}

/** Buttons, the first the main one. One without text or link is an unfinished edit: left out, not a dead link. */
export function Buttons({ links, ctx, className = 'qs-actions' }: ButtonsProps) {
  const shown = links.filter((b) => b.label !== '' && b.href !== '');
  if (shown.length === 0) return null;
  return (
    <div className={className}>
      {shown.map((b, i) => (
        <a
          key={i === 0 ? 'primary' : 'secondary'}
          className={i === 0 ? 'qs-button' : 'qs-button qs-button--secondary'}
          href={ctx.href(b.href)}
        >
          {b.label}
        </a>
      ))}
    </div>
  );
}
