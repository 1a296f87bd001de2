/** Object illustrations for the bundled starter images: dishes, produce, fashion, portraits, logos. */
import { grain, grainDef, r1, radial, rng, shadowDef, svg } from './svg-lib.js';

const S = 800;

function scatter(
  seed: number,
  n: number,
  cx: number,
  cy: number,
  rad: number,
  draw: (x: number, y: number, k: number) => string,
): string {
  const rand = rng(seed);
  let out = '';
  for (let i = 0; i < n; i++) {
    const a = rand() * Math.PI * 2;
    const d = Math.sqrt(rand()) * rad;
    out += draw(cx + Math.cos(a) * d, cy + Math.sin(a) * d, rand());
  }
  return out;
}

export type Dish =
  | 'pilau'
  | 'chapati'
  | 'mandazi'
  | 'samosa'
  | 'coffee'
  | 'chai'
  | 'fish'
  | 'juice'
  | 'biryani';

/** A dish seen from above on a table of colour `table`. */
export function dish(kind: Dish, table: string, seed: number): string {
  const defs =
    shadowDef('sh', 18, 18, 0.22) +
    grainDef('grain', 0.12) +
    radial('light', '#ffffff', '#ffffff', 0.3, 0.25, 0.8);
  let body = `<rect width="${S}" height="${S}" fill="${table}"/><rect width="${S}" height="${S}" fill="url(#light)" opacity=".25"/>`;
  const plate = (r = 300) =>
    `<circle cx="400" cy="400" r="${r}" fill="#fbf8f2" filter="url(#sh)"/><circle cx="400" cy="400" r="${r - 42}" fill="#f1ebe0"/><circle cx="400" cy="400" r="${r - 42}" fill="none" stroke="#e2d8c7" stroke-width="3"/>`;
  const leaf = (x: number, y: number, rot: number) =>
    `<path d="M0 0 Q22 -24 48 0 Q22 24 0 0Z" fill="#3f8a3a" transform="translate(${r1(x)} ${r1(y)}) rotate(${r1(rot)})"/>`;
  switch (kind) {
    case 'pilau':
    case 'biryani': {
      const rice = kind === 'pilau' ? ['#b9803f', '#a46b31', '#c99354'] : ['#f0d48a', '#e9c466', '#fbf0cf'];
      body += plate();
      body += `<circle cx="400" cy="400" r="220" fill="${rice[0]}"/>`;
      const grains = [1, 2].map((tone) => {
        const d = scatter(seed + tone * 13, 150, 400, 400, 208, (x, y, k) => {
          const a = k * Math.PI;
          return `M${r1(x)} ${r1(y)}l${r1(Math.cos(a) * 9)} ${r1(Math.sin(a) * 9)}`;
        });
        return `<path d="${d}" stroke="${rice[tone]}" stroke-width="6" stroke-linecap="round"/>`;
      });
      body += grains.join('');
      body += scatter(
        seed + 1,
        11,
        400,
        400,
        170,
        (x, y, k) =>
          `<rect x="${r1(x - 18)}" y="${r1(y - 14)}" width="36" height="28" rx="9" fill="${k > 0.5 ? '#6e3b1c' : '#7f4622'}"/>`,
      );
      body += `<g transform="translate(560 560)"><circle r="70" fill="#fff" filter="url(#sh)"/>${scatter(seed + 2, 14, 0, 0, 52, (x, y, k) => `<rect x="${r1(x - 9)}" y="${r1(y - 9)}" width="18" height="18" rx="4" fill="${k > 0.45 ? '#d6452b' : k > 0.2 ? '#f3f0e4' : '#4c9a3f'}"/>`)}</g>`;
      body += leaf(300, 250, -30) + leaf(330, 240, 20);
      break;
    }
    case 'chapati': {
      body += plate();
      for (let i = 0; i < 3; i++) {
        const cx = 380 + i * 22;
        const cy = 380 + i * 16;
        body += `<circle cx="${cx}" cy="${cy}" r="205" fill="${['#d9a25a', '#e3b06a', '#ebbd78'][i]}" stroke="#b9803f" stroke-width="3"/>`;
      }
      body += scatter(
        seed,
        40,
        424,
        412,
        180,
        (x, y, k) =>
          `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="${r1(10 + k * 16)}" ry="${r1(6 + k * 8)}" fill="#a8692c" opacity="${r1(0.35 + k * 0.4)}"/>`,
      );
      body += `<path d="M424 412 m-150 0 a150 150 0 1 0 300 0 a120 120 0 1 0 -240 0 a90 90 0 1 0 180 0" fill="none" stroke="#c88b45" stroke-width="4" opacity=".6"/>`;
      body += `<g transform="translate(600 600)"><circle r="80" fill="#fbf8f2" filter="url(#sh)"/><circle r="62" fill="#8a3b1d"/>${scatter(seed + 3, 22, 0, 0, 52, (x, y) => `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="9" ry="6" fill="#b4582e"/>`)}</g>`;
      break;
    }
    case 'mandazi':
    case 'samosa': {
      body += plate();
      const fill = kind === 'mandazi' ? ['#e2a24f', '#c9832f'] : ['#d89a45', '#b87528'];
      const rand = rng(seed);
      for (let i = 0; i < 5; i++) {
        const a = (i / 5) * Math.PI * 2 + 0.3;
        const x = 400 + Math.cos(a) * 120;
        const y = 400 + Math.sin(a) * 120;
        const rot = (a * 180) / Math.PI + rand() * 30;
        const shape =
          kind === 'mandazi'
            ? 'M0 -78 Q10 -78 70 40 Q74 54 58 56 L-58 56 Q-74 54 -70 40 Q-10 -78 0 -78Z'
            : 'M0 -80 L72 52 Q74 58 66 58 L-66 58 Q-74 58 -72 52Z';
        body += `<g transform="translate(${r1(x)} ${r1(y)}) rotate(${r1(rot)})"><path d="${shape}" fill="${fill[0]}" stroke="${fill[1]}" stroke-width="4" stroke-linejoin="round"/>${
          kind === 'samosa'
            ? '<path d="M-30 10 L30 10 M-14 -20 L14 -20" stroke="#b87528" stroke-width="4" stroke-linecap="round"/>'
            : scatter(
                seed + i,
                10,
                0,
                10,
                38,
                (sx, sy) => `<circle cx="${r1(sx)}" cy="${r1(sy)}" r="2.5" fill="#fff6e0"/>`,
              )
        }</g>`;
      }
      body +=
        kind === 'samosa'
          ? '<g transform="translate(400 400)"><circle r="46" fill="#f4e04d"/><circle r="38" fill="#f9ec8a"/><path d="M0 -38V38M-38 0H38M-27 -27L27 27M27 -27L-27 27" stroke="#f4e04d" stroke-width="3"/></g>'
          : '<g transform="translate(400 400)"><circle r="52" fill="#6b3a1c"/><circle r="44" fill="#8a4a22"/></g>';
      break;
    }
    case 'coffee':
    case 'chai': {
      const liquid = kind === 'coffee' ? ['#5a3317', '#e8cfa6'] : ['#b77b45', '#d9a66e'];
      body += `<circle cx="400" cy="400" r="230" fill="#fbf8f2" filter="url(#sh)"/><circle cx="400" cy="400" r="200" fill="none" stroke="#e2d8c7" stroke-width="3"/>`;
      body += `<path d="M560 380 q90 0 90 60 q0 60 -90 60" fill="none" stroke="#fbf8f2" stroke-width="34"/><circle cx="400" cy="400" r="165" fill="#fbf8f2" stroke="#e2d8c7" stroke-width="4"/><circle cx="400" cy="400" r="140" fill="${liquid[0]}"/>`;
      body +=
        kind === 'coffee'
          ? `<path d="M400 470 C330 420 320 350 370 345 C390 343 400 360 400 372 C400 360 410 343 430 345 C480 350 470 420 400 470Z" fill="${liquid[1]}"/><path d="M400 372 V450" stroke="${liquid[0]}" stroke-width="5"/>`
          : `<circle cx="400" cy="400" r="110" fill="${liquid[1]}" opacity=".35"/>${scatter(seed, 6, 200, 640, 60, (x, y) => `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="12" ry="7" fill="#6f8f3a"/>`)}<g transform="translate(640 190) rotate(30)"><rect x="-70" y="-12" width="140" height="24" rx="12" fill="#8a5a2b"/><rect x="-70" y="-12" width="140" height="24" rx="12" fill="none" stroke="#6b4321" stroke-width="3"/></g>`;
      body += `<g transform="translate(190 190)"><circle r="58" fill="#c98a3f"/><circle r="44" fill="#d99c4f"/></g>`;
      break;
    }
    case 'fish': {
      body += `<ellipse cx="400" cy="400" rx="330" ry="240" fill="#fbf8f2" filter="url(#sh)"/><ellipse cx="400" cy="400" rx="290" ry="205" fill="#f3d77a"/>`;
      body += scatter(
        seed,
        30,
        400,
        400,
        190,
        (x, y, k) => `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(4 + k * 8)}" fill="#e9b949" opacity=".8"/>`,
      );
      body += `<g transform="translate(400 400) rotate(-12)"><path d="M-210 0 C-150 -95 90 -100 160 -10 L240 -80 L225 0 L240 80 L160 10 C90 100 -150 95 -210 0Z" fill="#b6622d"/><path d="M-120 -40 C-60 -70 60 -70 120 -30" stroke="#8f4520" stroke-width="6" fill="none"/><path d="M-80 -30 L-60 30 M-20 -40 L0 35 M40 -38 L60 30" stroke="#8f4520" stroke-width="5"/><circle cx="-160" cy="-14" r="12" fill="#fbf8f2"/><circle cx="-160" cy="-14" r="6" fill="#2b1a10"/></g>`;
      body +=
        leaf(250, 560, 10) +
        leaf(520, 240, -20) +
        '<circle cx="600" cy="560" r="34" fill="#8bc34a"/><circle cx="600" cy="560" r="26" fill="#c5e17a"/>';
      break;
    }
    case 'juice': {
      body += `<ellipse cx="400" cy="690" rx="200" ry="34" fill="#000" opacity=".12"/><path d="M250 180 L550 180 L520 680 Q518 700 498 700 L302 700 Q282 700 280 680Z" fill="#ffffff" opacity=".55" filter="url(#sh)"/><path d="M262 300 L538 300 L520 670 Q518 688 500 688 L300 688 Q282 688 280 670Z" fill="#f7a21b"/><path d="M262 300 L538 300 L534 340 L266 340Z" fill="#ffc24d"/><path d="M470 80 L420 420" stroke="#1d7a38" stroke-width="18" stroke-linecap="round"/><path d="M300 330 L320 640" stroke="#fff" stroke-width="14" stroke-linecap="round" opacity=".5"/><g transform="translate(560 200) rotate(20)"><path d="M0 0 A80 80 0 0 1 -110 90 Z" fill="#f2b705"/><path d="M0 0 A66 66 0 0 1 -92 76 Z" fill="#ffd45c"/></g>`;
      break;
    }
  }
  return svg(S, S, body + grain(S, S), defs);
}

