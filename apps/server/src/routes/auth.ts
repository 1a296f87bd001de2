/**
 * Mounts Better Auth at /api/auth/*. Its error bodies (`{ code, message }`) are rewritten into the
 * API's one error shape so clients handle a single format.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Auth } from '@qspace/auth';
import type { AppEnv } from '../http/types.js';

export function authRoutes(app: OpenAPIHono<AppEnv>, auth: Auth): void {
  app.on(['GET', 'POST'], '/api/auth/*', async (c) => {
    const response = await auth.handler(c.req.raw);
    if (response.status < 400 || !response.headers.get('content-type')?.includes('application/json'))
      return response;
    const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(
      JSON.stringify({
        error: {
          code: `auth.${(body.code ?? 'error').toLowerCase()}`,
          message: body.message ?? 'The request could not be completed.',
        },
      }),
      { status: response.status, headers },
    );
  });
}
