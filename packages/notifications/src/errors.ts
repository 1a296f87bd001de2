import { defineErrors } from '@qspace/core';

export const NotificationErrors = defineErrors('notifications', {
  invalid_template_data: {
    status: 500,
    message:
      'An email could not be composed because its data is incomplete. This is a bug; the request id helps us find it.',
  },
  invalid_recipient: { status: 400, message: 'That email address is not valid. Check it for typos.' },
  message_not_found: { status: 404, message: 'No such email message.' },
});
