/** Small HTTP helpers shared by the parts: escaping, the error page, the client's address. */
import type { Context } from 'hono';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string);
}

const TITLES: Record<number, string> = {
  400: 'That request did not work',
  401: 'Please sign in',
  403: 'Not allowed',
  404: 'Page not found',
  413: 'That is too large',
  429: 'Too many requests',
  500: 'Something went wrong',
};

/** A complete, self-styled error page (used when no frontend template applies). */
export function errorPage(status: number, message: string): string {
  const title = TITLES[status] ?? 'Something went wrong';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/static/app.css"></head>
<body><main class="page narrow"><div class="card empty">
<p class="eyebrow">Error ${status}</p><h1>${escapeHtml(title)}</h1><p class="muted">${escapeHtml(message)}</p>
<p><a class="button" href="/">Back to the start</a></p></div></main></body></html>`;
}

/** The client's IP address as the socket saw it (behind a proxy, set up X-Forwarded-For there). */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
