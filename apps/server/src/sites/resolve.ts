/**
 * Which public site a request is for, if any: `/s/<slug>/…` on any host, `<slug>.<SITES_DOMAIN>`,
 * or any other host that is not the platform's own (a custom domain, looked up by Host).
 */

export interface SiteTarget {
  kind: 'slug' | 'domain';
  /** The App slug or the custom domain. */
  key: string;
  /** Prefix of the site's URLs in this request: `/s/<slug>` or ''. */
  basePath: string;
  /** Path inside the site, starting with `/`. */
  path: string;
  /** The raw query string (without `?`), possibly empty. */
  query: string;
}

export interface SiteHosts {
  sitesDomain: string;
  /** Hosts that serve the platform itself (dashboard, API). */
  platformHosts: ReadonlySet<string>;
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/;
const PATH_SITE = /^\/s\/([a-z0-9-]{3,40})(\/.*)?$/;
const IP = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:]+\])$/i;

export function platformHosts(publicUrl: string): Set<string> {
  return new Set([new URL(publicUrl).hostname.toLowerCase(), 'localhost', '127.0.0.1', '[::1]']);
}

export function hostName(host: string | undefined): string {
  if (!host) return '';
  const lower = host.toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  const colon = lower.indexOf(':');
  return colon === -1 ? lower : lower.slice(0, colon);
}

export function siteTarget(hostHeader: string | undefined, url: string, hosts: SiteHosts): SiteTarget | null {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const query = q === -1 ? '' : url.slice(q + 1);
  const inPath = PATH_SITE.exec(path);
  if (inPath?.[1] && SLUG.test(inPath[1])) {
    return { kind: 'slug', key: inPath[1], basePath: `/s/${inPath[1]}`, path: inPath[2] || '/', query };
  }
  const host = hostName(hostHeader);
  if (!host || hosts.platformHosts.has(host) || IP.test(host)) return null;
  const suffix = `.${hosts.sitesDomain}`;
  if (host.endsWith(suffix)) {
    const label = host.slice(0, -suffix.length);
    if (SLUG.test(label) && label !== 'www') return { kind: 'slug', key: label, basePath: '', path, query };
    return null;
  }
  return { kind: 'domain', key: host, basePath: '', path, query };
}
