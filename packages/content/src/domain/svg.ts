/**
 * SVG detection and sanitization. An SVG is a document that can carry scripts, so uploaded SVGs are
 * parsed as XML (saxes) and re-serialized from an allow-list: only known drawing elements and
 * attributes survive; scripts, event handlers, foreignObject, animation (which can rewrite hrefs),
 * external or `javascript:` references, risky CSS, DOCTYPE/entities, comments and processing
 * instructions are dropped. Nothing is copied through as raw text, so nothing can be smuggled.
 */
import { type SaxesAttributeNS, SaxesParser, type SaxesTagNS } from 'saxes';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface SanitizedSvg {
  svg: string;
  width: number | null;
  height: number | null;
  /** What was dropped (element and attribute names), for logs and tests. */
  removed: string[];
}

export type SvgParse =
  | { kind: 'svg'; result: SanitizedSvg }
  | { kind: 'not-svg' }
  /** The root was `<svg>` but the XML is broken (or uses entities we refuse to expand). */
  | { kind: 'invalid'; reason: string };

/** Parses `text`; an `<svg>` root gives the sanitized document. */
export function parseSvg(text: string): SvgParse {
  const writer = new SvgWriter();
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('doctype', () => writer.removed.push('DOCTYPE'));
  parser.on('opentag', (tag) => writer.open(tag));
  parser.on('closetag', () => writer.close());
  parser.on('text', (text) => writer.text(text));
  parser.on('cdata', (text) => writer.text(text));
  parser.on('error', (error) => {
    throw error;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof NotSvg) return { kind: 'not-svg' };
    if (!writer.sawRoot) return { kind: 'not-svg' };
    return { kind: 'invalid', reason: error instanceof Error ? error.message : String(error) };
  }
  return writer.sawRoot ? { kind: 'svg', result: writer.result() } : { kind: 'not-svg' };
}

class NotSvg extends Error {}

class SvgWriter {
  readonly removed: string[] = [];
  sawRoot = false;
  private out = '';
  /** >0 while inside a dropped element: everything below it is dropped too. */
  private skipDepth = 0;
  /** Names of the open elements that were kept. */
  private readonly stack: string[] = [];
  /** Text of an open `<style>` element, checked as a whole when it closes. */
  private style: string | null = null;
  private width: number | null = null;
  private height: number | null = null;

  open(tag: SaxesTagNS): void {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    const svgElement = tag.uri === SVG_NS || tag.uri === '';
    if (!this.sawRoot) {
      if (!svgElement || tag.local !== 'svg') throw new NotSvg();
      this.sawRoot = true;
      this.readSize(tag);
    }
    if (!svgElement || !SVG_ELEMENTS.has(tag.local)) {
      this.skipDepth = 1;
      this.removed.push(tag.name);
      return;
    }
    const root = this.out === '' ? ` xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}"` : '';
    this.out += `<${tag.local}${root}${this.attributes(tag)}>`;
    this.stack.push(tag.local);
    if (tag.local === 'style') this.style = '';
  }

  close(): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const name = this.stack.pop() ?? 'g';
    if (name === 'style') {
      if (safeCss(this.style ?? '')) this.out += escapeText(this.style ?? '');
      else this.removed.push('style content');
      this.style = null;
    }
    this.out += `</${name}>`;
  }

  text(text: string): void {
    if (this.skipDepth > 0 || !this.sawRoot) return;
    if (this.style !== null) this.style += text;
    else this.out += escapeText(text);
  }

  result(): SanitizedSvg {
    return { svg: this.out, width: this.width, height: this.height, removed: this.removed };
  }

  private attributes(tag: SaxesTagNS): string {
    let out = '';
    for (const attr of Object.values(tag.attributes)) {
      const name = keptName(attr);
      if (name === null || !safeValue(tag.local, name, attr.value)) {
        if (attr.prefix !== 'xmlns' && attr.name !== 'xmlns') this.removed.push(`@${attr.name}`);
        continue;
      }
      out += ` ${name}="${escapeAttribute(attr.value)}"`;
    }
    return out;
  }

  private readSize(tag: SaxesTagNS): void {
    const attr = (name: string) => tag.attributes[name]?.value;
    const box = (attr('viewBox') ?? '')
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    this.width = length(attr('width')) ?? positive(box[2]);
    this.height = length(attr('height')) ?? positive(box[3]);
  }
}

