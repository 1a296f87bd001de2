/**
 * Where a visit came from: the referrer's host and the UTM parameters and click ids of the landing
 * URL become a **source** (a name people recognise: "Google", "Instagram", "nation.africa") and a
 * **channel** (Direct, Organic Search, Organic Social, Email, Paid Search, Paid Social, Paid Other,
 * Referral). Pure functions over a hand-kept table; no I/O.
 */

export const CHANNELS = [
  'Direct',
  'Organic Search',
  'Organic Social',
  'Email',
  'Paid Search',
  'Paid Social',
  'Paid Other',
  'Referral',
] as const;
export type Channel = (typeof CHANNELS)[number];

type Kind = 'search' | 'social' | 'email';

interface KnownSource {
  name: string;
  kind: Kind;
  /** Host names (and their subdomains) that send this source's visitors. */
  hosts: string[];
  /** `utm_source` values (lowercase) that mean this source. */
  aliases: string[];
}

/** The source table. A host matches itself and any subdomain (`l.facebook.com` → Facebook). */
export const KNOWN_SOURCES: readonly KnownSource[] = [
  { name: 'Google', kind: 'search', hosts: ['google.com', 'google'], aliases: ['google', 'adwords'] },
  { name: 'Bing', kind: 'search', hosts: ['bing.com'], aliases: ['bing', 'microsoft'] },
  { name: 'DuckDuckGo', kind: 'search', hosts: ['duckduckgo.com'], aliases: ['duckduckgo', 'ddg'] },
  { name: 'Yahoo!', kind: 'search', hosts: ['search.yahoo.com', 'yahoo.com'], aliases: ['yahoo'] },
  { name: 'Yandex', kind: 'search', hosts: ['yandex.ru', 'yandex.com', 'ya.ru'], aliases: ['yandex'] },
  { name: 'Baidu', kind: 'search', hosts: ['baidu.com'], aliases: ['baidu'] },
  { name: 'Ecosia', kind: 'search', hosts: ['ecosia.org'], aliases: ['ecosia'] },
  { name: 'Brave Search', kind: 'search', hosts: ['search.brave.com'], aliases: ['brave'] },
  { name: 'Qwant', kind: 'search', hosts: ['qwant.com'], aliases: ['qwant'] },
  { name: 'Startpage', kind: 'search', hosts: ['startpage.com'], aliases: ['startpage'] },
  { name: 'Perplexity', kind: 'search', hosts: ['perplexity.ai'], aliases: ['perplexity'] },
  {
    name: 'ChatGPT',
    kind: 'search',
    hosts: ['chatgpt.com', 'chat.openai.com'],
    aliases: ['chatgpt', 'chatgpt.com'],
  },
  {
    name: 'Facebook',
    kind: 'social',
    hosts: ['facebook.com', 'fb.com', 'fb.me', 'messenger.com'],
    aliases: ['facebook', 'fb', 'meta', 'facebook.com', 'messenger'],
  },
  {
    name: 'Instagram',
    kind: 'social',
    hosts: ['instagram.com'],
    aliases: ['instagram', 'ig', 'insta', 'instagram.com'],
  },
  {
    name: 'X',
    kind: 'social',
    hosts: ['x.com', 'twitter.com', 't.co'],
    aliases: ['x', 'twitter', 'x.com', 't.co'],
  },
  { name: 'LinkedIn', kind: 'social', hosts: ['linkedin.com', 'lnkd.in'], aliases: ['linkedin', 'lnkd'] },
  {
    name: 'WhatsApp',
    kind: 'social',
    hosts: ['whatsapp.com', 'wa.me', 'whatsapp.net'],
    aliases: ['whatsapp', 'wa', 'whatsapp.com'],
  },
  { name: 'TikTok', kind: 'social', hosts: ['tiktok.com'], aliases: ['tiktok', 'tt'] },
  { name: 'YouTube', kind: 'social', hosts: ['youtube.com', 'youtu.be'], aliases: ['youtube', 'yt'] },
  {
    name: 'Telegram',
    kind: 'social',
    hosts: ['telegram.org', 't.me', 'telegram.me'],
    aliases: ['telegram', 'tg'],
  },
  { name: 'Reddit', kind: 'social', hosts: ['reddit.com', 'redd.it'], aliases: ['reddit'] },
  { name: 'Pinterest', kind: 'social', hosts: ['pinterest.com', 'pin.it'], aliases: ['pinterest'] },
  { name: 'Snapchat', kind: 'social', hosts: ['snapchat.com'], aliases: ['snapchat', 'snap'] },
  { name: 'Threads', kind: 'social', hosts: ['threads.net', 'threads.com'], aliases: ['threads'] },
  { name: 'Gmail', kind: 'email', hosts: ['mail.google.com'], aliases: ['gmail'] },
  {
    name: 'Outlook.com',
    kind: 'email',
    hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'],
    aliases: ['outlook'],
  },
  { name: 'Yahoo! Mail', kind: 'email', hosts: ['mail.yahoo.com'], aliases: ['yahoo mail'] },
];

const BY_HOST = new Map<string, KnownSource>();
const BY_ALIAS = new Map<string, KnownSource>();
for (const s of KNOWN_SOURCES) {
  for (const h of s.hosts) BY_HOST.set(h, s);
  for (const a of s.aliases) BY_ALIAS.set(a, s);
  BY_ALIAS.set(s.name.toLowerCase(), s);
}

