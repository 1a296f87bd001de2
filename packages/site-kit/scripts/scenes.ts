/** Scene compositions for the bundled starter images: landscapes, skylines, coast, abstracts, stage. */
import {
  acacia,
  dhow,
  giraffe,
  grain,
  grainDef,
  linear,
  palm,
  r1,
  radial,
  ridge,
  rng,
  svg,
} from './svg-lib.js';

export interface LandscapeOpts {
  w: number;
  h: number;
  seed: number;
  sky: [string, string, string?];
  sun?: { x: number; y: number; r: number; color: string };
  /** Hill layers, far to near. */
  layers: string[];
  trees?: number;
  treeColor?: string;
  giraffes?: number;
  mountain?: { color: string; snow: string };
  teaRows?: string;
  birds?: string;
}

export function landscape(o: LandscapeOpts): string {
  const { w, h, seed } = o;
  const rand = rng(seed);
  const sky = o.sky.filter((c): c is string => Boolean(c));
  let defs = linear('sky', sky) + grainDef();
  let body = `<rect width="${w}" height="${h}" fill="url(#sky)"/>`;
  if (o.sun) {
    defs += radial('glow', o.sun.color, o.sun.color, 0.5, 0.5, 0.5);
    body += `<circle cx="${r1(o.sun.x * w)}" cy="${r1(o.sun.y * h)}" r="${r1(o.sun.r * w * 3)}" fill="url(#glow)" opacity=".45"/><circle cx="${r1(o.sun.x * w)}" cy="${r1(o.sun.y * h)}" r="${r1(o.sun.r * w)}" fill="${o.sun.color}"/>`;
  }
  if (o.mountain) {
    const mx = w * 0.62;
    const my = h * 0.34;
    body += `<path d="M${r1(mx - w * 0.42)} ${r1(h * 0.72)} Q${r1(mx - w * 0.12)} ${r1(my + h * 0.02)} ${r1(mx - w * 0.04)} ${r1(my)} L${r1(mx + w * 0.05)} ${r1(my - h * 0.01)} Q${r1(mx + w * 0.14)} ${r1(my + h * 0.03)} ${r1(mx + w * 0.45)} ${r1(h * 0.72)}Z" fill="${o.mountain.color}"/><path d="M${r1(mx - w * 0.07)} ${r1(my + h * 0.03)} Q${r1(mx - w * 0.04)} ${r1(my)} ${r1(mx)} ${r1(my - h * 0.005)} L${r1(mx + w * 0.07)} ${r1(my + h * 0.01)} L${r1(mx + w * 0.085)} ${r1(my + h * 0.05)} L${r1(mx + w * 0.05)} ${r1(my + h * 0.035)} L${r1(mx + w * 0.02)} ${r1(my + h * 0.06)} L${r1(mx - w * 0.02)} ${r1(my + h * 0.04)} L${r1(mx - w * 0.05)} ${r1(my + h * 0.065)}Z" fill="${o.mountain.snow}"/>`;
  }
  if (o.birds) {
    for (let i = 0; i < 5; i++) {
      const bx = w * (0.15 + rand() * 0.3);
      const by = h * (0.12 + rand() * 0.18);
      const s = 6 + rand() * 8;
      body += `<path d="M${r1(bx - s)} ${r1(by)} q${r1(s / 2)} ${r1(-s / 2)} ${r1(s)} 0 q${r1(s / 2)} ${r1(-s / 2)} ${r1(s)} 0" fill="none" stroke="${o.birds}" stroke-width="2"/>`;
    }
  }
  const n = o.layers.length;
  o.layers.forEach((color, i) => {
    const base = h * (0.5 + (i / n) * 0.42);
    body += `<path d="${ridge(w, h, base, h * (0.1 - i * 0.012), seed * 7 + i)}" fill="${color}"/>`;
    if (o.teaRows && i === n - 2) {
      for (let k = 0; k < 9; k++) {
        const y = base + 30 + k * k * 7;
        body += `<path d="M0 ${r1(y)} Q${r1(w / 2)} ${r1(y - 40 + k * 3)} ${w} ${r1(y + 10)}" fill="none" stroke="${o.teaRows}" stroke-width="${r1(3 + k * 1.2)}" stroke-linecap="round" opacity=".55"/>`;
      }
    }
  });
  const near = o.treeColor ?? o.layers[n - 1] ?? '#000';
  for (let i = 0; i < (o.trees ?? 0); i++) {
    const x = w * (0.08 + rand() * 0.84);
    const y = h * (0.8 + rand() * 0.06);
    body += acacia(x, y, h * (0.18 + rand() * 0.16), near);
  }
  for (let i = 0; i < (o.giraffes ?? 0); i++) {
    body += giraffe(w * (0.3 + i * 0.1), h * (0.84 + i * 0.01), h * (0.3 - i * 0.06), near, i % 2 === 1);
  }
  return svg(w, h, body + grain(w, h), defs);
}

