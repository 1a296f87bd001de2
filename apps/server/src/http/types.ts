import type { Logger } from '@qspace/core';
import type { RequestIdVariables } from 'hono/request-id';

/** Per-request variables every handler can read with `c.get(...)`. */
export type AppEnv = { Variables: RequestIdVariables & { logger: Logger } };
