/** Pages of the development mailbox. Styles live in /dev/mailbox.css so the strict CSP holds. */
import type { AttemptRow } from '@qspace/notifications';
import { esc } from './html.js';

interface Item {
  id: string;
  to: string;
  from: string;
  subject: string;
  template: string;
  status: string;
  transport: string | null;
  createdAt: string;
  text: string;
  links: string[];
}

const time = (iso: string) => new Date(iso).toISOString().replace('T', ' ').slice(0, 19);

function shell(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — Dev mailbox</title><link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/api/docs/docs.css"><link rel="stylesheet" href="/dev/mailbox.css"></head>
<body><header><div class="brand"><span class="logo">Q</span> Dev mailbox <span class="ver">development only</span></div>
<a class="raw" href="/api/dev/mailbox">JSON</a></header><main class="mbx">${body}</main></body></html>`;
}

export function renderMailboxPage(items: Item[], opts: { smtp: boolean; missing?: boolean }): string {
  const note = opts.smtp
    ? '<div class="note">SMTP_URL is set: mail is also delivered to your SMTP server. Every message is recorded here.</div>'
    : '<div class="note">No SMTP_URL is set, so mail stays here instead of being sent. Links in these emails work.</div>';
  const missing = opts.missing ? '<div class="warn">That message does not exist (any more).</div>' : '';
  const body =
    items.length === 0
      ? `<div class="empty"><div class="empty-icon">✉</div><h2>No mail yet</h2><p>Emails the platform sends — sign-up confirmations, password resets, invitations — appear here.</p></div>`
      : `<ul class="list">${items
          .map(
            (m) => `<li><a href="/dev/mailbox/${esc(m.id)}">
  <span class="to">${esc(m.to)}</span><span class="subject">${esc(m.subject)}</span>
  <span class="meta"><span class="pill ${esc(m.status)}">${esc(m.status)}</span> ${esc(time(m.createdAt))}</span></a></li>`,
          )
          .join('')}</ul>`;
  return shell(
    'Inbox',
    `<div class="bar"><h1>Inbox</h1><a class="btn" href="/dev/mailbox">Refresh</a></div>${note}${missing}${body}`,
  );
}

export function renderMessagePage(m: Item & { deliveries: AttemptRow[] }): string {
  const links = m.links.length
    ? `<h3>Links</h3><ul class="links">${m.links.map((l) => `<li><a href="${esc(l)}">${esc(l)}</a></li>`).join('')}</ul>`
    : '';
  const attempts = m.deliveries
    .map(
      (a) =>
        `<li><span class="pill ${a.ok ? 'sent' : 'failed'}">#${a.attempt} ${a.ok ? 'ok' : 'failed'}</span> ${esc(a.transport)} — ${esc(a.detail)}</li>`,
    )
    .join('');
  return shell(
    m.subject,
    `<p><a href="/dev/mailbox">← All mail</a></p>
<h1 class="subject-h">${esc(m.subject)}</h1>
<table class="headers"><tr><th>From</th><td>${esc(m.from)}</td></tr><tr><th>To</th><td>${esc(m.to)}</td></tr>
<tr><th>Date</th><td>${esc(time(m.createdAt))}</td></tr><tr><th>Template</th><td>${esc(m.template)}</td></tr>
<tr><th>Status</th><td><span class="pill ${esc(m.status)}">${esc(m.status)}</span></td></tr></table>
<iframe class="preview" title="Email preview" sandbox src="/dev/mailbox/${esc(m.id)}/html"></iframe>
${links}<h3>Plain text</h3><pre>${esc(m.text)}</pre>${attempts ? `<h3>Delivery attempts</h3><ul class="attempts">${attempts}</ul>` : ''}`,
  );
}

export const MAILBOX_CSS = `
.mbx{max-width:920px;margin:0 auto;padding:24px 20px 64px}.mbx p>a{color:var(--brand);text-decoration:none;font-weight:600}.bar{display:flex;justify-content:space-between;align-items:center;gap:12px}
.bar h1{margin:0}.btn{padding:8px 14px;border-radius:8px;border:1px solid var(--line);background:#fff;color:var(--ink);text-decoration:none;font-weight:600}
.note{margin:16px 0}.warn{margin:16px 0;background:#fef3c7;border:1px solid #fcd34d;border-radius:10px;padding:12px 16px}
.list{list-style:none;margin:16px 0 0;padding:0;background:#fff;border:1px solid var(--line);border-radius:12px;overflow:hidden}
.list li+li{border-top:1px solid var(--line)}.list a{display:grid;grid-template-columns:minmax(0,220px) minmax(0,1fr) auto;gap:16px;align-items:center;padding:14px 18px;color:var(--ink);text-decoration:none}
.list a:hover{background:#f9fafb}.to{font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.subject{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;color:var(--muted)}
.meta{font-size:13px;color:var(--muted);white-space:nowrap}.pill{display:inline-block;padding:2px 8px;border-radius:999px;font-size:12px;font-weight:600;background:var(--line)}
.pill.sent{background:#d1fae5;color:#065f46}.pill.queued{background:#e0e7ff;color:#3730a3}.pill.failed{background:#fee2e2;color:#991b1b}
.empty{text-align:center;padding:64px 16px;background:#fff;border:1px dashed var(--line);border-radius:12px;margin-top:16px}.empty-icon{font-size:40px}.empty p{color:var(--muted)}
.subject-h{font-size:24px}.headers{border-collapse:collapse;margin:0 0 20px}.headers th{text-align:left;padding:4px 16px 4px 0;color:var(--muted);font-weight:600}.headers td{padding:4px 0;overflow-wrap:anywhere}
.preview{width:100%;height:520px;border:1px solid var(--line);border-radius:12px;background:#f3f4f6}
.links,.attempts{padding-left:18px}.links a{overflow-wrap:anywhere;color:var(--brand)}pre{white-space:pre-wrap;overflow-wrap:anywhere}
@media (max-width:640px){.list a{grid-template-columns:1fr;gap:4px}.preview{height:420px}}
`;
