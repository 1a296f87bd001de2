/**
 * Analytics for the site: every page of this server belongs to the one site, so an event counts
 * for it with the page's own path; published pages load the tracking script.
 */
import { definePart } from '../kernel/part.js';

export default definePart({
  name: 'pages-analytics',
  setup(ctx) {
    const { analytics, content, site } = ctx.services;
    analytics.resolveApp = (url) => ({ appId: site.info.id, path: url.pathname });
    content.tracking = analytics.tracking;
  },
});