export interface SkylineOpts {
  w: number;
  h: number;
  seed: number;
  sky: [string, string];
  far: string;
  near: string;
  windows: string;
  sun?: string;
}

/** Nairobi skyline: towers, the round conference tower with its cone roof, and warm windows. */
export function skyline(o: SkylineOpts): string {
  const { w, h } = o;
  const rand = rng(o.seed);
  const defs = linear('sky', o.sky) + grainDef('grain', 0.14);
  let body = `<rect width="${w}" height="${h}" fill="url(#sky)"/>`;
  if (o.sun)
    body += `<circle cx="${r1(w * 0.22)}" cy="${r1(h * 0.38)}" r="${r1(h * 0.11)}" fill="${o.sun}" opacity=".9"/>`;
  const ground = h * 0.86;
  let x = -10;
  while (x < w) {
    const bw = 40 + rand() * 70;
    const bh = h * (0.12 + rand() * 0.22);
    body += `<rect x="${r1(x)}" y="${r1(ground - bh - h * 0.06)}" width="${r1(bw)}" height="${r1(bh + h * 0.2)}" fill="${o.far}"/>`;
    x += bw + 4;
  }
  const towers: [number, number, number][] = [
    [0.08, 0.09, 0.42],
    [0.2, 0.07, 0.3],
    [0.56, 0.1, 0.48],
    [0.68, 0.06, 0.36],
    [0.78, 0.08, 0.55],
    [0.9, 0.09, 0.34],
  ];
  let win = '';
  for (const [tx, tw, th] of towers) {
    const bx = w * tx;
    const bw = w * tw;
    const top = ground - h * th;
    body += `<rect x="${r1(bx)}" y="${r1(top)}" width="${r1(bw)}" height="${r1(h * th + h)}" fill="${o.near}"/>`;
    for (let wy = top + 14; wy < ground - 10; wy += 18) {
      for (let wx = bx + 8; wx < bx + bw - 10; wx += 14) {
        if (rand() < 0.28) win += `M${r1(wx)} ${r1(wy)}h6v8h-6z`;
      }
    }
  }
  // The round tower with a cone roof and a helipad disc.
  const cx = w * 0.4;
  const cw = w * 0.075;
  const ctop = ground - h * 0.5;
  body += `<rect x="${r1(cx - cw / 2)}" y="${r1(ctop)}" width="${r1(cw)}" height="${r1(h * 0.6)}" fill="${o.near}"/><ellipse cx="${r1(cx)}" cy="${r1(ctop)}" rx="${r1(cw * 0.75)}" ry="${r1(cw * 0.16)}" fill="${o.near}"/><path d="M${r1(cx - cw * 0.4)} ${r1(ctop - 4)} L${r1(cx)} ${r1(ctop - h * 0.07)} L${r1(cx + cw * 0.4)} ${r1(ctop - 4)}Z" fill="${o.near}"/>`;
  for (let wy = ctop + 16; wy < ground - 10; wy += 16)
    win += `M${r1(cx - cw / 2 + 6)} ${r1(wy)}h${r1(cw - 12)}v3h-${r1(cw - 12)}z`;
  body += `<path d="${win}" fill="${o.windows}" opacity=".85"/>`;
  body += `<rect y="${r1(ground)}" width="${w}" height="${r1(h - ground)}" fill="${o.near}"/>`;
  return svg(w, h, body + grain(w, h), defs);
}

export interface CoastOpts {
  w: number;
  h: number;
  seed: number;
  sky: [string, string];
  sea: [string, string];
  sun: string;
  sand: string;
  ink: string;
  sail: string;
}

