/**
 * Errors of forms and the inbox. Kept apart from the content catalog (errors.ts) only because both
 * were written at the same time; the codes share the `content.` namespace so they can merge later.
 */
import { defineErrors } from '@qspace/core';

export const FormErrors = defineErrors('content', {
  form_not_found: {
    status: 404,
    message: 'This form is not on a published page any more. Reload the page and try again.',
  },
  submission_invalid: {
    status: 400,
    message: 'Some answers in the form need fixing. See `details.problems` for each field.',
  },
  submission_not_found: {
    status: 404,
    message: 'No message with this id in this App’s inbox. It may have been deleted.',
  },
});
