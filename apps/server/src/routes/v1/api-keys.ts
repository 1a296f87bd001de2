/** /api/v1/apps/:appId/api-keys — API keys of an App (admins). The whole key is returned once. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { API_KEY_SCOPES, type ApiKeyView, createApiKey, listApiKeys, revokeApiKey } from '@qspace/auth';
import type { Database } from '@qspace/core';
import { clientIp } from '../../http/auth-limits.js';
import type { AppEnv } from '../../http/types.js';
import { errors, Id, json } from './openapi.js';
import { appContext } from './session.js';

const ApiKey = z
  .object({
    id: Id,
    name: z.string(),
    prefix: z.string(),
    scopes: z.array(z.enum(API_KEY_SCOPES)),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('ApiKey');
const appParams = z.object({ appId: Id });
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const dto = (k: ApiKeyView) => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  scopes: k.scopes as Array<(typeof API_KEY_SCOPES)[number]>,
  expiresAt: iso(k.expiresAt),
  lastUsedAt: iso(k.lastUsedAt),
  revokedAt: iso(k.revokedAt),
  createdAt: k.createdAt.toISOString(),
});

export function apiKeyRoutes(app: OpenAPIHono<AppEnv>, database: Database, trustProxy: boolean): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/api-keys',
      tags: ['API keys'],
      summary: 'API keys of an App (admin); secrets are never shown again',
      request: { params: appParams },
      responses: { 200: json(z.object({ apiKeys: z.array(ApiKey) }), 'Keys.'), ...errors },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      return c.json({ apiKeys: (await listApiKeys(database, ctx)).map(dto) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/apps/{appId}/api-keys',
      tags: ['API keys'],
      summary: 'Create an API key (admin); the whole key is in this response only',
      request: {
        params: appParams,
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.object({
                name: z.string().trim().min(1, 'Name the key after what uses it, e.g. "Mobile app".').max(80),
                scopes: z.array(z.enum(API_KEY_SCOPES)).min(1, 'Choose at least one scope: read or write.'),
                expiresAt: z.iso.datetime({ offset: true }).optional(),
              }),
            },
          },
        },
      },
      responses: {
        201: json(ApiKey.extend({ key: z.string() }), 'Created. Store `key` now; it cannot be shown again.'),
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      const input = c.req.valid('json');
      const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
      const { key, apiKey } = await createApiKey(
        database,
        ctx,
        { ...input, expiresAt },
        clientIp(c, trustProxy),
      );
      return c.json({ ...dto(apiKey), key }, 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/apps/{appId}/api-keys/{keyId}',
      tags: ['API keys'],
      summary: 'Revoke an API key (admin)',
      request: { params: z.object({ appId: Id, keyId: Id }) },
      responses: { 204: { description: 'Revoked.' }, ...errors },
    }),
    async (c) => {
      const { appId, keyId } = c.req.valid('param');
      await revokeApiKey(database, await appContext(c, database, appId), keyId, clientIp(c, trustProxy));
      return c.body(null, 204);
    },
  );
}
