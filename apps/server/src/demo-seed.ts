/**
 * Demo data for `npm start` on a fresh embedded database (development only): a verified demo account
 * and a demo App, so there is something to sign in to at once. Skipped when any account exists, in
 * production, and when DEMO_SEED=false.
 */
import { type Auth, createApp, users } from '@qspace/auth';
import { applyStarter } from '@qspace/content';
import type { Database, Logger } from '@qspace/core';
import { STARTERS } from '@qspace/site-kit';
import { count, eq } from 'drizzle-orm';

export const DEMO_EMAIL = 'demo@qspace.localhost';
export const DEMO_PASSWORD = 'karibu q-space demo';

export async function seedDemo(database: Database, auth: Auth, logger: Logger): Promise<boolean> {
  const [existing] = await database.db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return false;
  const { user } = await auth.api.signUpEmail({
    body: { email: DEMO_EMAIL, password: DEMO_PASSWORD, name: 'Demo Owner' },
  });
  await database.db.update(users).set({ emailVerified: true }).where(eq(users.id, user.id));
  // A café: the first Shops & Restaurants starter, so the demo site has a menu and a contact form.
  const starter = STARTERS.find((s) => s.category === 'shops') ?? STARTERS[0];
  await createApp(database, user.id, { name: 'Demo Café', slug: 'demo-cafe' }, null, (tx, ctx) =>
    starter ? applyStarter(tx, ctx, starter.id) : Promise.resolve(),
  );
  logger.info({ email: DEMO_EMAIL, password: DEMO_PASSWORD }, 'demo account created (development only)');
  return true;
}
