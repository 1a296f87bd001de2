/**
 * The content module's error catalog. One catalog, namespace `content`: each area adds its codes
 * here (prefixed by the area, e.g. `post_…`), so the API's error codes stay one flat, stable list.
 */
import { defineErrors } from '@qspace/core';

export const ContentErrors = defineErrors('content', {
  // posts (services/posts.ts, services/post-publishing.ts)
  post_not_found: {
    status: 404,
    message: 'No blog post with this id in this App. It may have been deleted.',
  },
  post_invalid: {
    status: 422,
    message:
      'Some fields of the post are not valid; see `details.issues` for each field and how to fix it. Nothing was saved.',
  },
  post_slug_invalid: {
    status: 400,
    message: 'A post slug is 1–80 lowercase letters, digits and single hyphens, like `our-new-menu`.',
  },
  post_slug_taken: {
    status: 409,
    message: 'Another post of this App already uses this slug. Pick another one.',
  },
  post_schedule_in_past: { status: 400, message: 'Pick a publish time in the future.' },
  post_status_conflict: {
    status: 409,
    message: 'The post cannot make this change from its current status. Reload it and try again.',
  },
});
