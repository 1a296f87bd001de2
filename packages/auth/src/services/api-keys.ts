/**
 * API keys per App. The key is `PREFIX.SECRET`: 4 characters [A-Z0-9], a dot, 32 characters
 * [A-Za-z0-9_-]. It is shown once at creation; only the prefix and a SHA-256 hash of the secret are
 * stored (the secret has 192 bits of entropy, so a fast hash is the right tool). A key acts in its
 * App only, as a viewer (`read`) or an editor (`write`).
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { type Clock, type Database, newId, systemClock, type TenantContext } from '@qspace/core';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { authorize } from '../domain/permissions.js';
import { AppErrors, AuthErrors } from '../errors.js';
import { apiKeys } from '../schema.js';
import type { Role } from './apps.js';
import { recordAudit } from './audit.js';

export const API_KEY_SCOPES = ['read', 'write'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
export const API_KEY_RE = /^([A-Z0-9]{4})\.([A-Za-z0-9_-]{32})$/;

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type ApiKeyView = Omit<ApiKeyRow, 'secretHash'>;
const view = ({ secretHash: _omit, ...rest }: ApiKeyRow): ApiKeyView => rest;

const PREFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const hash = (secret: string) => createHash('sha256').update(secret).digest();

function newPrefix(): string {
  let prefix = '';
  for (let i = 0; i < 4; i++) prefix += PREFIX_ALPHABET[randomInt(PREFIX_ALPHABET.length)];
  return prefix;
}

/** The role a key acts with. */
export function roleForScopes(scopes: readonly string[]): Role {
  return scopes.includes('write') ? 'editor' : 'viewer';
}

export async function createApiKey(
  database: Database,
  ctx: TenantContext,
  input: { name: string; scopes: ApiKeyScope[]; expiresAt?: Date | null },
  ip?: string | null,
  clock: Clock = systemClock,
): Promise<{ key: string; apiKey: ApiKeyView }> {
  authorize(ctx, 'api_keys.manage');
  const secret = randomBytes(24).toString('base64url'); // 32 characters
  const scopes = [...new Set(input.scopes)].sort();
  return database.tenant(ctx, async (tx) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const prefix = newPrefix();
      const [row] = await tx
        .insert(apiKeys)
        .values({
          id: newId(),
          appId: ctx.appId,
          name: input.name,
          prefix,
          secretHash: hash(secret).toString('hex'),
          scopes,
          expiresAt: input.expiresAt ?? null,
          createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
          createdAt: clock.now(),
        })
        .onConflictDoNothing({ target: apiKeys.prefix })
        .returning();
      if (row) {
        await recordAudit(tx, ctx, {
          action: 'api_key.created',
          target: row.id,
          details: { name: input.name, scopes, prefix },
          ip,
        });
        return { key: `${prefix}.${secret}`, apiKey: view(row) };
      }
    }
    throw new Error('could not find a free API key prefix after 5 tries');
  });
}

export async function listApiKeys(database: Database, ctx: TenantContext): Promise<ApiKeyView[]> {
  authorize(ctx, 'api_keys.manage');
  const rows = await database.tenant(ctx, (tx) => tx.select().from(apiKeys).orderBy(desc(apiKeys.createdAt)));
  return rows.map(view);
}

export async function revokeApiKey(
  database: Database,
  ctx: TenantContext,
  keyId: string,
  ip?: string | null,
): Promise<void> {
  authorize(ctx, 'api_keys.manage');
  await database.tenant(ctx, async (tx) => {
    const revoked = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, prefix: apiKeys.prefix });
    if (revoked.length === 0) throw AppErrors.api_key_not_found({ keyId });
    await recordAudit(tx, ctx, {
      action: 'api_key.revoked',
      target: keyId,
      details: { prefix: revoked[0]?.prefix },
      ip,
    });
  });
}

export interface ApiKeyPrincipal {
  keyId: string;
  appId: string;
  scopes: string[];
  role: Role;
}

/** Checks a presented key; throws a 401 that says what is wrong with it. */
export async function verifyApiKey(
  database: Database,
  presented: string,
  clock: Clock = systemClock,
): Promise<ApiKeyPrincipal> {
  const match = API_KEY_RE.exec(presented.trim());
  if (!match) throw AuthErrors.key_malformed();
  const [, prefix = '', secret = ''] = match;
  const row = await database.system(
    async (tx) => (await tx.select().from(apiKeys).where(eq(apiKeys.prefix, prefix)))[0],
  );
  if (!row || !timingSafeEqual(Buffer.from(row.secretHash, 'hex'), hash(secret)))
    throw AuthErrors.key_invalid();
  if (row.revokedAt) throw AuthErrors.key_revoked();
  const now = clock.now();
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) throw AuthErrors.key_expired();
  // Last use is kept to the minute: no write on every request.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await database.system((tx) => tx.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.id)));
  }
  return { keyId: row.id, appId: row.appId, scopes: row.scopes, role: roleForScopes(row.scopes) };
}
