/** Environment variables the kernel itself reads. Apps merge these with their own. */
import { z } from 'zod';
import { defineEnv, positiveInt, url } from './env.js';

export const coreEnv = defineEnv({
  NODE_ENV: {
    schema: z
      .enum(['development', 'production', 'test'], {
        message: 'must be one of development, production, test',
      })
      .default('development'),
    description:
      '`production` switches logs to JSON lines and turns on HSTS; `development` prints readable logs.',
    hint: 'Set NODE_ENV to development, production or test.',
  },
  LOG_LEVEL: {
    schema: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    description: 'Minimum level written to the log.',
    hint: 'Use info in production, debug when investigating.',
  },
  DATABASE_URL: {
    schema: url(['postgres', 'postgresql']).optional(),
    description:
      'PostgreSQL server to use. When unset, Q-Space runs an embedded PostgreSQL (PGlite) with its data in `QSPACE_DATA_DIR`.',
    hint: 'Use a URL like postgres://user:password@host:5432/qspace, or unset it to use the embedded database.',
    example: 'postgres://postgres@127.0.0.1:5432/qspace',
    secret: true,
  },
  QSPACE_DATA_DIR: {
    schema: z.string().min(1).default('./.qspace/data'),
    description:
      'Folder of the embedded database (created on first run). Ignored when `DATABASE_URL` is set.',
    hint: 'Point it at a writable folder.',
  },
  DATABASE_POOL_SIZE: {
    schema: positiveInt(10, 200),
    description: 'Maximum connections per process to the PostgreSQL server.',
    hint: 'A whole number such as 10; the sum over all processes must stay below the server’s max_connections.',
  },
});
