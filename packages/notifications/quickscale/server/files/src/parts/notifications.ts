/**
 * @qspace/notifications in this project: every email is recorded, then delivered by a durable job
 * with retries — through SMTP when SMTP_URL is set, otherwise kept in the development mailbox.
 * Outside production the mailbox is at /dev/mailbox (and /api/dev/mailbox as JSON).
 */
import {
  createDeliveryHandler,
  DELIVERY_JOB,
  getMessage,
  listMailbox,
  type MailTransport,
  notificationsMigrations,
  transportFromEnv,
} from '@qspace/notifications';
import { escapeHtml } from '../kernel/http.js';
import { definePart } from '../kernel/part.js';

declare module '../kernel/part.js' {
  interface Services {
    mail: MailTransport;
  }
}

function mailboxPage(
  rows: Array<{ id: string; subject: string; toAddress: string; createdAt: Date; status: string }>,
): string {
  const items = rows
    .map(
      (
        m,
      ) => `<li><div class="grow"><a href="/dev/mailbox/${m.id}"><strong>${escapeHtml(m.subject)}</strong></a>
<div class="muted">to ${escapeHtml(m.toAddress)} · ${m.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</div></div>
<span class="badge neutral">${escapeHtml(m.status)}</span></li>`,
    )
    .join('');
  const body = rows.length
    ? `<ul class="list">${items}</ul>`
    : `<div class="empty"><h2>No mail yet</h2><p class="muted">Mail the app sends (sign-up confirmations, password resets) lands here while SMTP_URL is unset.</p></div>`;
  return shell(
    'Development mailbox',
    `<div class="page-head"><div><p class="eyebrow">Development</p><h1>Mailbox</h1>
<p class="muted">Every email this app sent, kept here because SMTP_URL is not set.</p></div></div><div class="card">${body}</div>`,
  );
}

function shell(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/static/app.css"></head><body><main class="page">${body}</main></body></html>`;
}

export default definePart({
  name: 'notifications',
  migrations: [notificationsMigrations],
  setup(ctx) {
    ctx.services.mail = transportFromEnv(ctx.config.SMTP_URL);
    ctx.jobs[DELIVERY_JOB] = createDeliveryHandler(ctx.services.mail);
  },
  routes(app, ctx) {
    if (ctx.config.NODE_ENV === 'production') return;
    app.get('/api/dev/mailbox', async (c) => {
      const rows = await listMailbox(ctx.database, {
        ...(c.req.query('to') ? { to: c.req.query('to') } : {}),
      });
      return c.json({
        messages: rows.map((m) => ({
          id: m.id,
          to: m.toAddress,
          subject: m.subject,
          text: m.text,
          status: m.status,
          createdAt: m.createdAt,
        })),
      });
    });
    app.get('/dev/mailbox', async (c) => c.html(mailboxPage(await listMailbox(ctx.database))));
    app.get('/dev/mailbox/:id', async (c) => {
      const m = await getMessage(ctx.database, c.req.param('id'));
      if (!m)
        return c.html(
          shell(
            'Not found',
            '<div class="card empty"><h1>No such message</h1><p><a href="/dev/mailbox">Back to the mailbox</a></p></div>',
          ),
          404,
        );
      // The message is shown in a sandboxed frame; its links open in this tab.
      const doc = `<base target="_top">${m.html}`;
      return c.html(
        shell(
          m.subject,
          `<p><a href="/dev/mailbox">← Mailbox</a></p><div class="card"><h1>${escapeHtml(m.subject)}</h1>
<p class="muted">From ${escapeHtml(m.fromAddress)} to ${escapeHtml(m.toAddress)}</p>
<iframe title="Message" sandbox="allow-top-navigation-by-user-activation allow-popups" srcdoc="${escapeHtml(doc)}" style="width:100%;min-height:520px;border:1px solid var(--line);border-radius:10px;background:#fff"></iframe></div>`,
        ),
      );
    });
  },
});
