/** Environment variables this module reads. */
import { defineEnv, positiveInt } from '@qspace/core';
import { z } from 'zod';

export const mediaEnv = defineEnv({
  MEDIA_DIR: {
    schema: z.string().min(1).default('./.qspace/media'),
    description:
      'Folder where uploaded media (originals and responsive variants) is stored, served at `/_m/…`.',
    hint: 'A folder path the server can write to, e.g. ./.qspace/media or /var/lib/qspace/media.',
  },
  MEDIA_MAX_BYTES: {
    schema: positiveInt(10 * 1024 * 1024, 1024 * 1024 * 1024),
    description: 'Largest media upload accepted, in bytes; larger uploads get 413 while still streaming.',
    hint: 'A whole number of bytes, e.g. 10485760 for 10 MiB.',
  },
});
