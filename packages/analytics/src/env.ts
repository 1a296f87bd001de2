/** Environment variables this module reads. */
import { defineEnv, positiveInt } from '@qspace/core';
import { z } from 'zod';

export const analyticsEnv = defineEnv({
  ANALYTICS_RAW_RETENTION_DAYS: {
    schema: positiveInt(60, 3_650).pipe(
      z.number().min(2, 'must be at least 2 (rollups need a day of raw events)'),
    ),
    description:
      'Days raw analytics events and sessions are kept. Hourly rollups are kept for good; filtered views and funnels read raw events, so they reach back this far.',
    hint: 'A whole number of days between 2 and 3650, e.g. 60.',
  },
  ANALYTICS_FLUSH_MS: {
    schema: positiveInt(1_000, 60_000),
    description: 'How often buffered analytics events are written to the database, in milliseconds.',
    hint: 'A whole number of milliseconds, e.g. 1000.',
  },
  ANALYTICS_BATCH_SIZE: {
    schema: positiveInt(20_000, 100_000),
    description:
      'Buffered analytics events that trigger a write before the flush interval ends. Larger batches cost the database less per event (a visitor’s session row is updated once per batch).',
    hint: 'A whole number, e.g. 20000.',
  },
  ANALYTICS_COUNTRY_HEADER: {
    schema: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, 'a header name')
      .optional(),
    description:
      'Request header a trusted proxy sets to the visitor’s two-letter country code (e.g. `CF-IPCountry`). Unset = no country.',
    hint: 'A header name such as CF-IPCountry or X-Country-Code, set only by a proxy you control.',
  },
});