/** The Swahili coast: sun low over the ocean, a dhow under sail, palms on the shore. */
export function coast(o: CoastOpts): string {
  const { w, h } = o;
  const horizon = h * 0.55;
  const defs =
    linear('sky', o.sky) + linear('sea', o.sea) + grainDef('grain', 0.16) + radial('glow', o.sun, o.sun);
  let body = `<rect width="${w}" height="${r1(horizon)}" fill="url(#sky)"/><circle cx="${r1(w * 0.62)}" cy="${r1(horizon - h * 0.06)}" r="${r1(h * 0.45)}" fill="url(#glow)" opacity=".5"/><circle cx="${r1(w * 0.62)}" cy="${r1(horizon - h * 0.06)}" r="${r1(h * 0.12)}" fill="${o.sun}"/><rect y="${r1(horizon)}" width="${w}" height="${r1(h - horizon)}" fill="url(#sea)"/>`;
  const rand = rng(o.seed);
  let glints = '';
  for (let i = 0; i < 26; i++) {
    const y = horizon + 8 + i * i * 0.6;
    const len = 20 + rand() * 80;
    glints += `M${r1(w * 0.62 - len / 2 + (rand() - 0.5) * i * 14)} ${r1(y)}h${r1(len)}`;
  }
  body += `<path d="${glints}" stroke="${o.sun}" stroke-width="3" stroke-linecap="round" opacity=".55"/>`;
  body += dhow(w * 0.36, horizon + h * 0.08, h * 0.32, o.ink, o.sail);
  body += `<path d="M0 ${r1(h * 0.8)} Q${r1(w * 0.3)} ${r1(h * 0.74)} ${r1(w * 0.55)} ${r1(h * 0.86)} T${w} ${r1(h * 0.84)} L${w} ${h} L0 ${h}Z" fill="${o.sand}"/>`;
  body += palm(w * 0.86, h * 0.9, h * 0.62, o.ink, -1) + palm(w * 0.93, h * 0.92, h * 0.45, o.ink, -0.8);
  body += palm(w * 0.05, h * 0.9, h * 0.5, o.ink, 1);
  return svg(w, h, body + grain(w, h), defs);
}

export interface AbstractOpts {
  w: number;
  h: number;
  seed: number;
  bg: string;
  colors: string[];
  style: 'orbits' | 'blocks' | 'waves' | 'grid' | 'blobs';
  line?: string;
}

/** Geometric compositions for agencies, reports and cover art. */
export function abstract(o: AbstractOpts): string {
  const { w, h } = o;
  const rand = rng(o.seed);
  const c = (i: number) => o.colors[i % o.colors.length] ?? '#888';
  let defs = grainDef('grain', 0.15);
  let body = `<rect width="${w}" height="${h}" fill="${o.bg}"/>`;
  if (o.style === 'orbits') {
    const cx = w * (0.55 + rand() * 0.2);
    const cy = h * (0.45 + rand() * 0.15);
    for (let i = 7; i >= 1; i--) {
      body += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(i * h * 0.085)}" fill="none" stroke="${o.line ?? c(1)}" stroke-opacity="${r1(0.12 + i * 0.03)}" stroke-width="1.5"/>`;
    }
    body += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(h * 0.2)}" fill="${c(0)}"/>`;
    for (let i = 0; i < 4; i++) {
      const a = rand() * Math.PI * 2;
      const rr = (2 + i * 1.4) * h * 0.085;
      body += `<circle cx="${r1(cx + Math.cos(a) * rr)}" cy="${r1(cy + Math.sin(a) * rr)}" r="${r1(8 + rand() * 22)}" fill="${c(i + 1)}"/>`;
    }
  } else if (o.style === 'blocks') {
    const cols = 6;
    const rows = 4;
    const cw = w / cols;
    const ch = h / rows;
    for (let y = 0; y < rows; y++) {
      for (let x = 0; x < cols; x++) {
        const k = rand();
        const px = r1(x * cw);
        const py = r1(y * ch);
        if (k < 0.22)
          body += `<rect x="${px}" y="${py}" width="${r1(cw)}" height="${r1(ch)}" fill="${c(0)}"/>`;
        else if (k < 0.42)
          body += `<path d="M${px} ${py} h${r1(cw)} v${r1(ch)} A${r1(cw)} ${r1(ch)} 0 0 1 ${px} ${py}Z" fill="${c(1)}"/>`;
        else if (k < 0.58)
          body += `<circle cx="${r1(x * cw + cw / 2)}" cy="${r1(y * ch + ch / 2)}" r="${r1(Math.min(cw, ch) * 0.42)}" fill="${c(2)}"/>`;
        else if (k < 0.7)
          body += `<path d="M${px} ${r1((y + 1) * ch)} L${r1((x + 1) * cw)} ${py} V${r1((y + 1) * ch)}Z" fill="${c(3)}"/>`;
      }
    }
  } else if (o.style === 'waves') {
    for (let i = 0; i < 14; i++) {
      const y = h * 0.15 + i * h * 0.055;
      const amp = 30 + rand() * 50;
      body += `<path d="M0 ${r1(y)} C${r1(w * 0.25)} ${r1(y - amp)} ${r1(w * 0.5)} ${r1(y + amp)} ${r1(w * 0.75)} ${r1(y)} S${w} ${r1(y - amp / 2)} ${w} ${r1(y)}" fill="none" stroke="${c(i)}" stroke-width="${r1(2 + (i % 3) * 2)}" stroke-linecap="round" opacity=".9"/>`;
    }
  } else if (o.style === 'grid') {
    let dots = '';
    for (let y = 30; y < h; y += 36) for (let x = 30; x < w; x += 36) dots += `M${x} ${y}h1.5`;
    body += `<path d="${dots}" stroke="${o.line ?? c(1)}" stroke-width="3" stroke-linecap="round" opacity=".35"/>`;
    const bars = 7;
    for (let i = 0; i < bars; i++) {
      const bh = h * (0.15 + ((i * 0.09 + rand() * 0.12) % 0.6));
      body += `<rect x="${r1(w * 0.12 + i * w * 0.1)}" y="${r1(h * 0.85 - bh)}" width="${r1(w * 0.06)}" height="${r1(bh)}" rx="6" fill="${c(i % 2 === 0 ? 0 : 1)}"/>`;
    }
    body += `<path d="M${r1(w * 0.1)} ${r1(h * 0.7)} C${r1(w * 0.35)} ${r1(h * 0.65)} ${r1(w * 0.5)} ${r1(h * 0.35)} ${r1(w * 0.85)} ${r1(h * 0.18)}" fill="none" stroke="${c(2)}" stroke-width="6" stroke-linecap="round"/><circle cx="${r1(w * 0.85)}" cy="${r1(h * 0.18)}" r="14" fill="${c(2)}"/>`;
  } else {
    for (let i = 0; i < 5; i++) {
      defs += radial(`b${i}`, c(i), c(i));
      body += `<circle cx="${r1(rand() * w)}" cy="${r1(rand() * h)}" r="${r1(h * (0.35 + rand() * 0.35))}" fill="url(#b${i})" opacity=".85"/>`;
    }
  }
  return svg(w, h, body + grain(w, h), defs);
}

