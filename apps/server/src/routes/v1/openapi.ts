/** Building blocks shared by the /api/v1 route definitions. */
import { z } from '@hono/zod-openapi';
import { APP_ROLES } from '@qspace/core';

export const Id = z.uuid();
export const Role = z.enum(APP_ROLES).openapi({ description: 'owner > admin > editor > viewer' });

/** A JSON response of `schema`. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A required JSON request body of `schema`. */
export const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

/** The error answers every App-scoped route can give. */
export const errors = {
  401: { description: 'Not signed in (no session cookie or API key).' },
  403: { description: 'Your role in this App does not allow it.' },
  404: { description: 'Not found, or you are not a member of this App.' },
};
