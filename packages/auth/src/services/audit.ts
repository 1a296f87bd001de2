/** The per-App audit log of security-relevant actions (RLS keeps each App's log to itself). */
import { type Database, type Executor, newId, type TenantContext } from '@qspace/core';
import { and, desc, lt } from 'drizzle-orm';
import { authorize } from '../domain/permissions.js';
import { auditEvents } from '../schema.js';

export interface AuditInput {
  action: string;
  target?: string;
  details?: Record<string, unknown>;
  ip?: string | null;
}

/** Records an event inside the caller's tenant transaction. */
export async function recordAudit(tx: Executor, ctx: TenantContext, input: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values({
    id: newId(),
    appId: ctx.appId,
    actorType: ctx.actor.type,
    actorId: ctx.actor.id,
    action: input.action,
    target: input.target ?? null,
    details: input.details ?? {},
    ip: input.ip ?? null,
  });
}

export interface AuditPage {
  events: Array<typeof auditEvents.$inferSelect>;
  /** Pass as `before` for the next (older) page; null at the end. */
  next: string | null;
}

export async function listAudit(
  database: Database,
  ctx: TenantContext,
  query: { limit?: number; before?: string } = {},
): Promise<AuditPage> {
  authorize(ctx, 'audit.read');
  const limit = Math.min(query.limit ?? 50, 200);
  const rows = await database.tenant(ctx, (tx) =>
    tx
      .select()
      .from(auditEvents)
      .where(and(query.before ? lt(auditEvents.id, query.before) : undefined))
      .orderBy(desc(auditEvents.id))
      .limit(limit + 1),
  );
  const events = rows.slice(0, limit);
  return { events, next: rows.length > limit ? (events.at(-1)?.id ?? null) : null };
}
