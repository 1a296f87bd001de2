/**
 * The site version: a counter per App bumped by every change visible on the public site (publish,
 * unpublish, page settings, theme). Public page caches key on it; the NOTIFY tells every server
 * process at once (it is delivered when the transaction commits).
 */
import { type Executor, queryRows } from '@qspace/core';
import { eq, sql } from 'drizzle-orm';
import { sites } from '../schema.js';

export const SITE_CHANNEL = 'qspace_site';

export async function bumpSiteVersion(tx: Executor, appId: string): Promise<void> {
  await tx
    .update(sites)
    .set({ siteVersion: sql`${sites.siteVersion} + 1`, updatedAt: new Date() })
    .where(eq(sites.appId, appId));
  await tx.execute(sql`select pg_notify(${SITE_CHANNEL}, ${appId})`);
}

/** `media:<uuid>` references anywhere in a JSON value. */
export function mediaRefs(value: unknown): string[] {
  const found = new Set<string>();
  for (const m of JSON.stringify(value ?? null).matchAll(
    /media:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/g,
  )) {
    if (m[1]) found.add(m[1]);
  }
  return [...found];
}

/** The display name of the acting user (for version history), or the actor's kind. */
export async function actorName(tx: Executor, actor: { type: string; id: string }): Promise<string> {
  if (actor.type !== 'user') return actor.type === 'api_key' ? 'API key' : 'Q-Space';
  const rows = await queryRows<{ name: string }>(tx, sql`select name from users where id = ${actor.id}`);
  return rows[0]?.name ?? 'Someone';
}
