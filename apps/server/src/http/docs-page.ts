/**
 * A readable API reference rendered on the server from the OpenAPI document — no third-party
 * scripts or CDNs, so it works offline and under a strict Content-Security-Policy.
 */
import { esc } from './html.js';

type Json = Record<string, unknown>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function resolveRef(doc: Json, schema: Json | undefined): Json | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== 'string') return schema;
  const name = ref.split('/').pop() ?? '';
  const components = (doc.components as Json | undefined)?.schemas as Json | undefined;
  return { ...(components?.[name] as Json | undefined), title: name };
}

function schemaExample(doc: Json, schema: Json | undefined, depth = 0): unknown {
  const s = resolveRef(doc, schema);
  if (!s || depth > 6) return null;
  if (s.example !== undefined) return s.example;
  if (Array.isArray(s.enum)) return s.enum.join(' | ');
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.anyOf)) return schemaExample(doc, s.anyOf[0] as Json, depth + 1);
  switch (s.type) {
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, Json>;
      return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, schemaExample(doc, v, depth + 1)]));
    }
    case 'array':
      return [schemaExample(doc, s.items as Json, depth + 1)];
    case 'string':
      return s.format ? `<${s.format}>` : 'string';
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return true;
    default:
      return null;
  }
}

function operation(doc: Json, path: string, method: string, op: Json): string {
  const responses = Object.entries((op.responses ?? {}) as Record<string, Json>).map(([status, r]) => {
    const schema = ((r.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema as
      | Json
      | undefined;
    const example = schema ? `<pre>${esc(JSON.stringify(schemaExample(doc, schema), null, 2))}</pre>` : '';
    return `<div class="resp"><span class="status s${esc(status[0])}">${esc(status)}</span> ${esc(r.description)}${example}</div>`;
  });
  const body = ((op.requestBody as Json | undefined)?.content as Json | undefined)?.['application/json'] as
    | Json
    | undefined;
  const request = body
    ? `<h4>Request body</h4><pre>${esc(JSON.stringify(schemaExample(doc, body.schema as Json), null, 2))}</pre>`
    : '';
  const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
  return `<section class="op" id="${esc(id)}">
  <h3><span class="method m-${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
  <p>${esc(op.summary)}</p>${op.description ? `<p class="desc">${esc(op.description)}</p>` : ''}
  ${request}<h4>Responses</h4>${responses.join('')}
</section>`;
}

export function renderDocsPage(doc: Json): string {
  const info = (doc.info ?? {}) as Json;
  const byTag = new Map<string, string[]>();
  const nav: string[] = [];
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const tag = (op.tags as string[] | undefined)?.[0] ?? 'General';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operation(doc, path, method, op)]);
      const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
      nav.push(
        `<a href="#${esc(id)}"><span class="method m-${method}">${method.toUpperCase()}</span> ${esc(path)}</a>`,
      );
    }
  }
  const sections = [...byTag.entries()].map(([tag, ops]) => `<h2>${esc(tag)}</h2>${ops.join('')}`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title)} — API reference</title><link rel="stylesheet" href="/api/docs/docs.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body><header><div class="brand"><span class="logo">Q</span> ${esc(info.title)} <span class="ver">v${esc(info.version)}</span></div>
<a class="raw" href="/api/openapi.json">openapi.json</a></header>
<div class="layout"><nav aria-label="Endpoints">${nav.join('')}</nav>
<main><h1>API reference</h1><p class="lead">${esc(info.description)}</p>
<div class="note">Errors always have the shape <code>{ "error": { "code", "message", "details" } }</code>; every response carries an <code>X-Request-Id</code> header to quote when reporting a problem.</div>
${sections}</main></div></body></html>`;
}

export const DOCS_CSS = `
:root{--bg:#f7f7f8;--card:#fff;--ink:#16181d;--muted:#5d6472;--line:#e4e6eb;--brand:#0f766e;--get:#0f766e;--post:#1d4ed8;--put:#a16207;--patch:#7c3aed;--delete:#b91c1c}
*{box-sizing:border-box}body{margin:0;font:15px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header{display:flex;justify-content:space-between;align-items:center;padding:14px 24px;background:var(--card);border-bottom:1px solid var(--line);position:sticky;top:0;z-index:10}
.brand{font-weight:650;display:flex;gap:10px;align-items:center}.logo{display:inline-grid;place-items:center;width:28px;height:28px;border-radius:8px;background:var(--brand);color:#fff}
.ver{font-weight:500;color:var(--muted);font-size:13px}.raw{color:var(--brand);text-decoration:none;font-size:14px}
.layout{display:grid;grid-template-columns:280px 1fr;max-width:1200px;margin:0 auto}
nav{padding:24px 16px;position:sticky;top:57px;align-self:start;max-height:calc(100vh - 57px);overflow:auto}
nav a{display:flex;gap:8px;align-items:center;padding:6px 8px;border-radius:6px;color:var(--ink);text-decoration:none;font-size:13px;overflow-wrap:anywhere;min-width:0}nav a:hover{background:var(--line)}
main{padding:24px 32px 64px;min-width:0}h1{margin:0 0 4px;font-size:28px}.lead{color:var(--muted);margin-top:0}
h2{margin:32px 0 12px;font-size:18px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.note{background:#ecfdf5;border:1px solid #a7f3d0;border-radius:10px;padding:12px 16px;font-size:14px}
.op{scroll-margin-top:72px;background:var(--card);border:1px solid var(--line);border-radius:12px;padding:16px 20px;margin:12px 0}
.op h3{margin:0;font-size:16px;display:flex;gap:10px;align-items:center;flex-wrap:wrap}.op h3 code{overflow-wrap:anywhere;min-width:0}.op h4{margin:14px 0 6px;font-size:13px;color:var(--muted)}
.method{font:600 11px/1 ui-monospace,monospace;padding:4px 6px;border-radius:5px;color:#fff;min-width:52px;text-align:center;white-space:nowrap;flex:none}
.m-get{background:var(--get)}.m-post{background:var(--post)}.m-put{background:var(--put)}.m-patch{background:var(--patch)}.m-delete{background:var(--delete)}
pre{background:#0f172a;color:#e2e8f0;padding:12px 14px;border-radius:8px;overflow:auto;font-size:13px}code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
.resp{margin:6px 0}.status{font:600 12px ui-monospace,monospace;padding:2px 6px;border-radius:4px;background:var(--line)}.s2{background:#d1fae5}.s4,.s5{background:#fee2e2}
@media (max-width:760px){.layout{grid-template-columns:1fr}nav{position:static;max-height:42vh;border-bottom:1px solid var(--line)}main{padding:16px}}
`;