export type Produce = 'avocado' | 'mango' | 'tomatoes' | 'sukuma' | 'bananas' | 'carrots' | 'eggs' | 'honey';

/** A piece of fresh produce on a soft round backdrop. */
export function produce(kind: Produce, bg: string, blob: string): string {
  const defs = shadowDef('sh', 14, 12, 0.2) + grainDef('grain', 0.1);
  let body = `<rect width="${S}" height="${S}" fill="${bg}"/><circle cx="400" cy="410" r="290" fill="${blob}"/><ellipse cx="400" cy="640" rx="220" ry="26" fill="#000" opacity=".1"/>`;
  let item = '';
  switch (kind) {
    case 'avocado':
      item = `<g transform="translate(300 400) rotate(-12)"><path d="M0 -190 C70 -190 120 -40 120 60 C120 150 60 200 0 200 C-60 200 -120 150 -120 60 C-120 -40 -70 -190 0 -190Z" fill="#2f5d1e"/><path d="M0 -165 C56 -165 98 -35 98 60 C98 135 50 176 0 176 C-50 176 -98 135 -98 60 C-98 -35 -56 -165 0 -165Z" fill="#c8dc6a"/><path d="M0 -140 C40 -140 80 -30 80 50 C80 120 40 150 0 150 C-40 150 -80 120 -80 50 C-80 -30 -40 -140 0 -140Z" fill="#e3ec98"/><circle cy="70" r="62" fill="#7a4a22"/><circle cx="-18" cy="52" r="16" fill="#9a6234"/></g><g transform="translate(530 420) rotate(16)"><path d="M0 -170 C64 -170 110 -40 110 55 C110 135 55 180 0 180 C-55 180 -110 135 -110 55 C-110 -40 -64 -170 0 -170Z" fill="#2f5d1e"/><path d="M-30 -120 C-10 -140 20 -140 30 -120" stroke="#467a2c" stroke-width="10" fill="none" stroke-linecap="round"/></g>`;
      break;
    case 'mango':
      item = `<g transform="translate(400 420) rotate(-25)"><path d="M-40 -200 C120 -220 200 -40 170 80 C140 200 -20 230 -120 150 C-220 70 -180 -180 -40 -200Z" fill="#f59e1b"/><path d="M-40 -200 C40 -210 110 -170 140 -110 C40 -150 -60 -120 -150 -60 C-160 -130 -110 -190 -40 -200Z" fill="#e5462b" opacity=".75"/><path d="M60 80 C100 40 120 0 120 -40" stroke="#fff" stroke-width="16" stroke-linecap="round" opacity=".3"/><path d="M-40 -200 Q-30 -240 -10 -250" stroke="#5a3a1c" stroke-width="12" stroke-linecap="round"/><path d="M-10 -248 Q80 -300 140 -250 Q60 -220 -10 -248Z" fill="#3f8a3a"/></g>`;
      break;
    case 'tomatoes':
      for (const [x, y, r] of [
        [300, 460, 130],
        [510, 470, 120],
        [410, 300, 115],
      ] as const) {
        item += `<circle cx="${x}" cy="${y}" r="${r}" fill="#d63a25"/><circle cx="${x - r * 0.35}" cy="${y - r * 0.35}" r="${r1(r * 0.22)}" fill="#fff" opacity=".25"/><path d="M${x} ${y - r + 6} l-36 -10 l30 20 l-34 22 l40 -14 l4 34 l14 -34 l36 16 l-28 -26 l30 -20 z" fill="#2f7a2a"/>`;
      }
      break;
    case 'sukuma':
      for (let i = 0; i < 5; i++) {
        const rot = -40 + i * 20;
        item += `<g transform="translate(400 620) rotate(${rot})"><path d="M0 0 C-10 -120 -110 -200 -80 -330 C-30 -420 30 -420 80 -330 C110 -200 10 -120 0 0Z" fill="${['#1f6b32', '#2a8040', '#23733a', '#2f8a45', '#1c6530'][i]}"/><path d="M0 0 V-380" stroke="#a8d08d" stroke-width="6"/><path d="M0 -120 L-50 -170 M0 -180 L-50 -240 M0 -240 L-40 -300 M0 -120 L50 -170 M0 -180 L50 -240 M0 -240 L40 -300" stroke="#a8d08d" stroke-width="4"/></g>`;
      }
      item += '<rect x="360" y="560" width="80" height="40" rx="8" fill="#c9a15a"/>';
      break;
    case 'bananas':
      for (let i = 0; i < 4; i++) {
        item += `<g transform="translate(${380 + i * 18} ${250 + i * 10}) rotate(${-10 + i * 14})"><path d="M0 0 C-160 60 -170 260 -20 360 C-60 240 -40 100 40 20 Z" fill="${['#f7c948', '#f2bf32', '#fad25a', '#eab42b'][i]}" stroke="#c8901c" stroke-width="4"/><path d="M-20 360 l-8 16 l18 -6z" fill="#5a3a1c"/></g>`;
      }
      item += '<rect x="375" y="205" width="50" height="70" rx="10" fill="#6b8a2a"/>';
      break;
    case 'carrots':
      for (let i = 0; i < 4; i++) {
        item += `<g transform="translate(${300 + i * 60} 400) rotate(${-24 + i * 14})"><path d="M-40 -140 C-40 -150 40 -150 40 -140 L6 230 Q0 240 -6 230Z" fill="${i % 2 ? '#f07c1f' : '#e8691b'}"/><path d="M-30 -60 h22 M10 0 h22 M-22 70 h18" stroke="#c4530f" stroke-width="5" stroke-linecap="round"/><path d="M0 -145 C-40 -220 -60 -260 -50 -280 M0 -145 C0 -230 10 -270 20 -290 M0 -145 C30 -220 60 -250 70 -260" stroke="#3f8a3a" stroke-width="12" stroke-linecap="round" fill="none"/></g>`;
      }
      break;
    case 'eggs':
      item = '<rect x="170" y="300" width="460" height="300" rx="40" fill="#d7c3a0"/>';
      for (let i = 0; i < 6; i++) {
        const x = 250 + (i % 3) * 150;
        const y = 390 + Math.floor(i / 3) * 130;
        item += `<ellipse cx="${x}" cy="${y + 8}" rx="58" ry="46" fill="#b9a27a"/><ellipse cx="${x}" cy="${y - 10}" rx="52" ry="64" fill="${i % 2 ? '#f2e3cc' : '#e9cfa8'}"/><ellipse cx="${x - 16}" cy="${y - 30}" rx="12" ry="18" fill="#fff" opacity=".5"/>`;
      }
      break;
    case 'honey':
      item =
        '<path d="M290 300 h220 v40 q40 20 40 80 v180 q0 40 -40 40 h-220 q-40 0 -40 -40 v-180 q0 -60 40 -80z" fill="#e9a21a"/><path d="M290 300 h220 v40 q40 20 40 80 v180 q0 40 -40 40 h-220 q-40 0 -40 -40 v-180 q0 -60 40 -80z" fill="none" stroke="#fff" stroke-width="8" opacity=".45"/><rect x="275" y="240" width="250" height="70" rx="14" fill="#7a4a22"/><rect x="300" y="430" width="200" height="110" rx="10" fill="#fbf0d4"/><path d="M400 455 l30 17 v35 l-30 17 l-30 -17 v-35z" fill="#e9a21a"/><path d="M310 360 v200" stroke="#fff" stroke-width="18" stroke-linecap="round" opacity=".3"/>';
      break;
  }
  body += `<g filter="url(#sh)">${item}</g>`;
  return svg(S, S, body + grain(S, S), defs);
}

