/**
 * Small wireframe pictures of each section type for the editor's section library: what the
 * section looks like at a glance (a hero's headline and buttons, pricing's three cards…), drawn in
 * the dashboard's colour tokens so they follow the light and dark themes.
 */
import type { ReactElement } from 'react';

const W = 96;
const H = 54;

/** Shorthands: a text line, a block, an accent (button), a circle. */
const line = (x: number, y: number, w: number, k = 'l') => (
  <rect key={`${k}${x},${y}`} x={x} y={y} width={w} height={2.5} rx={1.25} className="fill-ink-faint/45" />
);
const bold = (x: number, y: number, w: number) => (
  <rect key={`b${x},${y}`} x={x} y={y} width={w} height={4} rx={2} className="fill-ink-muted/70" />
);
const block = (x: number, y: number, w: number, h: number) => (
  <rect key={`k${x},${y},${w}`} x={x} y={y} width={w} height={h} rx={2} className="fill-line-strong/80" />
);
const card = (x: number, y: number, w: number, h: number) => (
  <rect
    key={`c${x},${y},${w}`}
    x={x}
    y={y}
    width={w}
    height={h}
    rx={2.5}
    className="fill-surface stroke-line-strong"
    strokeWidth={0.75}
  />
);
const accent = (x: number, y: number, w = 14) => (
  <rect key={`a${x},${y}`} x={x} y={y} width={w} height={5} rx={2.5} className="fill-brand/75" />
);
const dot = (cx: number, cy: number, r: number) => (
  <circle key={`d${cx},${cy}`} cx={cx} cy={cy} r={r} className="fill-line-strong" />
);

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const THUMBS: Record<string, () => ReactElement[]> = {
  navigation: () => [
    bold(8, 10, 16),
    ...range(4).map((i) => line(40 + i * 10, 11, 7)),
    accent(78, 9, 12),
    line(8, 30, 80),
    line(8, 36, 60),
  ],
  hero: () => [
    line(30, 10, 36),
    bold(18, 17, 60),
    bold(26, 24, 44),
    line(22, 32, 52),
    accent(33, 40),
    card(49, 40, 14, 5),
  ],
  features: () => [
    bold(28, 7, 40),
    ...range(3).flatMap((i) => [
      dot(20 + i * 28, 24, 4),
      line(12 + i * 28, 32, 16),
      line(10 + i * 28, 37, 20),
    ]),
  ],
  pricing: () => [
    bold(30, 6, 36),
    ...range(3).flatMap((i) => [
      card(10 + i * 26, 15, 22, 34),
      line(14 + i * 26, 20, 10),
      bold(14 + i * 26, 26, 12),
      line(14 + i * 26, 34, 14),
      accent(14 + i * 26, 41, 14),
    ]),
  ],
  contact: () => [
    bold(8, 10, 30),
    line(8, 18, 34),
    line(8, 23, 28),
    card(50, 8, 38, 8),
    card(50, 19, 38, 8),
    card(50, 30, 38, 12),
    accent(50, 45, 16),
  ],
  testimonials: () => [
    ...range(2).flatMap((i) => [
      card(8 + i * 42, 8, 38, 38),
      line(13 + i * 42, 14, 28),
      line(13 + i * 42, 19, 26),
      line(13 + i * 42, 24, 22),
      dot(17 + i * 42, 37, 4),
      line(24 + i * 42, 36, 14),
    ]),
  ],
  gallery: () => range(6).map((i) => block(8 + (i % 3) * 27, 8 + Math.floor(i / 3) * 20, 25, 18)),
  faq: () => [
    bold(28, 6, 40),
    ...range(4).flatMap((i) => [card(14, 14 + i * 9.5, 68, 7.5), line(18, 16.5 + i * 9.5, 36)]),
  ],
  cta: () => [
    <rect key="bg" x={6} y={8} width={84} height={38} rx={4} className="fill-brand/15" />,
    bold(26, 17, 44),
    line(30, 25, 36),
    accent(33, 32, 30),
  ],
  team: () => [
    bold(28, 6, 40),
    ...range(4).flatMap((i) => [
      dot(18 + i * 20, 25, 7),
      line(12 + i * 20, 36, 12),
      line(14 + i * 20, 41, 8),
    ]),
  ],
  stats: () => [
    ...range(4).flatMap((i) => [
      <rect
        key={`s${i}`}
        x={10 + i * 20}
        y={18}
        width={14}
        height={7}
        rx={2}
        className="fill-ink-muted/70"
      />,
      line(9 + i * 20, 30, 16),
    ]),
  ],
  logos: () => [line(34, 10, 28), ...range(5).map((i) => block(8 + i * 17, 22, 13, 8))],
  'rich-text': () => [bold(20, 8, 44), ...range(6).map((i) => line(20, 17 + i * 5, i === 5 ? 34 : 56))],
  'image-text': () => [
    block(8, 8, 38, 38),
    bold(52, 14, 32),
    line(52, 22, 36),
    line(52, 27, 32),
    line(52, 32, 34),
    accent(52, 39),
  ],
  'blog-list': () => [
    bold(28, 5, 40),
    ...range(3).flatMap((i) => [
      block(10 + i * 26, 14, 22, 14),
      line(10 + i * 26, 32, 20),
      line(10 + i * 26, 37, 14),
    ]),
  ],
  products: () => [
    ...range(4).flatMap((i) => [
      card(8 + i * 21, 8, 18, 38),
      block(10 + i * 21, 10, 14, 14),
      line(10 + i * 21, 28, 12),
      bold(10 + i * 21, 34, 9),
    ]),
  ],
  footer: () => [
    line(8, 8, 80),
    bold(8, 16, 18),
    ...range(3).flatMap((i) => [
      line(40 + i * 17, 16, 10),
      line(40 + i * 17, 22, 12),
      line(40 + i * 17, 28, 8),
    ]),
    line(8, 42, 40),
  ],
};

export function SectionThumb({ type, className }: { type: string; className?: string }) {
  const draw = THUMBS[type] ?? (() => [bold(20, 14, 56), line(20, 24, 50), line(20, 30, 44)]);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className={className} aria-hidden="true" focusable="false">
      <rect x={0} y={0} width={W} height={H} rx={4} className="fill-subtle" />
      {draw()}
    </svg>
  );
}

/** Section types that have their own picture (the rest get a generic one). */
export const THUMB_TYPES = Object.keys(THUMBS);
