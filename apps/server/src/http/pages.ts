/**
 * The few HTML pages the server itself shows until the dashboard lands: a start page and a 404.
 * Styles are served as a file (`/api/docs/docs.css` shares the palette) so the strict CSP holds.
 */
const shell = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/api/docs/docs.css"><link rel="stylesheet" href="/pages.css"></head>
<body class="page">${body}</body></html>`;

export function renderHomePage(): string {
  return shell(
    'Q-Space',
    `<main class="hero">
  <div class="badge"><span class="dot"></span> Server running</div>
  <h1><span class="logo">Q</span> Q-Space</h1>
  <p class="tagline">Launch and run your business online from one place — website, payments, analytics.</p>
  <div class="actions"><a class="btn primary" href="/api/docs">Explore the API</a><a class="btn" href="/readyz">Readiness</a></div>
  <p class="fine">The dashboard arrives in a coming release. This instance is healthy and ready for it.</p>
</main>`,
  );
}

/** A one-message page: a heading, a sentence (trusted HTML, escaped by the caller) and actions. */
export function renderMessagePage(title: string, bodyHtml: string, actionsHtml: string): string {
  return shell(
    `${title} — Q-Space`,
    `<main class="hero"><span class="logo">Q</span><h1>${title.replaceAll('<', '&lt;')}</h1>
  <p class="tagline">${bodyHtml}</p><div class="actions">${actionsHtml}</div></main>`,
  );
}

export function renderNotFoundPage(): string {
  return shell(
    'Page not found — Q-Space',
    `<main class="hero"><div class="code">404</div><h1>Page not found</h1>
  <p class="tagline">The address may be mistyped, or the page has moved.</p>
  <div class="actions"><a class="btn primary" href="/">Go to the start page</a></div></main>`,
  );
}

export const PAGES_CSS = `
body.page{min-height:100vh;display:grid;place-items:center;background:radial-gradient(1200px 600px at 10% -10%,#ccfbf1 0,transparent 60%),radial-gradient(900px 500px at 110% 110%,#e0e7ff 0,transparent 60%),#f8fafc}
.hero{max-width:640px;padding:48px 24px;text-align:center}
.hero h1{font-size:clamp(32px,6vw,48px);margin:16px 0 8px;display:flex;gap:14px;justify-content:center;align-items:center;letter-spacing:-.02em}
.hero .logo{width:48px;height:48px;font-size:26px;border-radius:12px}
.tagline{font-size:18px;color:var(--muted);margin:0 0 28px}
.badge{display:inline-flex;gap:8px;align-items:center;padding:6px 12px;border-radius:999px;background:#fff;border:1px solid var(--line);font-size:13px;color:var(--muted)}
.dot{width:8px;height:8px;border-radius:50%;background:#10b981;box-shadow:0 0 0 4px #d1fae5}
.actions{display:flex;gap:12px;justify-content:center;flex-wrap:wrap}
.btn{display:inline-block;padding:11px 18px;border-radius:10px;border:1px solid var(--line);background:#fff;color:var(--ink);text-decoration:none;font-weight:600}
.btn.primary{background:var(--brand);border-color:var(--brand);color:#fff}.btn:hover{filter:brightness(.96)}
button.btn{cursor:pointer;font:inherit;font-weight:600}.hero .logo{display:inline-grid;place-items:center;background:var(--brand);color:#fff}
.fine{margin-top:32px;font-size:13px;color:var(--muted)}
.code{font:700 64px/1 ui-monospace,monospace;color:var(--brand)}
`;

/** The Q-Space mark, used as the favicon. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#0f766e"/><text x="32" y="44" font-family="system-ui,sans-serif" font-size="36" font-weight="700" text-anchor="middle" fill="#fff">Q</text></svg>`;
