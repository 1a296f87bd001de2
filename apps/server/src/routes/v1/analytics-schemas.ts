/** OpenAPI/Zod shapes of the analytics API (requests and responses). */
import { z } from '@hono/zod-openapi';
import { GOAL_KINDS, MAX_CUSTOM_DAYS, MAX_FUNNEL_STEPS, PERIODS } from '@qspace/analytics';
import { Id } from './openapi.js';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A day as YYYY-MM-DD.');

/** Period, filters and output format: shared by every report. */
export const ReportParams = z.object({
  period: z
    .enum(PERIODS)
    .default('7d')
    .openapi({ description: 'today, 7d, 30d, month (in the App’s time zone) or custom' }),
  from: Day.optional().openapi({ description: `custom: first day (at most ${MAX_CUSTOM_DAYS} days)` }),
  to: Day.optional().openapi({ description: 'custom: last day, inclusive' }),
  page: z
    .string()
    .max(300)
    .optional()
    .openapi({ description: 'Filter: page path (entry page for visit metrics)' }),
  source: z.string().max(100).optional().openapi({ description: 'Filter: source ("" = direct)' }),
  device: z
    .string()
    .max(20)
    .optional()
    .openapi({ description: 'Filter: Desktop, Mobile, Tablet, TV, Other' }),
  format: z.enum(['json', 'csv']).default('json').openapi({ description: 'csv: the table as a CSV file' }),
});
export type ReportParams = z.infer<typeof ReportParams>;

export const Period = z
  .object({
    name: z.enum(PERIODS),
    timeZone: z.string(),
    from: z.string(),
    to: z.string(),
    previous: z.object({ from: z.string(), to: z.string() }),
    interval: z.enum(['hour', 'day']),
  })
  .openapi('AnalyticsPeriod');

const Metric = z
  .object({
    value: z.number(),
    previous: z.number(),
    change: z
      .number()
      .nullable()
      .openapi({ description: '0.18 = +18% vs the previous period; null when it was 0' }),
  })
  .openapi('AnalyticsMetric');

export const Overview = z
  .object({
    period: Period,
    visitors: Metric,
    pageviews: Metric,
    visits: Metric,
    bounceRate: Metric,
    avgDuration: Metric,
  })
  .openapi('AnalyticsOverview');

export const Series = z
  .object({
    period: Period,
    interval: z.enum(['hour', 'day']),
    points: z.array(
      z.object({
        start: z.string(),
        label: z.string(),
        visitors: z.number(),
        pageviews: z.number(),
        visits: z.number(),
        bounceRate: z.number(),
        avgDuration: z.number(),
      }),
    ),
  })
  .openapi('AnalyticsTimeseries');

export const Breakdown = z
  .object({
    period: Period,
    dim: z.string(),
    total: z.number().int(),
    rows: z.array(
      z.object({
        value: z.string(),
        visitors: z.number(),
        pageviews: z.number(),
        visits: z.number(),
        bounceRate: z.number(),
        avgDuration: z.number(),
        share: z.number(),
      }),
    ),
  })
  .openapi('AnalyticsBreakdown');

export const GoalInputSchema = z
  .object({
    name: z.string().min(1).max(80),
    kind: z
      .enum(GOAL_KINDS)
      .openapi({ description: 'page: a page view; event: a custom event; form: a contact-form submission' }),
    match: z.string().max(300).openapi({
      description: 'Page path (`*` = anything, e.g. /blog/*), event name, or form name ("" = any form)',
    }),
  })
  .openapi('GoalInput');

export const Goal = z
  .object({ id: Id, name: z.string(), kind: z.enum(GOAL_KINDS), match: z.string(), createdAt: z.string() })
  .openapi('Goal');

export const GoalsReport = z
  .object({
    period: Period,
    visitors: z.number(),
    goals: z.array(
      Goal.extend({
        conversions: z.number(),
        visitors: z.number(),
        conversionRate: z.number(),
        sources: z.array(
          z.object({
            source: z.string(),
            visitors: z.number(),
            converted: z.number(),
            conversionRate: z.number(),
          }),
        ),
      }),
    ),
  })
  .openapi('AnalyticsGoals');

const Step = z.object({
  kind: z.enum(['page', 'event']),
  match: z.string().max(300),
  label: z.string().max(80).optional(),
});

export const FunnelInputSchema = z
  .object({
    name: z.string().min(1).max(80),
    // At least 2 steps: checked by the service after authorization (422), like every business rule.
    steps: z.array(Step).max(MAX_FUNNEL_STEPS),
  })
  .openapi('FunnelInput');

export const Funnel = z
  .object({
    id: Id,
    name: z.string(),
    steps: z.array(z.object({ kind: z.enum(['page', 'event']), match: z.string(), label: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Funnel');

// Written out rather than `Funnel.extend`: OpenAPI would show it as Funnel & {…} and the generated
// client would see the report's steps without their numbers.
export const FunnelReport = z
  .object({
    id: Id,
    name: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    period: Period,
    conversionRate: z.number(),
    steps: z.array(
      z.object({
        kind: z.enum(['page', 'event']),
        match: z.string(),
        label: z.string(),
        visitors: z.number(),
        conversionRate: z.number(),
        dropOff: z.number(),
        dropOffRate: z.number(),
      }),
    ),
  })
  .openapi('AnalyticsFunnel');

export const Realtime = z
  .object({
    visitors: z.number(),
    pageviews: z.number(),
    since: z.string(),
    pages: z.array(z.object({ path: z.string(), visitors: z.number() })),
  })
  .openapi('AnalyticsRealtime');

export const Insights = z
  .object({
    period: Period,
    insights: z.array(
      z.object({
        kind: z.enum(['visitors_change', 'top_source', 'source_converts', 'page_converts', 'bounce_change']),
        text: z.string(),
        weight: z.number(),
      }),
    ),
  })
  .openapi('AnalyticsInsights');

export const Settings = z
  .object({ timezone: z.string(), respectDnt: z.boolean() })
  .openapi('AnalyticsSettings');

export const Share = z
  .object({
    enabled: z.boolean(),
    hasPassword: z.boolean(),
    token: z.string().nullable(),
    url: z.string().nullable().openapi({ description: 'The page of the link: a read-only report' }),
  })
  .openapi('AnalyticsShare');

export const Sparklines = z
  .object({
    apps: z.array(
      z.object({
        appId: Id,
        visitors: z.number(),
        days: z.array(z.object({ day: z.string(), visitors: z.number(), pageviews: z.number() })),
      }),
    ),
  })
  .openapi('AnalyticsSparklines');

export const Csv = {
  description: 'With `format=csv`: the table as UTF-8 CSV with a byte-order mark.',
  content: { 'text/csv': { schema: z.string() } },
};
