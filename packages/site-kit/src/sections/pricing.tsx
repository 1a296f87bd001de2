/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Pricing: plans with a price in KES, what each includes and a button. 'cards' shows one card per
 * plan; 'table' compares plans feature by feature (every feature any plan lists becomes a row).
 */
import type { ReactElement } from 'react';
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import type { SectionProps } from '../registry/types.js';
import { defineSection } from '../registry/types.js';
import type { RenderContext } from '../render/context.js';
import { href, list, longText, priceKes, text } from '../schema/primitives.js';
import { baseFields, baseShape, EYEBROW_FIELD, INTRO_FIELD, TITLE_FIELD } from './common.js';
import { HeadingBlock, SectionBand } from './parts.js';

const VARIANTS = [
  { id: 'cards', label: 'Cards' },
  { id: 'table', label: 'Comparison table' },
] as const;

const Plan = z
  .object({
    name: text(60),
    price: priceKes(),
    period: text(30),
    description: text(200),
    /** One included item per line: easy to type, and the table variant matches lines across plans. */
    features: longText(1200),
    ctaLabel: text(40),
    ctaHref: href(),
    highlighted: z.boolean(),
  })
  .strict();

const schema = z
  .object({
    ...baseShape(VARIANTS),
    eyebrow: text(80),
    heading: text(140),
    intro: longText(400),
    plans: list(Plan, 4),
    note: text(240),
  })
  .strict();

type Props = z.infer<typeof schema>;
type PlanProps = z.infer<typeof Plan>;

function Price({ plan, ctx }: { plan: PlanProps; ctx: RenderContext }) {
  return (
    <p className="qs-pricing__price">
      <span className="qs-pricing__amount">{ctx.formatPrice(plan.price)}</span>
      {plan.period && <span className="qs-pricing__period"> {plan.period}</span>}
    </p>
  );
}

function PlanButton({ plan, ctx }: { plan: PlanProps; ctx: RenderContext }) {
  if (!plan.ctaLabel || !plan.ctaHref) return null;
  const cls = plan.highlighted ? 'qs-button' : 'qs-button qs-button--secondary';
  return (
    <a className={`${cls} qs-pricing__button`} href={ctx.href(plan.ctaHref)}>
      {plan.ctaLabel}
    </a>
  );
}

function PlanCard({ plan, ctx }: { plan: PlanProps; ctx: RenderContext }) {
  return (
    <li className={plan.highlighted ? 'qs-pricing__plan qs-pricing__plan--featured' : 'qs-pricing__plan'}>
      <h3 className="qs-pricing__name">{plan.name}</h3>
      {plan.description && <p className="qs-pricing__description">{plan.description}</p>}
      <Price plan={plan} ctx={ctx} />
      {lines(plan.features).length > 0 && (
        <ul className="qs-pricing__features">
          {lines(plan.features).map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: plain strings may repeat; position is their identity
            <li key={i}>{f}</li>
          ))}
        </ul>
      )}
      <PlanButton plan={plan} ctx={ctx} />
    </li>
  );
}

