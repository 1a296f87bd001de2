import { defineErrors } from '@qspace/core';

/** Errors of pages, versions and site settings. */
export const PageErrors = defineErrors('pages', {
  invalid_content: {
    status: 422,
    message:
      'Some content is not valid; see `details.issues` for each field and how to fix it. Nothing was saved.',
  },
  not_found: { status: 404, message: 'No page with this id in this App.' },
  version_not_found: { status: 404, message: 'No version with this id for this page.' },
  slug_invalid: {
    status: 400,
    message:
      'A page slug is 1–60 lowercase letters, digits and single hyphens (like `about` or `our-menu`); the home page has none.',
  },
  slug_taken: { status: 409, message: 'Another page of this App already uses this slug. Pick another one.' },
  home_required: {
    status: 409,
    message: 'The home page cannot be deleted. Make another page the home page first.',
  },
  schedule_in_past: { status: 400, message: 'Pick a publish time in the future.' },
  nothing_scheduled: { status: 409, message: 'This page has no scheduled publish to cancel.' },
  not_published: { status: 409, message: 'This page is not published.' },
  template_not_found: {
    status: 400,
    message: 'Unknown page template. GET /api/v1/page-templates lists the templates and their ids.',
  },
});

export const SiteErrors = defineErrors('sites', {
  starter_not_found: {
    status: 400,
    message: 'Unknown starter. GET /api/v1/starters lists the nine starters and their ids.',
  },
  not_found: { status: 404, message: 'This App has no site yet.' },
  invalid_theme: { status: 422, message: 'The theme is not valid; see `details.issues`.' },
  domain_taken: { status: 409, message: 'Another App already uses this domain.' },
  domain_invalid: { status: 400, message: 'Use a domain name like www.example.co.ke (no scheme, no path).' },
});
