/**
 * Security headers sent with every response, computed once at start-up. The Node listener sets
 * them on the raw response (see listener.ts for why not in a Hono middleware).
 */

export interface SecurityHeadersOptions {
  /** HSTS only makes sense behind HTTPS, i.e. in production. */
  hsts: boolean;
}

const CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
].join('; ');

export function securityHeaderList(options: SecurityHeadersOptions): Array<[string, string]> {
  const headers: Array<[string, string]> = [
    ['Content-Security-Policy', CSP],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Origin-Agent-Cluster', '?1'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['X-Permitted-Cross-Domain-Policies', 'none'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(self)'],
  ];
  if (options.hsts) headers.push(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']);
  return headers;
}
