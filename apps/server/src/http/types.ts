import type { Logger } from '@qspace/core';

/** Per-request variables every handler can read with `c.get(...)`. */
export type AppEnv = {
  Variables: {
    requestId: string;
    baseLogger: Logger;
    /** Created on first use by `requestLogger(c)`. */
    logger?: Logger;
    /** The signed-in user (set by `requireUser` on /api/v1). */
    user?: { id: string; email: string; name: string };
  };
};
