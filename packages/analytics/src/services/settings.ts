/**
 * Per-App analytics settings: the reporting time zone and whether Do-Not-Track / Global Privacy
 * Control are honoured. A missing row means the defaults. Ingest reads them through a short-lived
 * in-memory cache; changes apply within `SETTINGS_TTL_MS`.
 */
import { authorize } from '@qspace/auth';
import { type Database, type Executor, systemContext, type TenantContext } from '@qspace/core';
import { eq, sql } from 'drizzle-orm';
import { isTimeZone } from '../domain/visitor.js';
import { AnalyticsErrors } from '../errors.js';
import { settings } from '../schema.js';

export const DEFAULT_TIMEZONE = 'Africa/Nairobi';
export const SETTINGS_TTL_MS = 5_000;

export interface AnalyticsSettings {
  timezone: string;
  respectDnt: boolean;
}

export async function readSettings(tx: Executor, appId: string): Promise<AnalyticsSettings> {
  const [row] = await tx
    .select({ timezone: settings.timezone, respectDnt: settings.respectDnt })
    .from(settings)
    .where(eq(settings.appId, appId));
  return row ?? { timezone: DEFAULT_TIMEZONE, respectDnt: false };
}

/** The App's analytics settings (any member). */
export async function getSettings(database: Database, ctx: TenantContext): Promise<AnalyticsSettings> {
  authorize(ctx, 'analytics.read');
  return database.tenant(ctx, (tx) => readSettings(tx, ctx.appId));
}

/** Changes the time zone and/or Do-Not-Track respect (admin). */
export async function updateSettings(
  database: Database,
  ctx: TenantContext,
  patch: Partial<AnalyticsSettings>,
): Promise<AnalyticsSettings> {
  authorize(ctx, 'analytics.manage');
  if (patch.timezone !== undefined && !isTimeZone(patch.timezone))
    throw AnalyticsErrors.timezone_invalid({ timezone: patch.timezone });
  return database.tenant(ctx, async (tx) => {
    const current = await readSettings(tx, ctx.appId);
    const next = { ...current, ...patch };
    await tx
      .insert(settings)
      .values({ appId: ctx.appId, timezone: next.timezone, respectDnt: next.respectDnt })
      .onConflictDoUpdate({
        target: settings.appId,
        set: { timezone: next.timezone, respectDnt: next.respectDnt, updatedAt: sql`now()` },
      });
    return next;
  });
}

/** Settings by App id for the ingest path (cached; no authorization: the App comes from the site's host). */
export class SettingsCache {
  readonly #database: Database;
  readonly #entries = new Map<string, { value: AnalyticsSettings; at: number }>();
  readonly #now: () => number;

  constructor(database: Database, now: () => number = Date.now) {
    this.#database = database;
    this.#now = now;
  }

  get(appId: string): AnalyticsSettings | Promise<AnalyticsSettings> {
    const hit = this.#entries.get(appId);
    if (hit && this.#now() - hit.at < SETTINGS_TTL_MS) return hit.value;
    return this.#database.tenant(systemContext(appId, 'analytics ingest'), async (tx) => {
      const value = await readSettings(tx, appId);
      if (this.#entries.size > 10_000) this.#entries.clear();
      this.#entries.set(appId, { value, at: this.#now() });
      return value;
    });
  }
}
