import { defineEnv, positiveInt } from '@qspace/core';
import { z } from 'zod';

export const authEnv = defineEnv({
  AUTH_SECRET: {
    schema: z.string().min(32, 'must be at least 32 characters').optional(),
    description:
      'Secret that signs session cookies and tokens. Required in production; in development a random one is kept in `.qspace/auth-secret`.',
    hint: 'Generate one with `openssl rand -base64 48` and keep it secret.',
    secret: true,
  },
  AUTH_SESSION_DAYS: {
    schema: positiveInt(30, 365),
    description:
      'How long a "remember me" session lasts, in days (without it, the session ends with the browser).',
    hint: 'A whole number of days between 1 and 365.',
  },
});
