/** The analytics module's error catalog (namespace `analytics`). */
import { defineErrors } from '@qspace/core';

export const AnalyticsErrors = defineErrors('analytics', {
  event_invalid: {
    status: 400,
    message:
      'The event is not valid: send JSON like {"n":"pageview","u":"https://…","r":"","id":"…"}. See `details`.',
  },
  event_too_large: {
    status: 413,
    message: 'An event body is at most 4 KiB. Send fewer or shorter properties.',
  },
  period_invalid: {
    status: 400,
    message:
      'A custom period needs `from` and `to` as YYYY-MM-DD, `from` not after `to`, at most 400 days apart.',
  },
  timezone_invalid: {
    status: 400,
    message: 'Unknown time zone. Use an IANA name such as Africa/Nairobi or Europe/London.',
  },
  goal_invalid: {
    status: 422,
    message:
      'The goal is not valid; see `details.issues` for each field and how to fix it. Nothing was saved.',
  },
  funnel_invalid: {
    status: 422,
    message:
      'The funnel is not valid; see `details.issues` for each field and how to fix it. Nothing was saved.',
  },
  goal_not_found: { status: 404, message: 'No goal with this id in this App. It may have been deleted.' },
  goal_name_taken: { status: 409, message: 'Another goal of this App has this name. Pick another one.' },
  goal_limit: { status: 409, message: 'An App has at most 50 goals. Delete one you no longer need.' },
  funnel_not_found: { status: 404, message: 'No funnel with this id in this App. It may have been deleted.' },
  funnel_name_taken: { status: 409, message: 'Another funnel of this App has this name. Pick another one.' },
  funnel_limit: { status: 409, message: 'An App has at most 20 funnels. Delete one you no longer need.' },
  share_not_found: {
    status: 404,
    message: 'This analytics link does not exist or was turned off. Ask the site owner for a new link.',
  },
  share_locked: {
    status: 401,
    message: 'This analytics link has a password. Unlock it with the password first.',
  },
  share_password_wrong: { status: 401, message: 'That password is not right. Check it and try again.' },
  share_password_invalid: {
    status: 400,
    message: 'A share-link password is 8 to 128 characters. Choose a longer one.',
  },
});