/** The name an attribute is written under, or null when it is not allowed. */
function keptName(attr: SaxesAttributeNS): string | null {
  if (attr.uri === '' && SVG_ATTRIBUTES.has(attr.local)) return attr.local;
  if (attr.uri === XLINK_NS && attr.local === 'href') return 'xlink:href';
  if (attr.uri === XML_NS && (attr.local === 'space' || attr.local === 'lang')) return `xml:${attr.local}`;
  return null;
}

function safeValue(element: string, name: string, value: string): boolean {
  // Browsers ignore whitespace and control characters inside schemes ("java\tscript:").
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const squashed = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  if (squashed.includes('javascript:') || squashed.includes('vbscript:')) return false;
  if (name === 'href' || name === 'xlink:href') return safeHref(element, value.trim());
  if (name === 'style') return safeCss(value);
  return onlyLocalUrls(value);
}

/** Only references inside the document; `<image>` may also embed a raster image as a data URL. */
function safeHref(element: string, href: string): boolean {
  if (href.startsWith('#')) return true;
  return element === 'image' && /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i.test(href);
}

/** `url(...)` may point only at an element of the same document (`url(#gradient)`). */
function onlyLocalUrls(value: string): boolean {
  for (const match of value.matchAll(/url\s*\(\s*(['"]?)\s*([^'")]*)/gi)) {
    if (!(match[2] ?? '').startsWith('#')) return false;
  }
  return true;
}

/**
 * CSS in a `style` attribute or element: no @import, no external url(), no legacy script hooks.
 * Backslash escapes are refused outright because they can spell any of those in disguise.
 */
function safeCss(css: string): boolean {
  const lower = css.toLowerCase();
  if (/@import|expression\s*\(|-moz-binding|behavior\s*:|javascript:|\\/.test(lower)) return false;
  return onlyLocalUrls(css);
}

function length(value: string | undefined): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(value ?? '');
  return match ? positive(Number(match[1])) : null;
}

function positive(n: number | undefined): number | null {
  return n !== undefined && Number.isFinite(n) && n > 0 ? Math.round(n) : null;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/** Drawing elements kept; anything else (script, foreignObject, animate, set, a, iframe…) is dropped with its content. */
const SVG_ELEMENTS: ReadonlySet<string> = new Set(
  `
  svg g defs symbol use title desc switch path rect circle ellipse line polyline polygon text tspan
  textPath linearGradient radialGradient stop pattern clipPath mask marker image style filter feBlend
  feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap
  feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feMerge feMergeNode
  feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence
`
    .trim()
    .split(/\s+/),
);

/** Attributes kept (no namespace); every `on*` handler is absent, so event handlers are dropped. */
const SVG_ATTRIBUTES: ReadonlySet<string> = new Set(
  `
  id class style lang href version baseProfile viewBox preserveAspectRatio width height x y x1 y1 x2 y2 cx
  cy r rx ry fx fy fr d points pathLength transform dx dy rotate textLength lengthAdjust startOffset
  method spacing side fill fill-opacity fill-rule stroke stroke-width stroke-linecap stroke-linejoin
  stroke-miterlimit stroke-dasharray stroke-dashoffset stroke-opacity opacity color display visibility
  overflow clip clip-path clip-rule mask filter marker-start marker-mid marker-end paint-order
  vector-effect shape-rendering text-rendering image-rendering color-interpolation
  color-interpolation-filters mix-blend-mode isolation transform-origin transform-box font-family
  font-size font-size-adjust font-stretch font-style font-variant font-weight letter-spacing word-spacing
  text-anchor text-decoration dominant-baseline alignment-baseline baseline-shift writing-mode direction
  unicode-bidi white-space gradientUnits gradientTransform spreadMethod offset stop-color stop-opacity
  patternUnits patternContentUnits patternTransform clipPathUnits maskUnits maskContentUnits markerUnits
  markerWidth markerHeight refX refY orient filterUnits primitiveUnits in in2 result mode type values
  operator k1 k2 k3 k4 stdDeviation edgeMode flood-color flood-opacity lighting-color order kernelMatrix
  divisor bias targetX targetY preserveAlpha surfaceScale diffuseConstant specularConstant
  specularExponent kernelUnitLength azimuth elevation pointsAtX pointsAtY pointsAtZ limitingConeAngle z
  scale xChannelSelector yChannelSelector baseFrequency numOctaves seed stitchTiles radius tableValues
  slope intercept amplitude exponent role aria-label aria-labelledby aria-describedby aria-hidden
  focusable tabindex
`
    .trim()
    .split(/\s+/),
);