export type Garment = 'dress' | 'shirt' | 'tote' | 'sandals' | 'earrings' | 'wrap';

function kitenge(id: string, a: string, b: string, c: string): string {
  return `<pattern id="${id}" width="60" height="60" patternUnits="userSpaceOnUse"><rect width="60" height="60" fill="${a}"/><circle cx="30" cy="30" r="16" fill="${b}"/><circle cx="30" cy="30" r="7" fill="${c}"/><path d="M0 0 L12 0 L0 12Z M60 60 L48 60 L60 48Z M60 0 L60 12 L48 0Z M0 60 L0 48 L12 60Z" fill="${c}"/></pattern>`;
}

/** A fashion piece on a studio backdrop, in kitenge prints or solid tones. */
export function garment(kind: Garment, bg: string, print: [string, string, string]): string {
  const defs = shadowDef('sh', 20, 20, 0.22) + grainDef('grain', 0.1) + kitenge('kt', ...print);
  const W = 800;
  const H = 1000;
  let body = `<rect width="${W}" height="${H}" fill="${bg}"/><rect y="${H * 0.74}" width="${W}" height="${H * 0.26}" fill="#000" opacity=".05"/>`;
  let item = '';
  switch (kind) {
    case 'dress':
      item =
        '<path d="M400 120 q-14 0 -14 14 v30" fill="none" stroke="#555" stroke-width="6"/><path d="M330 190 Q400 230 470 190 L500 200 L480 330 Q470 380 490 420 L620 820 Q400 860 180 820 L310 420 Q330 380 320 330 L300 200Z" fill="url(#kt)"/><path d="M320 330 Q400 350 480 330 L476 372 Q400 390 324 372Z" fill="#111"/>';
      break;
    case 'shirt':
      item =
        '<path d="M330 180 L400 210 L470 180 L600 240 L660 420 L590 440 L560 360 L560 800 L240 800 L240 360 L210 440 L140 420 L200 240Z" fill="url(#kt)"/><path d="M330 180 L400 260 L470 180 L440 175 L400 215 L360 175Z" fill="#111"/><path d="M400 260 V800" stroke="#111" stroke-width="4"/><circle cx="400" cy="330" r="7" fill="#111"/><circle cx="400" cy="430" r="7" fill="#111"/><circle cx="400" cy="530" r="7" fill="#111"/>';
      break;
    case 'tote':
      item =
        '<path d="M300 360 C300 200 500 200 500 360" fill="none" stroke="#3b2a1e" stroke-width="22"/><path d="M210 360 L590 360 L620 800 L180 800Z" fill="url(#kt)"/><path d="M210 360 L590 360 L596 440 L204 440Z" fill="#3b2a1e"/><rect x="360" y="380" width="80" height="40" rx="6" fill="#c9a15a"/>';
      break;
    case 'sandals':
      for (const [x, rot] of [
        [300, -8],
        [500, 8],
      ] as const) {
        item += `<g transform="translate(${x} 520) rotate(${rot})"><path d="M0 -260 C70 -260 90 -160 80 -40 C74 80 90 180 50 240 C20 270 -20 270 -50 240 C-90 180 -74 80 -80 -40 C-90 -160 -70 -260 0 -260Z" fill="#8a5a2b"/><path d="M0 -240 C55 -240 70 -160 62 -40 C56 80 70 170 40 220 C16 244 -16 244 -40 220 C-70 170 -56 80 -62 -40 C-70 -160 -55 -240 0 -240Z" fill="#b27a45"/><path d="M-78 -100 C-30 -150 30 -150 78 -100 L70 -40 C30 -80 -30 -80 -70 -40Z" fill="url(#kt)"/><circle cy="-170" r="14" fill="#c9a15a"/></g>`;
      }
      break;
    case 'earrings':
      for (const x of [280, 520]) {
        item += `<g transform="translate(${x} 300)"><path d="M0 -120 V-60" stroke="#c9a15a" stroke-width="6"/><circle cy="-130" r="12" fill="#c9a15a"/><circle cy="40" r="100" fill="none" stroke="#c9a15a" stroke-width="14"/><circle cy="40" r="74" fill="url(#kt)"/><path d="M-60 160 v80 M-30 170 v110 M0 175 v130 M30 170 v110 M60 160 v80" stroke="${print[1]}" stroke-width="8" stroke-linecap="round"/><path d="M-60 240 v6 M-30 280 v6 M0 305 v6 M30 280 v6 M60 240 v6" stroke="#c9a15a" stroke-width="14" stroke-linecap="round"/></g>`;
      }
      break;
    case 'wrap':
      item =
        `<path d="M250 160 L550 160 L560 560 L240 560Z" fill="url(#kt)"/><path d="M240 560 L560 560 L600 700 L200 700Z" fill="url(#kt)" opacity=".85"/><path d="M200 700 L600 700 L610 760 L190 760Z" fill="${print[0]}"/><path d="M250 160 L550 160" stroke="${print[0]}" stroke-width="16"/>` +
        Array.from(
          { length: 14 },
          (_, i) =>
            `<path d="M${205 + i * 30} 760 v60" stroke="${print[1]}" stroke-width="6" stroke-linecap="round"/>`,
        ).join('');
      break;
  }
  body += `<g filter="url(#sh)">${item}</g>`;
  return svg(W, H, body + grain(W, H), defs);
}