export interface StageOpts {
  w: number;
  h: number;
  seed: number;
  bg: [string, string];
  beams: string[];
  crowd: string;
}

/** A concert stage: coloured light beams over a crowd of raised hands. */
export function stage(o: StageOpts): string {
  const { w, h } = o;
  const rand = rng(o.seed);
  let defs = linear('bg', o.bg) + grainDef('grain', 0.2);
  let body = `<rect width="${w}" height="${h}" fill="url(#bg)"/>`;
  o.beams.forEach((color, i) => {
    defs += linear(`beam${i}`, [color, `${color}00`]);
    const x = w * (0.15 + (i / Math.max(1, o.beams.length - 1)) * 0.7);
    const spread = w * (0.12 + rand() * 0.1);
    const tilt = (rand() - 0.5) * w * 0.4;
    body += `<path d="M${r1(x - 8)} 0 L${r1(x + 8)} 0 L${r1(x + tilt + spread)} ${r1(h * 0.9)} L${r1(x + tilt - spread)} ${r1(h * 0.9)}Z" fill="url(#beam${i})" opacity=".55" style="mix-blend-mode:screen"/><circle cx="${r1(x)}" cy="6" r="12" fill="${color}"/>`;
  });
  let crowd = `M0 ${h}`;
  for (let x = 0; x <= w; x += 22) {
    const y = h * (0.8 + rand() * 0.06);
    crowd += ` L${x} ${r1(y)} a11 11 0 0 1 22 0`;
  }
  crowd += ` L${w} ${h}Z`;
  body += `<path d="${crowd}" fill="${o.crowd}"/>`;
  for (let i = 0; i < 9; i++) {
    const x = w * (0.05 + rand() * 0.9);
    const y = h * (0.8 + rand() * 0.04);
    const tx = x + (rand() - 0.5) * 40;
    body += `<path d="M${r1(x)} ${r1(y)} L${r1(tx)} ${r1(y - h * 0.14)}" stroke="${o.crowd}" stroke-width="9" stroke-linecap="round"/><circle cx="${r1(tx)}" cy="${r1(y - h * 0.15)}" r="8" fill="${o.crowd}"/>`;
  }
  return svg(w, h, body + grain(w, h), defs);
}

