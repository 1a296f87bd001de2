/** `/admin/analytics` (htmx frontend): the site's visitors, page views, top pages and sources. */
import type { PeriodName } from '@qspace/analytics';
import { definePart } from '../kernel/part.js';
import { adminPages } from './admin.js';
import { dashboardView, PERIOD_CHOICES } from './analytics-view.js';

export default definePart({
  name: 'pages-admin-analytics',
  routes(app, ctx) {
    const { guard, render } = adminPages(ctx);
    app.get(
      '/admin/analytics',
      guard(async (c, member) => {
        const asked = c.req.query('period');
        const period = (PERIOD_CHOICES.find((p) => p.id === asked)?.id ?? '30d') as PeriodName;
        const report = await ctx.services.analytics.report(member, period);
        return render(c, member, 'analytics', 'site-admin/analytics', {
          title: 'Analytics',
          period,
          periods: PERIOD_CHOICES,
          ...dashboardView(report),
        });
      }),
    );
  },
});
