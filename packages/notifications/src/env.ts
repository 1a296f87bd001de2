/** Environment variables this module reads. */
import { defineEnv, url } from '@qspace/core';
import { z } from 'zod';

export const notificationsEnv = defineEnv({
  SMTP_URL: {
    schema: url(['smtp', 'smtps']).optional(),
    description:
      'SMTP server for outgoing mail, e.g. `smtps://user:pass@smtp.example.com:465`. When unset, mail is kept in the development mailbox (`/dev/mailbox`).',
    hint: 'Use smtp://host:port (STARTTLS) or smtps://user:password@host:465 (TLS).',
    example: 'smtp://127.0.0.1:1025',
    secret: true,
  },
  MAIL_FROM: {
    schema: z
      .string()
      .regex(/^(.+<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/, {
        message: 'must be an address like Name <name@domain>',
      })
      .default('Q-Space <no-reply@qspace.localhost>'),
    description: 'Sender of platform mail (sign-up, password reset, invitations).',
    hint: 'Use a verified sender of your SMTP provider, e.g. Q-Space <hello@example.co.ke>.',
  },
});