/** The non-empty, trimmed lines of a plan's feature text. */
function lines(textBlock: string): string[] {
  return textBlock
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Every feature any plan lists, in first-seen order: the rows of the comparison table. */
function featureRows(plans: readonly PlanProps[]): string[] {
  return [...new Set(plans.flatMap((p) => lines(p.features)))];
}

function PlanTable({ plans, ctx, label }: { plans: PlanProps[]; ctx: RenderContext; label: string }) {
  return (
    // The wrapper scrolls sideways on phones; it is focusable so keyboard users can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="qs-pricing__scroll" aria-label={label} tabIndex={0}>
      <table className="qs-pricing__table">
        <thead>
          <tr>
            <td />
            {plans.map((plan, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: plans have no ids; position is their identity
              <th key={i} scope="col" className={plan.highlighted ? 'qs-pricing__col--featured' : undefined}>
                <span className="qs-pricing__name">{plan.name}</span>
                <Price plan={plan} ctx={ctx} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {featureRows(plans).map((feature) => (
            <tr key={feature}>
              <th scope="row">{feature}</th>
              {plans.map((plan, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one cell per plan, in plan order
                <td key={i}>{lines(plan.features).includes(feature) ? <Yes /> : <No />}</td>
              ))}
            </tr>
          ))}
          <tr>
            <td />
            {plans.map((plan, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one cell per plan, in plan order
              <td key={i}>
                <PlanButton plan={plan} ctx={ctx} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}

const Yes = () => (
  <span className="qs-pricing__yes">
    <span aria-hidden="true">✓</span>
    <span className="qs-visually-hidden">Included</span>
  </span>
);
const No = () => (
  <span className="qs-pricing__no">
    <span aria-hidden="true">—</span>
    <span className="qs-visually-hidden">Not included</span>
  </span>
);

function Pricing({ props, ctx, id }: SectionProps<Props>): ReactElement {
  return (
    <SectionBand type="pricing" props={props} id={id} title={props.heading}>
      <div className="qs-container">
        <HeadingBlock
          className="qs-heading qs-heading--center"
          id={id}
          eyebrow={props.eyebrow}
          title={props.heading}
          intro={props.intro}
        />
        {props.variant === 'table' ? (
          <PlanTable plans={props.plans} ctx={ctx} label={`${props.heading || 'Plans'} compared`} />
        ) : (
          <ul className="qs-grid qs-pricing__plans">
            {props.plans.map((plan, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: plans have no ids; position is their identity
              <PlanCard key={i} plan={plan} ctx={ctx} />
            ))}
          </ul>
        )}
        {props.note && <p className="qs-pricing__note">{props.note}</p>}
      </div>
    </SectionBand>
  );
}

const KES = 100; // priceKes() stores cents

export const pricing = defineSection({
  type: 'pricing',
  label: 'Pricing',
  description: 'Plans or packages with prices in KES, what each includes and a button.',
  group: 'commerce',
  schema,
  defaults: {
    variant: 'cards',
    anchor: 'pricing',
    tone: 'alt',
    eyebrow: 'Pricing',
    heading: 'Simple packages, clear prices',
    intro: 'Pick what fits today and change any time. No joining fee, no long contracts.',
    plans: [
      {
        name: 'Starter',
        price: 2_500 * KES,
        period: 'per visit',
        description: 'A one-off visit for small jobs around the home.',
        features: 'Free quote before we start\nOne trained technician\n30-day guarantee',
        ctaLabel: 'Book a visit',
        ctaHref: '#contact',
        highlighted: false,
      },
      {
        name: 'Business',
        price: 12_000 * KES,
        period: 'per month',
        description: 'Regular care for shops, offices and restaurants.',
        features: [
          'Free quote before we start',
          'One trained technician',
          'Monthly maintenance check',
          'Priority same-day response',
          '6-month guarantee',
        ].join('\n'),
        ctaLabel: 'Choose Business',
        ctaHref: '#contact',
        highlighted: true,
      },
      {
        name: 'Estate',
        price: 30_000 * KES,
        period: 'per month',
        description: 'For apartment blocks and estates with many units.',
        features: [
          'Free quote before we start',
          'A dedicated team of three',
          'Monthly maintenance check',
          'Priority same-day response',
          '6-month guarantee',
        ].join('\n'),
        ctaLabel: 'Talk to us',
        ctaHref: '#contact',
        highlighted: false,
      },
    ],
    note: 'Prices include VAT. Pay by M-Pesa, card or bank transfer.',
  },
  fields: {
    ...baseFields(VARIANTS, 'pricing', 'terse'),
    eyebrow: EYEBROW_FIELD,
    heading: TITLE_FIELD,
    intro: INTRO_FIELD,
    plans: {
      kind: 'list',
      label: 'Plans',
      itemLabel: 'Plan',
      max: 4,
      fields: {
        name: { kind: 'text', label: 'Plan name' },
        price: { kind: 'money', label: 'Price', currency: 'KES' },
        period: { kind: 'text', label: 'Per (e.g. per month)', placeholder: 'per month' },
        description: { kind: 'text', label: 'Short description' },
        features: { kind: 'textarea', label: 'What is included (one per line)' },
        ctaLabel: { kind: 'text', label: 'Button text' },
        ctaHref: { kind: 'link', label: 'Button link' },
        highlighted: { kind: 'boolean', label: 'Highlight this plan' },
      },
    },
    note: { kind: 'text', label: 'Note under the plans' },
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './pricing.css'),
  Component: Pricing,
});