export interface PortraitOpts {
  seed: number;
  bg: string;
  skin: string;
  hair: 'short' | 'afro' | 'locs' | 'wrap' | 'bald' | 'bun';
  hairColor: string;
  top: string;
  accent: string;
}

/** A stylised, faceless portrait for team sections. */
export function portrait(o: PortraitOpts): string {
  const P = 600;
  const defs = grainDef('grain', 0.12) + radial('halo', o.accent, o.accent, 0.5, 0.4, 0.6);
  const shade = '#00000026';
  let body = `<rect width="${P}" height="${P}" fill="${o.bg}"/><circle cx="300" cy="260" r="210" fill="url(#halo)" opacity=".5"/>`;
  if (o.hair === 'afro') body += `<circle cx="300" cy="215" r="128" fill="${o.hairColor}"/>`;
  if (o.hair === 'locs') {
    for (let i = 0; i < 9; i++) {
      const x = 200 + i * 25;
      body += `<path d="M${x} 180 Q${x - 8} 300 ${x + (i - 4) * 3} ${360 + (i % 3) * 14}" stroke="${o.hairColor}" stroke-width="20" stroke-linecap="round" fill="none"/>`;
    }
  }
  body += `<path d="M110 600 C110 470 190 410 300 410 C410 410 490 470 490 600Z" fill="${o.top}"/><path d="M262 330 h76 v80 q-38 40 -76 0z" fill="${o.skin}"/><path d="M262 360 q38 30 76 0 v-20 h-76z" fill="${shade}"/><path d="M250 412 q50 50 100 0" fill="none" stroke="${o.accent}" stroke-width="10"/>`;
  body += `<ellipse cx="300" cy="255" rx="86" ry="104" fill="${o.skin}"/><ellipse cx="214" cy="265" rx="14" ry="22" fill="${o.skin}"/><ellipse cx="386" cy="265" rx="14" ry="22" fill="${o.skin}"/><path d="M300 159 C350 160 386 200 386 255 C386 300 364 340 330 355 C360 320 370 250 300 159Z" fill="${shade}"/>`;
  switch (o.hair) {
    case 'short':
      body += `<path d="M214 240 C210 170 250 140 300 140 C350 140 390 170 386 240 C370 200 340 190 300 190 C260 190 230 200 214 240Z" fill="${o.hairColor}"/>`;
      break;
    case 'afro':
      body += `<path d="M214 250 C205 180 250 150 300 150 C350 150 395 180 386 250 C370 210 330 200 300 200 C270 200 230 210 214 250Z" fill="${o.hairColor}"/>`;
      break;
    case 'locs':
      body += `<path d="M210 250 C200 160 250 135 300 135 C350 135 400 160 390 250 C370 200 330 185 300 185 C270 185 230 200 210 250Z" fill="${o.hairColor}"/>`;
      break;
    case 'wrap':
      body += `<path d="M206 250 C190 130 260 90 320 100 C400 110 420 190 394 250 C380 200 340 180 300 180 C260 180 220 200 206 250Z" fill="${o.accent}"/><path d="M330 100 C400 60 440 120 410 160 C390 130 360 120 330 100Z" fill="${o.accent}"/><path d="M220 200 C260 160 340 150 390 190" stroke="#ffffff55" stroke-width="8" fill="none"/>`;
      break;
    case 'bun':
      body += `<circle cx="300" cy="128" r="44" fill="${o.hairColor}"/><path d="M212 250 C205 170 250 145 300 145 C350 145 395 170 388 250 C372 205 335 180 300 180 C265 180 228 205 212 250Z" fill="${o.hairColor}"/>`;
      break;
    case 'bald':
      body += `<path d="M240 170 C270 150 330 150 360 170" stroke="#ffffff33" stroke-width="10" fill="none" stroke-linecap="round"/>`;
      break;
  }
  return svg(P, P, body + grain(P, P), defs);
}

