/** Shared test setup: a migrated database (PGlite, or PostgreSQL via TEST_DATABASE_URL) and Apps. */
import { authMigrations, createApp, users } from '@qspace/auth';
import { coreMigrations, newId, type TenantContext } from '@qspace/core';
import { createTestDatabase, type TestDatabase } from '@qspace/core/testing';
import { notificationsMigrations } from '@qspace/notifications';
import { contentMigrations } from '../src/index.js';

export function contentTestDatabase(): Promise<TestDatabase> {
  return createTestDatabase({
    migrations: [coreMigrations, notificationsMigrations, authMigrations, contentMigrations],
  });
}

/** Creates a verified user. */
export async function createUser(
  t: TestDatabase,
  name = 'Wanjiru Test',
): Promise<{ id: string; email: string }> {
  const id = newId();
  const email = `${id}@example.test`;
  await t.system((tx) => tx.insert(users).values({ id, name, email, emailVerified: true }));
  return { id, email };
}

/** Creates a user and an App they own; returns the owner's tenant context. */
export async function createOwnedApp(
  t: TestDatabase,
  name = 'Test App',
): Promise<{ ctx: TenantContext; appId: string; slug: string; userId: string }> {
  const user = await createUser(t);
  const slug = `app-${user.id.slice(-12)}`;
  const app = await createApp(t, user.id, { name, slug });
  return {
    ctx: { appId: app.id, actor: { type: 'user', id: user.id }, role: 'owner' },
    appId: app.id,
    slug,
    userId: user.id,
  };
}

/** The same App seen with another role (for permission tests). */
export function as(ctx: TenantContext, role: TenantContext['role']): TenantContext {
  return { ...ctx, role };
}
