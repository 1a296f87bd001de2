/**
 * Security headers sent with every response, computed once at start-up. The Node listener sets
 * them on the raw response (see listener.ts for why not in a Hono middleware).
 */

export interface SecurityHeadersOptions {
  /** HSTS only makes sense behind HTTPS, i.e. in production. */
  hsts: boolean;
}

/**
 * The one inline stylesheet the dashboard needs: the drag-and-drop styles Puck (the page editor)
 * writes into its preview iframe as a <style> element. Allowed by its hash, so no other inline style
 * is. A Puck upgrade that changes that text shows as a CSP error in the editor's browser test
 * (e2e/test/editor.browser.test.ts), which prints the new hash to put here.
 */
export const PUCK_IFRAME_STYLE_HASH = "'sha256-7oCaXV5kddj0GXz76wNgX02JS4wosdTHGA8eb5MQVx4='";

const CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${PUCK_IFRAME_STYLE_HASH}`,
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