export type Mark = 'ring' | 'leaf' | 'peak' | 'wave' | 'grid' | 'drop' | 'sun' | 'bolt';

const MARKS: Record<Mark, string> = {
  ring: '<circle cx="30" cy="30" r="22" fill="none" stroke="currentColor" stroke-width="8"/><circle cx="30" cy="30" r="7" fill="currentColor"/>',
  leaf: '<path d="M8 52 C8 20 30 6 54 6 C54 34 40 52 8 52Z M8 52 L36 24" fill="currentColor" stroke="currentColor"/>',
  peak: '<path d="M4 52 L24 14 L34 32 L42 22 L58 52Z" fill="currentColor"/>',
  wave: '<path d="M4 24 q12 -12 26 0 t26 0 M4 40 q12 -12 26 0 t26 0" fill="none" stroke="currentColor" stroke-width="7" stroke-linecap="round"/>',
  grid: '<rect x="6" y="6" width="21" height="21" rx="4" fill="currentColor"/><rect x="33" y="6" width="21" height="21" rx="11" fill="currentColor"/><rect x="6" y="33" width="21" height="21" rx="11" fill="currentColor"/><rect x="33" y="33" width="21" height="21" rx="4" fill="currentColor"/>',
  drop: '<path d="M30 4 C40 20 52 30 52 40 A22 22 0 0 1 8 40 C8 30 20 20 30 4Z" fill="currentColor"/>',
  sun: '<circle cx="30" cy="30" r="12" fill="currentColor"/><path d="M30 2v10M30 48v10M2 30h10M48 30h10M10 10l7 7M43 43l7 7M10 50l7-7M43 17l7-7" stroke="currentColor" stroke-width="5" stroke-linecap="round"/>',
  bolt: '<path d="M34 4 L10 34 H28 L24 56 L50 24 H32Z" fill="currentColor"/>',
};

