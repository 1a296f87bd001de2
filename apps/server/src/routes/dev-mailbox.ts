/**
 * The development mailbox: every email the platform stored, readable at `/dev/mailbox` (a page) and
 * `GET /api/dev/mailbox` (JSON). Mounted only outside production (see app.ts).
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { CoreErrors, type Database } from '@qspace/core';
import { getMessage, listMailbox, type MessageRow } from '@qspace/notifications';
import type { ServerConfig } from '../env.js';
import { errorResponse } from '../http/errors.js';
import { MAILBOX_CSS, renderMailboxPage, renderMessagePage } from '../http/mailbox-page.js';
import type { AppEnv } from '../http/types.js';

const Message = z
  .object({
    id: z.string(),
    to: z.string(),
    from: z.string(),
    subject: z.string(),
    template: z.string(),
    status: z.enum(['queued', 'sent', 'failed']),
    transport: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    text: z.string(),
    html: z.string(),
    links: z.array(z.string()),
  })
  .openapi('MailboxMessage');

const list = createRoute({
  method: 'get',
  path: '/api/dev/mailbox',
  tags: ['Development'],
  summary: 'Emails captured by the development mailbox (development only)',
  request: {
    query: z.object({
      to: z.string().optional().openapi({ description: 'Only mail to this address' }),
      limit: z.coerce.number().int().min(1).max(500).optional(),
    }),
  },
  responses: {
    200: {
      description: 'Newest first.',
      content: { 'application/json': { schema: z.object({ messages: z.array(Message) }) } },
    },
  },
});

const one = createRoute({
  method: 'get',
  path: '/api/dev/mailbox/{id}',
  tags: ['Development'],
  summary: 'One captured email with its delivery attempts (development only)',
  request: { params: z.object({ id: z.uuid() }) },
  responses: {
    200: { description: 'The message.', content: { 'application/json': { schema: Message } } },
    404: { description: 'No such message.' },
  },
});

/** Absolute links in an email's text part, for tests and the page ("open the link"). */
function linksOf(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"')]+/g) ?? [])];
}

function toDto(m: MessageRow) {
  return {
    id: m.id,
    to: m.toAddress,
    from: m.fromAddress,
    subject: m.subject,
    template: m.template,
    status: m.status,
    transport: m.transport,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt ? m.sentAt.toISOString() : null,
    text: m.text,
    html: m.html,
    links: linksOf(m.text),
  };
}

export function devMailboxRoutes(
  app: OpenAPIHono<AppEnv>,
  database: Database,
  config: Pick<ServerConfig, 'SMTP_URL'>,
): void {
  app.openapi(list, async (c) => {
    const { to, limit } = c.req.valid('query');
    const rows = await listMailbox(database, { to, limit });
    return c.json({ messages: rows.map(toDto) }, 200);
  });
  app.openapi(one, async (c) => {
    const message = await getMessage(database, c.req.valid('param').id);
    if (!message)
      return errorResponse(
        c,
        CoreErrors.not_found(undefined, 'No email with this id in the mailbox.'),
      ) as never;
    return c.json(toDto(message), 200);
  });

  app.get('/dev/mailbox.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(MAILBOX_CSS);
  });
  app.get('/dev/mailbox', async (c) => {
    const rows = await listMailbox(database, { limit: 200 });
    return c.html(renderMailboxPage(rows.map(toDto), { smtp: Boolean(config.SMTP_URL) }));
  });
  app.get('/dev/mailbox/:id', async (c) => {
    const id = c.req.param('id');
    const message = /^[0-9a-f-]{36}$/i.test(id) ? await getMessage(database, id) : undefined;
    if (!message)
      return c.html(renderMailboxPage([], { smtp: Boolean(config.SMTP_URL), missing: true }), 404);
    return c.html(renderMessagePage({ ...toDto(message), deliveries: message.deliveries }));
  });
  // The email's own HTML, shown in a sandboxed frame: its inline styles need a looser CSP than our pages,
  // and scripts stay forbidden.
  app.get('/dev/mailbox/:id/html', async (c) => {
    const id = c.req.param('id');
    const message = /^[0-9a-f-]{36}$/i.test(id) ? await getMessage(database, id) : undefined;
    if (!message) return c.text('Not found', 404);
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; frame-ancestors 'self'",
    );
    c.header('X-Frame-Options', 'SAMEORIGIN');
    return c.html(message.html);
  });
}
