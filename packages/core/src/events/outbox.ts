import { and, asc, eq, gte } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { newId } from '../ids.js';
import { events } from './schema.js';

export interface InternalEvent {
  id: string;
  appId: string;
  type: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

/** Records an event in the caller's transaction: it exists exactly when the change commits. */
export async function publishEvent(
  tx: Executor,
  input: { appId: string; type: string; payload?: Record<string, unknown>; occurredAt?: Date },
): Promise<string> {
  const id = newId();
  await tx.insert(events).values({
    id,
    appId: input.appId,
    type: input.type,
    payload: input.payload ?? {},
    occurredAt: input.occurredAt ?? new Date(),
  });
  return id;
}

/** Events of one App (RLS-scoped when `tx` is a tenant transaction), oldest first. */
export async function listEvents(
  tx: Executor,
  filter: { appId: string; type?: string; since?: Date; limit?: number },
): Promise<InternalEvent[]> {
  const rows = await tx
    .select()
    .from(events)
    .where(
      and(
        eq(events.appId, filter.appId),
        filter.type ? eq(events.type, filter.type) : undefined,
        filter.since ? gte(events.occurredAt, filter.since) : undefined,
      ),
    )
    .orderBy(asc(events.occurredAt))
    .limit(filter.limit ?? 1000);
  return rows.map((r) => ({ ...r, payload: r.payload as Record<string, unknown> }));
}