/** A logo lockup: geometric mark plus wordmark, one colour, for logo strips. */
export function logo(name: string, mark: Mark, color: string): string {
  const w = 120 + name.length * 17;
  const body = `<g color="${color}" fill="${color}"><g transform="translate(12 30)">${MARKS[mark]}</g><text x="84" y="73" font-family="Helvetica, Arial, sans-serif" font-size="30" font-weight="700" letter-spacing="-0.5">${name}</text></g>`;
  return svg(w, 120, body);
}

/** A quiet still life for writers: an open book, a cup of chai and a leafy stem. */
export function stillLife(bg: string, accent: string, leafColor: string, seed: number): string {
  const W = 1200;
  const H = 900;
  const rand = rng(seed);
  const defs =
    shadowDef('sh', 18, 22, 0.18) + grainDef('grain', 0.12) + radial('light', '#fff', '#fff', 0.7, 0.2, 0.8);
  let body = `<rect width="${W}" height="${H}" fill="${bg}"/><rect width="${W}" height="${H}" fill="url(#light)" opacity=".35"/>`;
  body += `<g filter="url(#sh)"><path d="M260 300 L600 270 L600 720 L260 740Z" fill="#fbf8f1"/><path d="M600 270 L940 300 L940 740 L600 720Z" fill="#f6f1e6"/><path d="M600 270 V720" stroke="#d9d1c0" stroke-width="4"/></g>`;
  let lines = '';
  for (let i = 0; i < 12; i++) {
    const y = 350 + i * 30;
    lines += `M${300} ${r1(y - i * 1.6)} L${r1(560 - rand() * 40)} ${r1(y - i * 1.6 - 2)} M${640} ${r1(y - 2)} L${r1(900 - rand() * 40)} ${r1(y)}`;
  }
  body += `<path d="${lines}" stroke="#bdb4a3" stroke-width="5" stroke-linecap="round"/>`;
  body += `<g transform="translate(980 700)" filter="url(#sh)"><circle r="120" fill="#fbf8f1"/><circle r="92" fill="${accent}"/><circle r="70" fill="#c28a55"/><circle r="70" fill="#e7c39b" opacity=".35"/></g><path d="M1080 690 q70 0 70 -60" stroke="#fbf8f1" stroke-width="22" fill="none"/>`;
  let leaves = '<path d="M160 860 C200 640 160 420 120 200" stroke="#5d7a52" stroke-width="8" fill="none"/>';
  for (let i = 0; i < 7; i++) {
    const t = i / 7;
    const x = 160 - t * 40;
    const y = 800 - t * 560;
    const side = i % 2 ? 1 : -1;
    leaves += `<path d="M0 0 C${30 * side} -40 ${100 * side} -40 ${130 * side} 0 C${100 * side} 30 ${30 * side} 30 0 0Z" fill="${leafColor}" transform="translate(${r1(x)} ${r1(y)}) rotate(${r1(-30 * side)})"/>`;
  }
  body += leaves;
  return svg(W, H, body + grain(W, H), defs);
}
