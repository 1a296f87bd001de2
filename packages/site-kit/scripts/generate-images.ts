/**
 * Generates the bundled starter images (src/assets/images/**) as small, deterministic SVGs.
 * Run: `npx tsx packages/site-kit/scripts/generate-images.ts`. Content references them as
 * `/_site/images/<folder>/<name>.svg`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dish, garment, logo, type Mark, portrait, produce, stillLife } from './objects.js';
import { abstract, coast, landscape, skyline, stage, studio } from './scenes.js';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../src/assets/images');
const files = new Map<string, string>();
const add = (path: string, svg: string) => files.set(path, svg);

const HERO = { w: 1600, h: 1000 };
const WIDE = { w: 1200, h: 675 };
const CARD = { w: 1200, h: 900 };

// shared: team portraits and client logos
const TEAM = [
  { bg: '#e6eefb', skin: '#6b4027', hair: 'short', hairColor: '#1b1310', top: '#1d4ed8', accent: '#93c5fd' },
  { bg: '#f6e7d8', skin: '#8d5a3b', hair: 'wrap', hairColor: '#1b1310', top: '#7a3e1d', accent: '#c2410c' },
  { bg: '#e4efe0', skin: '#5a3825', hair: 'bald', hairColor: '#1b1310', top: '#2f3a2c', accent: '#9bbf8a' },
  { bg: '#f3e3ea', skin: '#a8704a', hair: 'afro', hairColor: '#2a1b14', top: '#a4132f', accent: '#f2a7b8' },
  { bg: '#ece8f6', skin: '#7b4a2e', hair: 'locs', hairColor: '#1e1510', top: '#3a2a55', accent: '#c4b5fd' },
  { bg: '#fbf1d9', skin: '#6b4027', hair: 'bun', hairColor: '#1b1310', top: '#1d7a38', accent: '#f2b705' },
  { bg: '#e0ecef', skin: '#c48a5c', hair: 'short', hairColor: '#2b1d16', top: '#0e7490', accent: '#a5f3fc' },
  { bg: '#efe9e2', skin: '#5a3825', hair: 'afro', hairColor: '#15100d', top: '#141414', accent: '#d6c7b2' },
] as const;
TEAM.forEach((t, i) => {
  add(`shared/team-${i + 1}.svg`, portrait({ seed: i + 1, ...t }));
});

const LOGOS: [string, string, Mark][] = [
  ['jamii-fibre', 'Jamii Fibre', 'ring'],
  ['shamba-bora', 'Shamba Bora', 'leaf'],
  ['kilele-capital', 'Kilele Capital', 'peak'],
  ['pwani-freight', 'Pwani Freight', 'wave'],
  ['kazi-labs', 'Kazi Labs', 'grid'],
  ['maji-safi', 'Maji Safi', 'drop'],
  ['jua-energy', 'Jua Energy', 'sun'],
  ['umeme-motors', 'Umeme Motors', 'bolt'],
];
for (const [id, name, mark] of LOGOS) {
  add(`shared/logos/${id}.svg`, logo(name, mark, '#3f4650'));
  add(`shared/logos-light/${id}.svg`, logo(name, mark, '#d4d8de'));
}

// business-meridian: corporate blue
add(
  'business-meridian/hero.svg',
  skyline({
    ...HERO,
    seed: 3,
    sky: ['#1e3a8a', '#93c5fd'],
    far: '#3b5bab',
    near: '#0f1b2d',
    windows: '#fde68a',
    sun: '#fef3c7',
  }),
);
add(
  'business-meridian/growth.svg',
  abstract({
    ...CARD,
    seed: 11,
    bg: '#eef3fb',
    colors: ['#1d4ed8', '#93c5fd', '#0e7490'],
    style: 'grid',
    line: '#526078',
  }),
);
add(
  'business-meridian/advisory.svg',
  abstract({
    ...CARD,
    seed: 12,
    bg: '#0f1b2d',
    colors: ['#1d4ed8', '#38bdf8', '#e8eef8', '#0e7490'],
    style: 'orbits',
    line: '#93c5fd',
  }),
);
add(
  'business-meridian/blog-tax-calendar.svg',
  abstract({
    ...WIDE,
    seed: 13,
    bg: '#dbeafe',
    colors: ['#1d4ed8', '#0e7490', '#0f1b2d', '#93c5fd'],
    style: 'blocks',
  }),
);
add(
  'business-meridian/blog-etims.svg',
  abstract({ ...WIDE, seed: 14, bg: '#0f1b2d', colors: ['#1d4ed8', '#38bdf8', '#0e7490'], style: 'waves' }),
);
add(
  'business-meridian/blog-mpesa.svg',
  abstract({
    ...WIDE,
    seed: 15,
    bg: '#ecfdf5',
    colors: ['#16a34a', '#1d4ed8', '#0e7490'],
    style: 'grid',
    line: '#0f1b2d',
  }),
);

// business-kilima: earthy consultancy
add(
  'business-kilima/hero.svg',
  landscape({
    ...HERO,
    seed: 21,
    sky: ['#f3d9b1', '#f7ead3'],
    sun: { x: 0.72, y: 0.3, r: 0.05, color: '#e9a34a' },
    layers: ['#b7a27a', '#8d8a55', '#5f6b3a', '#3e4a2a'],
    teaRows: '#7c8f4a',
    birds: '#5b4a3a',
  }),
);
add(
  'business-kilima/field.svg',
  landscape({
    ...CARD,
    seed: 22,
    sky: ['#e9c79a', '#f6e6cc'],
    sun: { x: 0.3, y: 0.35, r: 0.06, color: '#d9822b' },
    layers: ['#b58b5a', '#8f6a3f', '#5e4326'],
    trees: 3,
  }),
);
add(
  'business-kilima/mountain.svg',
  landscape({
    ...CARD,
    seed: 23,
    sky: ['#c8d3cf', '#f1e9dc'],
    layers: ['#8b9a86', '#6a7a5c', '#3f4a33'],
    mountain: { color: '#7d8a8c', snow: '#f7f3ea' },
    trees: 2,
  }),
);
add(
  'business-kilima/blog-soil.svg',
  landscape({
    ...WIDE,
    seed: 24,
    sky: ['#f0c98f', '#f8e7c8'],
    sun: { x: 0.5, y: 0.45, r: 0.07, color: '#c9651f' },
    layers: ['#a0703f', '#7a4a22', '#4d2e16'],
  }),
);
add(
  'business-kilima/blog-water.svg',
  landscape({
    ...WIDE,
    seed: 25,
    sky: ['#b9cfc9', '#eef0e4'],
    layers: ['#8fa58c', '#5f7d5a', '#37513a'],
    trees: 4,
  }),
);
add(
  'business-kilima/blog-coop.svg',
  landscape({
    ...WIDE,
    seed: 26,
    sky: ['#e8b77f', '#f5dcb5'],
    sun: { x: 0.8, y: 0.3, r: 0.05, color: '#fff3d6' },
    layers: ['#9d8c5a', '#6f6a3a', '#444626'],
    teaRows: '#8ea05a',
  }),
);
add(
  'business-kilima/tea.svg',
  landscape({
    ...CARD,
    seed: 27,
    sky: ['#f3d9b1', '#f7ead3'],
    sun: { x: 0.78, y: 0.28, r: 0.05, color: '#e9a34a' },
    layers: ['#b7a27a', '#8d8a55', '#5f6b3a'],
    teaRows: '#7c8f4a',
    birds: '#5b4a3a',
  }),
);
add(
  'business-kilima/dairy.svg',
  landscape({
    ...CARD,
    seed: 28,
    sky: ['#e8b77f', '#f5dcb5'],
    sun: { x: 0.2, y: 0.32, r: 0.05, color: '#fff3d6' },
    layers: ['#a8a06a', '#7a7442', '#4a4a2a'],
    trees: 2,
    treeColor: '#3e3a22',
  }),
);

// business-nuru: dark agency
add(
  'business-nuru/hero.svg',
  abstract({
    ...HERO,
    seed: 31,
    bg: '#0d0f12',
    colors: ['#c6f432', '#2a2f37', '#f2f3f5', '#5b6472'],
    style: 'blocks',
  }),
);
add(
  'business-nuru/work-fintech.svg',
  abstract({
    ...CARD,
    seed: 32,
    bg: '#16191e',
    colors: ['#c6f432', '#5b6472', '#f2f3f5'],
    style: 'orbits',
    line: '#c6f432',
  }),
);
add(
  'business-nuru/work-retail.svg',
  abstract({ ...CARD, seed: 33, bg: '#c6f432', colors: ['#0d0f12', '#16191e', '#2a2f37'], style: 'waves' }),
);
add(
  'business-nuru/work-ngo.svg',
  abstract({
    ...CARD,
    seed: 34,
    bg: '#0d0f12',
    colors: ['#f2f3f5', '#c6f432', '#5b6472', '#2a2f37'],
    style: 'blocks',
  }),
);
add(
  'business-nuru/work-mobility.svg',
  abstract({
    ...CARD,
    seed: 35,
    bg: '#1b1f25',
    colors: ['#c6f432', '#f2f3f5', '#7c8594'],
    style: 'grid',
    line: '#5b6472',
  }),
);
add(
  'business-nuru/studio.svg',
  abstract({
    ...CARD,
    seed: 36,
    bg: '#0d0f12',
    colors: ['#c6f432', '#3d8bfd', '#f2f3f5', '#2a2f37', '#16191e'],
    style: 'blobs',
  }),
);
add(
  'business-nuru/blog-brand.svg',
  abstract({
    ...WIDE,
    seed: 37,
    bg: '#16191e',
    colors: ['#c6f432', '#f2f3f5', '#5b6472', '#2a2f37'],
    style: 'blocks',
  }),
);
add(
  'business-nuru/blog-ussd.svg',
  abstract({ ...WIDE, seed: 38, bg: '#0d0f12', colors: ['#c6f432', '#7c8594', '#f2f3f5'], style: 'waves' }),
);

// shops-pwani: coastal café
add(
  'shops-pwani/hero.svg',
  coast({
    ...HERO,
    seed: 41,
    sky: ['#f4b678', '#fbe3c0'],
    sea: ['#2f7c8a', '#174a57'],
    sun: '#fff1d0',
    sand: '#e9cfa4',
    ink: '#3a2418',
    sail: '#f8ead7',
  }),
);
const DISHES = [
  'pilau',
  'chapati',
  'mandazi',
  'samosa',
  'coffee',
  'chai',
  'fish',
  'juice',
  'biryani',
] as const;
const TABLES = [
  '#b9693f',
  '#2f5d62',
  '#c98a4b',
  '#7a3e2a',
  '#e3c7a0',
  '#3a5a4a',
  '#1f4a57',
  '#a84b25',
  '#4a3326',
];
DISHES.forEach((d, i) => {
  add(`shops-pwani/${d}.svg`, dish(d, TABLES[i] ?? '#b9693f', 40 + i));
});
add(
  'shops-pwani/old-town.svg',
  coast({
    ...CARD,
    seed: 49,
    sky: ['#9cc7d1', '#f3e3c4'],
    sea: ['#3a8c99', '#1c5561'],
    sun: '#fff6de',
    sand: '#dcbf90',
    ink: '#2e1d14',
    sail: '#fffaf3',
  }),
);
add('shops-pwani/blog-chai.svg', dish('chai', '#7a3e2a', 61));

// shops-soko: fresh market
add(
  'shops-soko/hero.svg',
  landscape({
    ...HERO,
    seed: 51,
    sky: ['#bfe6f2', '#f1f9e8'],
    sun: { x: 0.18, y: 0.22, r: 0.05, color: '#f2b705' },
    layers: ['#9fcf7a', '#6db35a', '#3f8f45', '#1d7a38'],
    teaRows: '#bfe39a',
    trees: 2,
    treeColor: '#145c2a',
  }),
);
const PRODUCE = ['avocado', 'mango', 'tomatoes', 'sukuma', 'bananas', 'carrots', 'eggs', 'honey'] as const;
const PBG: [string, string][] = [
  ['#f1f8ea', '#d6ecc4'],
  ['#fff6e0', '#ffe2a8'],
  ['#fdf0ec', '#f9d2c8'],
  ['#eef7ec', '#cfe8c7'],
  ['#fffbe6', '#fbeca3'],
  ['#fff3e8', '#fdd7b4'],
  ['#f7f2ea', '#e8dcc6'],
  ['#fff6e6', '#fbe0a8'],
];
PRODUCE.forEach((p, i) => {
  const [bg, blob] = PBG[i] ?? ['#f1f8ea', '#d6ecc4'];
  add(`shops-soko/${p}.svg`, produce(p, bg, blob));
});
add(
  'shops-soko/farm.svg',
  landscape({
    ...CARD,
    seed: 52,
    sky: ['#d6efe0', '#fbfdf5'],
    layers: ['#a9d48a', '#74b85e', '#3f8f45'],
    teaRows: '#d5eeb5',
    trees: 3,
    treeColor: '#1d5c2f',
  }),
);
add(
  'shops-soko/blog-season.svg',
  abstract({
    ...WIDE,
    seed: 53,
    bg: '#f7fbf3',
    colors: ['#1d7a38', '#f2b705', '#e5462b', '#9fcf7a'],
    style: 'blocks',
  }),
);
add(
  'shops-soko/blog-storage.svg',
  abstract({
    ...WIDE,
    seed: 54,
    bg: '#123d22',
    colors: ['#f2b705', '#9fcf7a', '#eef8e8'],
    style: 'orbits',
    line: '#9fcf7a',
  }),
);

// shops-mitindo: editorial boutique
add(
  'shops-mitindo/hero.svg',
  abstract({
    ...HERO,
    seed: 61,
    bg: '#f4f2ef',
    colors: ['#0b0b0b', '#a4132f', '#d8d2c8', '#0b0b0b'],
    style: 'blocks',
  }),
);
const GARMENTS = ['dress', 'shirt', 'tote', 'sandals', 'earrings', 'wrap'] as const;
const PRINTS: [string, string, string][] = [
  ['#0b0b0b', '#f4f2ef', '#a4132f'],
  ['#1e3a5f', '#f2b705', '#f4f2ef'],
  ['#a4132f', '#0b0b0b', '#f2c9a0'],
  ['#0b0b0b', '#c9a15a', '#f4f2ef'],
  ['#0b0b0b', '#a4132f', '#f4f2ef'],
  ['#2f5d3a', '#f4d35e', '#0b0b0b'],
];
const GBG = ['#e9e4dc', '#dcdcd8', '#efe8e0', '#e4ddd2', '#f1ede7', '#dfe3dc'];
GARMENTS.forEach((g, i) => {
  add(
    `shops-mitindo/${g}.svg`,
    garment(g, GBG[i] ?? '#e9e4dc', PRINTS[i] ?? ['#0b0b0b', '#f4f2ef', '#a4132f']),
  );
});
add(
  'shops-mitindo/atelier.svg',
  abstract({ ...CARD, seed: 62, bg: '#0b0b0b', colors: ['#f4f2ef', '#a4132f', '#5c5c5c'], style: 'waves' }),
);
add(
  'shops-mitindo/blog-kitenge.svg',
  abstract({
    ...WIDE,
    seed: 63,
    bg: '#f4f2ef',
    colors: ['#a4132f', '#0b0b0b', '#c9a15a', '#1e3a5f'],
    style: 'blocks',
  }),
);
add(
  'shops-mitindo/blog-care.svg',
  abstract({
    ...WIDE,
    seed: 64,
    bg: '#0b0b0b',
    colors: ['#f4f2ef', '#a4132f', '#5c5c5c'],
    style: 'orbits',
    line: '#f4f2ef',
  }),
);

// creators-lenzi: photographer portfolio
add(
  'creators-lenzi/mara-sunset.svg',
  landscape({
    ...HERO,
    seed: 71,
    sky: ['#f28c38', '#fcd38a', '#fdebc7'],
    sun: { x: 0.55, y: 0.52, r: 0.07, color: '#fff0c2' },
    layers: ['#c46a2f', '#8f4320', '#4b2012', '#1f0d08'],
    trees: 3,
    giraffes: 2,
    treeColor: '#1f0d08',
    birds: '#4b2012',
  }),
);
add(
  'creators-lenzi/mount-kenya.svg',
  landscape({
    ...HERO,
    seed: 72,
    sky: ['#6f8fb1', '#dfe7ee'],
    layers: ['#7f93a3', '#51667a', '#2f4052', '#17222e'],
    mountain: { color: '#5d7288', snow: '#f4f7fa' },
  }),
);
add(
  'creators-lenzi/lamu-dhow.svg',
  coast({
    ...HERO,
    seed: 73,
    sky: ['#0f3b57', '#f2a65a'],
    sea: ['#1c5a72', '#0a2433'],
    sun: '#ffd9a0',
    sand: '#1a1410',
    ink: '#0b0b0b',
    sail: '#f4e6cf',
  }),
);
add(
  'creators-lenzi/nairobi-night.svg',
  skyline({
    ...HERO,
    seed: 74,
    sky: ['#05070d', '#2b2a4a'],
    far: '#1a1c2c',
    near: '#07080c',
    windows: '#ffcf70',
  }),
);
add(
  'creators-lenzi/naivasha-mist.svg',
  landscape({
    ...HERO,
    seed: 75,
    sky: ['#cfd8d6', '#eef1ee'],
    layers: ['#b6c2bf', '#94a4a0', '#6c7e79', '#3f4f4a'],
    trees: 5,
    treeColor: '#2b3733',
    birds: '#3f4f4a',
  }),
);
add(
  'creators-lenzi/amboseli-dawn.svg',
  landscape({
    ...HERO,
    seed: 76,
    sky: ['#e7a0a0', '#f6d7c3'],
    sun: { x: 0.3, y: 0.42, r: 0.05, color: '#fff2e2' },
    layers: ['#b88a8f', '#8a5e66', '#4f3038'],
    mountain: { color: '#9d7c86', snow: '#fbeff0' },
    trees: 2,
    treeColor: '#2e1a20',
  }),
);
add(
  'creators-lenzi/blog-golden-hour.svg',
  landscape({
    ...WIDE,
    seed: 77,
    sky: ['#f6a443', '#fde1a8'],
    sun: { x: 0.7, y: 0.5, r: 0.06, color: '#fff5d6' },
    layers: ['#b86a2c', '#6e3515', '#2a1208'],
    trees: 2,
    treeColor: '#2a1208',
  }),
);
add(
  'creators-lenzi/blog-gear.svg',
  abstract({
    ...WIDE,
    seed: 78,
    bg: '#141414',
    colors: ['#ecebe6', '#b23a1e', '#5e5d58'],
    style: 'orbits',
    line: '#ecebe6',
  }),
);

// creators-ngoma: musician
add(
  'creators-ngoma/hero.svg',
  stage({
    ...HERO,
    seed: 81,
    bg: ['#130b20', '#2a1246'],
    beams: ['#ff4d8d', '#ffc93c', '#7c5cff', '#ff4d8d'],
    crowd: '#07040c',
  }),
);
add(
  'creators-ngoma/cover-ziwa.svg',
  abstract({
    w: 1000,
    h: 1000,
    seed: 82,
    bg: '#ff4d8d',
    colors: ['#130b20', '#ffc93c', '#7c5cff', '#f6f0ff'],
    style: 'orbits',
    line: '#130b20',
  }),
);
add(
  'creators-ngoma/cover-mvua.svg',
  abstract({
    w: 1000,
    h: 1000,
    seed: 83,
    bg: '#130b20',
    colors: ['#ff4d8d', '#ffc93c', '#7c5cff'],
    style: 'waves',
  }),
);
add(
  'creators-ngoma/cover-jioni.svg',
  abstract({
    w: 1000,
    h: 1000,
    seed: 84,
    bg: '#ffc93c',
    colors: ['#130b20', '#ff4d8d', '#7c5cff', '#f6f0ff'],
    style: 'blocks',
  }),
);
add(
  'creators-ngoma/live-1.svg',
  stage({
    ...CARD,
    seed: 85,
    bg: ['#0b0614', '#3a0f2e'],
    beams: ['#ffc93c', '#ff4d8d', '#ffc93c'],
    crowd: '#050309',
  }),
);
add(
  'creators-ngoma/live-2.svg',
  stage({
    ...CARD,
    seed: 86,
    bg: ['#07051a', '#1f1460'],
    beams: ['#7c5cff', '#38e1ff', '#7c5cff', '#ff4d8d', '#38e1ff'],
    crowd: '#04030c',
  }),
);
add(
  'creators-ngoma/studio.svg',
  studio({
    ...CARD,
    seed: 87,
    bg: ['#2a1246', '#130b20'],
    label: '#ff4d8d',
    glow: '#ff4d8d',
    waves: '#ffc93c',
  }),
);
add(
  'creators-ngoma/blog-tour.svg',
  stage({ ...WIDE, seed: 88, bg: ['#130b20', '#44123a'], beams: ['#ff4d8d', '#ffc93c'], crowd: '#07040c' }),
);
add(
  'creators-ngoma/blog-studio.svg',
  abstract({ ...WIDE, seed: 89, bg: '#1e1330', colors: ['#ffc93c', '#ff4d8d', '#7c5cff'], style: 'waves' }),
);

// creators-utulivu: writer and coach
add('creators-utulivu/hero.svg', stillLife('#e9e4d8', '#f7f4ee', '#6f8f6a', 91));
add(
  'creators-utulivu/calm.svg',
  abstract({
    ...CARD,
    seed: 92,
    bg: '#f7f4ee',
    colors: ['#c9d6c3', '#e8c4b4', '#a9bfae', '#f1dcc8', '#dfe6d6'],
    style: 'blobs',
  }),
);
add(
  'creators-utulivu/path.svg',
  landscape({
    ...CARD,
    seed: 93,
    sky: ['#dfe6dc', '#f7f4ee'],
    sun: { x: 0.7, y: 0.35, r: 0.05, color: '#f1d2bf' },
    layers: ['#c6d0c0', '#a3b39f', '#7d927a', '#56705a'],
    trees: 1,
    treeColor: '#3e5444',
  }),
);
add(
  'creators-utulivu/blog-rest.svg',
  landscape({
    ...WIDE,
    seed: 94,
    sky: ['#e8c4b4', '#f7f4ee'],
    sun: { x: 0.32, y: 0.42, r: 0.06, color: '#fbeee4' },
    layers: ['#c9d6c3', '#a9bfae', '#7d927a', '#56705a'],
    trees: 1,
    treeColor: '#3e5444',
    birds: '#7d927a',
  }),
);
add('creators-utulivu/blog-journal.svg', stillLife('#dfe6dc', '#f1eee6', '#7a9474', 95));
add(
  'creators-utulivu/blog-boundaries.svg',
  abstract({ ...WIDE, seed: 96, bg: '#f7f4ee', colors: ['#44604f', '#a15a43', '#c9d6c3'], style: 'waves' }),
);

for (const [path, svg] of files) {
  const target = join(OUT, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, svg);
}
console.log(`wrote ${files.size} images to ${OUT}`);
