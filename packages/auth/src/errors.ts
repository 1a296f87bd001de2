import { defineErrors } from '@qspace/core';

export const AuthErrors = defineErrors('auth', {
  secret_missing: {
    status: 500,
    message: 'AUTH_SECRET is not set. Production needs a secret of 32+ characters (openssl rand -base64 48).',
  },
});
