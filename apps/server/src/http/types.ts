import type { AppRole, Logger } from '@qspace/core';

/** Per-request variables every handler can read with `c.get(...)`. */
export type AppEnv = {
  Variables: {
    requestId: string;
    baseLogger: Logger;
    /** Created on first use by `requestLogger(c)`. */
    logger?: Logger;
    /** Who is calling /api/v1 (set by `requirePrincipal`): a signed-in person or an App's API key. */
    principal?:
      | { kind: 'user'; user: { id: string; email: string; name: string } }
      | { kind: 'api_key'; keyId: string; appId: string; role: AppRole; scopes: string[] };
  };
};