export interface StudioOpts {
  w: number;
  h: number;
  seed: number;
  /** Wall gradient, top to bottom. */
  bg: [string, string];
  /** Record label colour, the glow behind the microphone and the sound waves. */
  label: string;
  glow: string;
  waves: string;
}

/** A recording studio still life: a vinyl record, a microphone on its stand and sound waves. */
export function studio(o: StudioOpts): string {
  const { w, h } = o;
  const rand = rng(o.seed);
  const defs = linear('wall', o.bg) + radial('halo', o.glow, o.glow, 0.5, 0.5, 0.5) + grainDef('grain', 0.16);
  let body = `<rect width="${w}" height="${h}" fill="url(#wall)"/>`;
  body += `<circle cx="${r1(w * 0.68)}" cy="${r1(h * 0.36)}" r="${r1(h * 0.42)}" fill="url(#halo)" opacity=".55"/>`;
  // the record, lower left, grooves as thin rings
  const [cx, cy, rr] = [w * 0.3, h * 0.64, h * 0.3];
  body += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(rr)}" fill="#0a0612"/>`;
  for (let i = 1; i < 9; i++) {
    body += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(rr * (0.42 + i * 0.065))}" fill="none" stroke="#2a2238" stroke-width="${r1(1.5 + rand() * 1.5)}"/>`;
  }
  body += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(rr * 0.34)}" fill="${o.label}"/><circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(rr * 0.05)}" fill="#0a0612"/>`;
  body += `<path d="M${r1(cx - rr * 0.7)} ${r1(cy - rr * 0.55)} A${r1(rr * 0.9)} ${r1(rr * 0.9)} 0 0 1 ${r1(cx + rr * 0.1)} ${r1(cy - rr * 0.88)}" stroke="#ffffff" stroke-opacity=".18" stroke-width="6" fill="none" stroke-linecap="round"/>`;
  // the microphone: stand, arm, capsule with a grille
  const [mx, my] = [w * 0.68, h * 0.34];
  body += `<path d="M${r1(mx)} ${r1(h * 0.95)} V${r1(my + h * 0.2)}" stroke="#0a0612" stroke-width="14" stroke-linecap="round"/>`;
  body += `<ellipse cx="${r1(mx)}" cy="${r1(h * 0.95)}" rx="${r1(w * 0.08)}" ry="${r1(h * 0.018)}" fill="#0a0612"/>`;
  body += `<path d="M${r1(mx - w * 0.05)} ${r1(my + h * 0.08)} q0 ${r1(h * 0.12)} ${r1(w * 0.05)} ${r1(h * 0.12)} q${r1(w * 0.05)} 0 ${r1(w * 0.05)} ${r1(-h * 0.12)}" stroke="#0a0612" stroke-width="12" fill="none"/>`;
  body += `<rect x="${r1(mx - w * 0.04)}" y="${r1(my - h * 0.16)}" width="${r1(w * 0.08)}" height="${r1(h * 0.26)}" rx="${r1(w * 0.04)}" fill="#1c1428"/>`;
  let grille = '';
  for (let i = 1; i < 6; i++) {
    const y = my - h * 0.16 + (i * h * 0.26) / 6;
    grille += `M${r1(mx - w * 0.032)} ${r1(y)} H${r1(mx + w * 0.032)}`;
  }
  body += `<path d="${grille}" stroke="#4a3d5e" stroke-width="4" stroke-linecap="round"/>`;
  // sound waves either side of the microphone
  for (let i = 0; i < 3; i++) {
    const r = w * (0.08 + i * 0.045);
    const op = r1(0.9 - i * 0.25);
    body += `<path d="M${r1(mx + r)} ${r1(my - r * 0.7)} A${r1(r)} ${r1(r)} 0 0 1 ${r1(mx + r)} ${r1(my + r * 0.7)}" stroke="${o.waves}" stroke-opacity="${op}" stroke-width="10" fill="none" stroke-linecap="round"/>`;
    body += `<path d="M${r1(mx - r)} ${r1(my - r * 0.7)} A${r1(r)} ${r1(r)} 0 0 0 ${r1(mx - r)} ${r1(my + r * 0.7)}" stroke="${o.waves}" stroke-opacity="${op}" stroke-width="10" fill="none" stroke-linecap="round"/>`;
  }
  return svg(w, h, body + grain(w, h), defs);
}
