/**
 * User agent → device type, browser and OS (bowser, a maintained parser), and bot detection: the
 * `isbot` list of crawlers plus headless and automation markers. Results are cached per user-agent
 * string because parsing costs ~20 µs and a site's visitors share a few hundred agents.
 */
import Bowser from 'bowser';
import { isbot } from 'isbot';

export const DEVICE_TYPES = ['Desktop', 'Mobile', 'Tablet', 'TV', 'Other'] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

export interface UserAgentInfo {
  bot: boolean;
  device: DeviceType;
  browser: string;
  os: string;
}

/** Headless browsers and automation tools that `isbot` may not name. */
const HEADLESS =
  /headless|lighthouse|phantomjs|slimerjs|puppeteer|playwright|selenium|webdriver|electron\/|cypress|jsdom|prerender|pagespeed|ptst\/|google-inspectiontool|chrome-lighthouse/i;

const DEVICE: Record<string, DeviceType> = {
  desktop: 'Desktop',
  mobile: 'Mobile',
  tablet: 'Tablet',
  tv: 'TV',
};

/** True for crawlers, monitors, scripts and headless browsers (and for an empty or absurd agent). */
export function isBotAgent(userAgent: string): boolean {
  if (userAgent.length < 10 || userAgent.length > 1000) return true;
  return HEADLESS.test(userAgent) || isbot(userAgent);
}

function parse(userAgent: string): UserAgentInfo {
  if (isBotAgent(userAgent)) return { bot: true, device: 'Other', browser: '', os: '' };
  const parser = Bowser.getParser(userAgent);
  const platform = parser.getPlatformType(true);
  if (platform === 'bot') return { bot: true, device: 'Other', browser: '', os: '' };
  return {
    bot: false,
    device: DEVICE[platform] ?? 'Other',
    browser: (parser.getBrowserName() || 'Other').slice(0, 40),
    os: (parser.getOSName() || 'Other').slice(0, 40),
  };
}

const CACHE_SIZE = 5_000;
const cache = new Map<string, UserAgentInfo>();

/** Parses a user agent (cached, least-recently-inserted entries dropped first). */
export function parseUserAgent(userAgent: string): UserAgentInfo {
  const hit = cache.get(userAgent);
  if (hit) return hit;
  const info = parse(userAgent);
  if (cache.size >= CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(userAgent, info);
  return info;
}

export const SCREEN_CLASSES = ['Mobile', 'Tablet', 'Laptop', 'Desktop'] as const;
export type ScreenClass = (typeof SCREEN_CLASSES)[number] | '';

/** The screen-size class of a viewport width in CSS pixels ('' when unknown). */
export function screenClass(width: number | undefined): ScreenClass {
  if (width === undefined || !Number.isFinite(width) || width <= 0) return '';
  if (width < 576) return 'Mobile';
  if (width < 992) return 'Tablet';
  if (width < 1440) return 'Laptop';
  return 'Desktop';
}