/**
 * The known source for a host: exact, then each parent domain (`l.instagram.com` → `instagram.com`),
 * then Google's country domains (`google.co.ke`, `www.google.com.ng`).
 */
export function knownSourceOfHost(host: string): KnownSource | undefined {
  const h = host.toLowerCase().replace(/^www\./, '');
  const labels = h.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const hit = BY_HOST.get(labels.slice(i).join('.'));
    if (hit) return hit;
  }
  // google.<tld> and google.co.<cc>/google.com.<cc>
  const google = labels.indexOf('google');
  if (google >= 0 && labels.length - google <= 3) return BY_HOST.get('google');
  return undefined;
}

export interface UtmParams {
  source: string;
  medium: string;
  campaign: string;
  term: string;
  content: string;
}

export const EMPTY_UTM: UtmParams = { source: '', medium: '', campaign: '', term: '', content: '' };

export interface Attribution {
  /** '' for a direct visit. */
  source: string;
  channel: Channel;
  /** The referrer's host without `www.` ('' when none or internal). */
  referrer: string;
}

const UTM_CHARS = 100;

/** UTM parameters and click ids from a landing URL's query. */
export function utmOf(params: URLSearchParams): {
  utm: UtmParams;
  clickId: 'gclid' | 'msclkid' | 'fbclid' | null;
} {
  const get = (k: string) => (params.get(k) ?? '').trim().slice(0, UTM_CHARS);
  const utm = {
    source: get('utm_source') || get('ref') || get('source'),
    medium: get('utm_medium'),
    campaign: get('utm_campaign'),
    term: get('utm_term'),
    content: get('utm_content'),
  };
  const clickId =
    params.has('gclid') || params.has('gbraid') || params.has('wbraid')
      ? 'gclid'
      : params.has('msclkid')
        ? 'msclkid'
        : params.has('fbclid')
          ? 'fbclid'
          : null;
  return { utm, clickId };
}

const PAID_MEDIUM =
  /^(cpc|ppc|cpm|cpv|cpa|paid|paid[-_ ]?(search|social|media|ads?)|display|banner|ads?|retargeting)$/;
const EMAIL_MEDIUM = /^(e[-_ ]?mail|newsletter|mailchimp)$/;
const SOCIAL_MEDIUM = /^(social|social[-_ ]?(network|media)|sm|organic[-_ ]?social)$/;

/** The referrer host, when it is a real other site (not the page's own host, not a non-web scheme). */
export function referrerHost(referrer: string, pageHost: string): string {
  if (!referrer) return '';
  let url: URL;
  try {
    url = new URL(referrer);
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    // Android apps send `android-app://com.google.android.gm/` and the like.
    if (url.protocol === 'android-app:') return url.host.toLowerCase();
    return '';
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return host === pageHost.toLowerCase().replace(/^www\./, '') ? '' : host;
}

const ANDROID_APPS: Record<string, string> = {
  'com.google.android.gm': 'Gmail',
  'com.google.android.googlequicksearchbox': 'Google',
  'com.facebook.katana': 'Facebook',
  'com.instagram.android': 'Instagram',
  'com.whatsapp': 'WhatsApp',
  'org.telegram.messenger': 'Telegram',
  'com.linkedin.android': 'LinkedIn',
  'com.twitter.android': 'X',
  'com.zhiliaoapp.musically': 'TikTok',
};

/** Referrer + UTM + click ids → source and channel. */
export function attribute(input: {
  referrerHost: string;
  utm: UtmParams;
  clickId: string | null;
}): Attribution {
  const { utm, clickId } = input;
  const fromApp = ANDROID_APPS[input.referrerHost];
  const fromReferrer = fromApp
    ? BY_ALIAS.get(fromApp.toLowerCase())
    : input.referrerHost
      ? knownSourceOfHost(input.referrerHost)
      : undefined;
  const utmSource = utm.source.toLowerCase();
  const fromUtm = utmSource ? BY_ALIAS.get(utmSource) : undefined;
  const known = fromUtm ?? (utmSource ? undefined : fromReferrer);
  let source = known?.name ?? (utm.source || fromApp || input.referrerHost);
  const medium = utm.medium.toLowerCase();
  const kind = known?.kind;
  let channel: Channel;
  if (clickId === 'gclid' || clickId === 'msclkid') {
    channel = 'Paid Search';
    if (!source) source = clickId === 'gclid' ? 'Google' : 'Bing';
  } else if (clickId === 'fbclid' || (PAID_MEDIUM.test(medium) && kind === 'social')) {
    channel = 'Paid Social';
    if (!source) source = 'Facebook';
  } else if (PAID_MEDIUM.test(medium)) {
    channel = kind === 'search' ? 'Paid Search' : 'Paid Other';
  } else if (EMAIL_MEDIUM.test(medium) || kind === 'email') {
    channel = 'Email';
  } else if (SOCIAL_MEDIUM.test(medium) || kind === 'social') {
    channel = 'Organic Social';
  } else if (kind === 'search' || medium === 'organic') {
    channel = 'Organic Search';
  } else if (source) {
    channel = 'Referral';
  } else {
    channel = 'Direct';
  }
  return { source: source.slice(0, UTM_CHARS), channel, referrer: input.referrerHost };
}
