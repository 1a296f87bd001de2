/**
 * Daily salts for visitor ids. Each calendar day has one random salt, created by whichever process
 * needs it first (INSERT … ON CONFLICT DO NOTHING, then read the winner) and cached in memory. The
 * rollup job deletes a salt once its day has ended in every time zone.
 */
import { type Database, queryRows } from '@qspace/core';
import { sql } from 'drizzle-orm';
import { addDays } from '../domain/periods.js';
import { newSalt } from '../domain/visitor.js';

export class SaltStore {
  readonly #database: Database;
  readonly #cache = new Map<string, string>();
  readonly #loading = new Map<string, Promise<string>>();

  constructor(database: Database) {
    this.#database = database;
  }

  /** The salt of a day (YYYY-MM-DD), from memory when known. */
  get(day: string): string | Promise<string> {
    const hit = this.#cache.get(day);
    if (hit) return hit;
    let loading = this.#loading.get(day);
    if (!loading) {
      loading = this.#load(day).finally(() => this.#loading.delete(day));
      this.#loading.set(day, loading);
    }
    return loading;
  }

  async #load(day: string): Promise<string> {
    const rows = await queryRows<{ salt: string }>(
      this.#database.db,
      sql`WITH ins AS (
            INSERT INTO analytics_salts (day, salt) VALUES (${day}::date, ${newSalt()})
            ON CONFLICT (day) DO NOTHING RETURNING salt)
          SELECT salt FROM ins UNION ALL SELECT salt FROM analytics_salts WHERE day = ${day}::date LIMIT 1`,
    );
    const salt = rows[0]?.salt;
    if (!salt) throw new Error(`no salt for ${day}`);
    // Days that have ended everywhere are never needed again.
    const oldest = addDays(new Date().toISOString().slice(0, 10), -2);
    for (const d of this.#cache.keys()) if (d < oldest) this.#cache.delete(d);
    this.#cache.set(day, salt);
    return salt;
  }
}

/** Deletes salts whose day has ended in every time zone (UTC−12 … UTC+14). */
export async function pruneSalts(database: Database, now: Date): Promise<number> {
  const keepFrom = addDays(now.toISOString().slice(0, 10), -1);
  const rows = await queryRows<{ day: string }>(
    database.db,
    sql`DELETE FROM analytics_salts WHERE day < ${keepFrom}::date RETURNING day::text`,
  );
  return rows.length;
}
