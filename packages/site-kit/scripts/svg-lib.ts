/**
 * Small deterministic SVG drawing kit for the bundled starter images (see generate-images.ts).
 * Everything is seeded, so regenerating gives byte-identical files.
 */

/** mulberry32: a tiny seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const r1 = (n: number): string => String(Math.round(n * 10) / 10);

export function svg(w: number, h: number, body: string, defs = ''): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${
    defs ? `<defs>${defs}</defs>` : ''
  }${body}</svg>\n`;
}

export function linear(id: string, stops: string[], vertical = true): string {
  const s = stops
    .map((c, i) => `<stop offset="${r1((i / (stops.length - 1)) * 100)}%" stop-color="${c}"/>`)
    .join('');
  return `<linearGradient id="${id}" x1="0" y1="0" x2="${vertical ? 0 : 1}" y2="${vertical ? 1 : 0}">${s}</linearGradient>`;
}

export function radial(id: string, inner: string, outer: string, cx = 0.5, cy = 0.5, r = 0.5): string {
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}"><stop offset="0" stop-color="${inner}"/><stop offset="1" stop-color="${outer}" stop-opacity="0"/></radialGradient>`;
}

/** Film grain: a fractal-noise overlay that makes flat vector fills feel printed. */
export function grainDef(id = 'grain', opacity = 0.18): string {
  return `<filter id="${id}" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency=".9" numOctaves="2" stitchTiles="stitch"/><feColorMatrix values="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  0 0 0 ${opacity} 0"/></filter>`;
}
export const grain = (w: number, h: number, id = 'grain'): string =>
  `<rect width="${w}" height="${h}" filter="url(#${id})"/>`;

export const shadowDef = (id = 'sh', dy = 12, blur = 14, opacity = 0.25): string =>
  `<filter id="${id}" x="-20%" y="-20%" width="140%" height="150%"><feDropShadow dx="0" dy="${dy}" stdDeviation="${blur}" flood-color="#000" flood-opacity="${opacity}"/></filter>`;

/** A smooth ridge line across the canvas, closed to the bottom. */
export function ridge(w: number, h: number, base: number, amp: number, seed: number, points = 6): string {
  const rand = rng(seed);
  const step = w / points;
  const ys = Array.from({ length: points + 1 }, () => base - rand() * amp);
  let d = `M0 ${r1(ys[0] ?? base)}`;
  for (let i = 1; i <= points; i++) {
    const x0 = (i - 1) * step;
    const y0 = ys[i - 1] ?? base;
    const y1 = ys[i] ?? base;
    d += ` C${r1(x0 + step / 2)} ${r1(y0)} ${r1(x0 + step / 2)} ${r1(y1)} ${r1(i * step)} ${r1(y1)}`;
  }
  return `${d} L${w} ${h} L0 ${h}Z`;
}

/** An acacia tree silhouette standing on (x, y), `s` = height. */
export function acacia(x: number, y: number, s: number, fill: string): string {
  const t = (n: number) => r1(n * s);
  return `<g fill="${fill}" transform="translate(${r1(x)} ${r1(y)})"><path d="M${t(-0.03)} 0 L${t(-0.015)} ${t(-0.55)} L${t(-0.22)} ${t(-0.78)} L${t(-0.19)} ${t(-0.8)} L0 ${t(-0.62)} L${t(0.2)} ${t(-0.82)} L${t(0.23)} ${t(-0.8)} L${t(0.025)} ${t(-0.55)} L${t(0.035)} 0Z"/><ellipse cx="${t(-0.08)}" cy="${t(-0.86)}" rx="${t(0.34)}" ry="${t(0.09)}"/><ellipse cx="${t(0.14)}" cy="${t(-0.9)}" rx="${t(0.3)}" ry="${t(0.08)}"/></g>`;
}

/** A giraffe silhouette standing on (x, y), `s` = height. */
export function giraffe(x: number, y: number, s: number, fill: string, flip = false): string {
  const k = s / 100;
  const body =
    'M-22 0 L-20 -40 C-24 -48 -18 -56 -8 -56 L14 -58 L30 -96 C31 -100 36 -102 40 -100 L48 -98 L47 -94 L40 -93 L22 -52 C24 -46 22 -42 20 -40 L22 0 L18 0 L15 -36 L-6 -38 L-14 0 L-18 0 L-16 -38 L-18 -40 Z';
  return `<path d="${body}" fill="${fill}" transform="translate(${r1(x)} ${r1(y)}) scale(${flip ? -k : k} ${k})"/>`;
}

/** A dhow (Swahili sailing boat) on the water line at (x, y). */
export function dhow(x: number, y: number, s: number, hull: string, sail: string): string {
  const k = s / 100;
  return `<g transform="translate(${r1(x)} ${r1(y)}) scale(${r1(k * 100) / 100})"><path d="M-60 0 L60 0 L46 14 L-40 14 Z" fill="${hull}"/><path d="M-2 -2 L-2 -92 L4 -92 L4 -2Z" fill="${hull}"/><path d="M2 -96 L70 -10 L-30 -6 Q10 -50 2 -96Z" fill="${sail}"/></g>`;
}

/** A palm tree leaning from (x, y): a curved trunk and drooping, leaf-shaped fronds. */
export function palm(x: number, y: number, s: number, fill: string, lean = 1): string {
  const X = (n: number) => x + n * s * lean;
  const Y = (n: number) => y - n * s;
  const [tx, ty] = [X(0.25), Y(1)];
  const ends: [number, number][] = [
    [-0.42, 0.74],
    [-0.3, 0.9],
    [-0.05, 1.2],
    [0.3, 1.18],
    [0.62, 0.95],
    [0.7, 0.74],
    [0.12, 0.78],
  ];
  let fronds = '';
  for (const [dx, dy] of ends) {
    const ex = X(0.25 + dx);
    const ey = Y(dy);
    const cx = (tx + ex) / 2;
    const cy = Math.min(ty, ey) - s * 0.12;
    const t = s * 0.05;
    fronds += `M${r1(tx)} ${r1(ty)} Q${r1(cx)} ${r1(cy - t)} ${r1(ex)} ${r1(ey)} Q${r1(cx)} ${r1(cy + t)} ${r1(tx)} ${r1(ty)}Z`;
  }
  return `<path d="M${r1(X(-0.035))} ${r1(y)} Q${r1(X(0.06))} ${r1(Y(0.6))} ${r1(X(0.23))} ${r1(ty)} L${r1(X(0.27))} ${r1(ty)} Q${r1(X(0.1))} ${r1(Y(0.6))} ${r1(X(0.035))} ${r1(y)}Z M${fronds.slice(1)}" fill="${fill}"/>`;
}
