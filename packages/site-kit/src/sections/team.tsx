/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Team: the people behind the business. Photos are optional; without one, a member shows their
 * initials in a neutral disc so a half-finished page still looks intentional.
 */
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import { defineSection, type SectionProps } from '../registry/types.js';
import type { RenderContext } from '../render/context.js';
import { href, image, list, longText, text } from '../schema/primitives.js';
import { baseFields, baseShape, EYEBROW_FIELD, INTRO_FIELD, imageOf, TITLE_FIELD } from './common.js';
import { HeadingHeader, ResponsiveImage, SectionBand } from './parts.js';

const VARIANTS = [
  { id: 'grid', label: 'Grid of portraits' },
  { id: 'list-with-bios', label: 'List with biographies' },
] as const;

const member = z
  .object({ name: text(80), role: text(80), bio: longText(600), photo: image(), href: href() })
  .strict();

const schema = z
  .object({
    ...baseShape(VARIANTS),
    tone: z.enum(['default', 'alt', 'inverse']),
    eyebrow: text(60),
    title: text(120),
    intro: longText(400),
    members: list(member, 24),
  })
  .strict();

type Props = z.infer<typeof schema>;
type Member = z.infer<typeof member>;

/** "Wanjiku Kamau" → "WK": at most two letters, so the placeholder never overflows its disc. */
function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = [parts[0], parts.length > 1 ? parts[parts.length - 1] : undefined].map((p) => p?.[0] ?? '');
  return letters.join('').toUpperCase();
}

function Portrait({ m, ctx }: { m: Member; ctx: RenderContext }) {
  const img = imageOf(ctx, m.photo);
  if (!img) {
    return (
      <div className="qs-team__photo qs-team__photo--empty" aria-hidden="true">
        {initials(m.name)}
      </div>
    );
  }
  return (
    <div className="qs-team__photo qs-media">
      <ResponsiveImage img={img} alt={m.photo.alt} sizes="(min-width: 860px) 20rem, 50vw" />
    </div>
  );
}

function MemberCard({ m, ctx, showBio }: { m: Member; ctx: RenderContext; showBio: boolean }) {
  return (
    <li className="qs-team__member">
      <Portrait m={m} ctx={ctx} />
      <div className="qs-team__body">
        <h3 className="qs-team__name">{m.href ? <a href={ctx.href(m.href)}>{m.name}</a> : m.name}</h3>
        {m.role && <p className="qs-team__role">{m.role}</p>}
        {showBio && m.bio && <p className="qs-team__bio">{m.bio}</p>}
      </div>
    </li>
  );
}

function Team({ props, ctx, id }: SectionProps<Props>) {
  const withBios = props.variant === 'list-with-bios';
  return (
    <SectionBand type="team" props={props} id={id} title={props.title}>
      <div className="qs-container">
        <HeadingHeader
          className={`qs-heading${withBios ? '' : ' qs-heading--center'}`}
          id={id}
          eyebrow={props.eyebrow}
          title={props.title}
          intro={props.intro}
        />
        <ul className={`qs-team__list${withBios ? '' : ' qs-grid'}`}>
          {props.members.map((m, i) => (
            // Members have no id of their own; position is stable within one render.
            // biome-ignore lint/suspicious/noArrayIndexKey: static markup, never reordered in place
            <MemberCard key={i} m={m} ctx={ctx} showBio={withBios} />
          ))}
        </ul>
      </div>
    </SectionBand>
  );
}

const DEFAULT_MEMBERS: Member[] = [
  {
    name: 'Wanjiku Kamau',
    role: 'Founder & Lead Consultant',
    bio: 'Wanjiku spent ten years in audit before starting the firm in 2014. She now helps owner-run businesses in Nairobi plan their growth and stay on the right side of KRA.',
    photo: { src: '', alt: 'Wanjiku Kamau smiling in the office' },
    href: '',
  },
  {
    name: 'Brian Otieno',
    role: 'Operations Manager',
    bio: 'Brian keeps every engagement on schedule. Before joining us he ran logistics for a Mombasa shipping agent, and he still answers the phone on the first ring.',
    photo: { src: '', alt: 'Brian Otieno at his desk' },
    href: '',
  },
  {
    name: 'Amina Hassan',
    role: 'Client Relations',
    bio: 'Amina is the first person most clients meet. She speaks English, Kiswahili and Somali, and makes sure nobody leaves a meeting with an unanswered question.',
    photo: { src: '', alt: 'Amina Hassan in a meeting' },
    href: '',
  },
];

export const team = defineSection({
  type: 'team',
  label: 'Team',
  description: 'Introduce the people behind the business, with photos, roles and short bios.',
  group: 'content',
  schema,
  defaults: {
    variant: 'grid',
    anchor: 'team',
    tone: 'default',
    eyebrow: 'Our team',
    title: 'The people you will work with',
    intro: 'A small, experienced team — you always speak to someone who knows your business.',
    members: DEFAULT_MEMBERS,
  },
  fields: {
    ...baseFields(VARIANTS, 'team', 'descriptive'),
    eyebrow: EYEBROW_FIELD,
    title: TITLE_FIELD,
    intro: INTRO_FIELD,
    members: {
      kind: 'list',
      label: 'Team members',
      itemLabel: 'Member',
      max: 24,
      fields: {
        name: { kind: 'text', label: 'Name' },
        role: { kind: 'text', label: 'Role' },
        bio: { kind: 'textarea', label: 'Short bio (shown in the list layout)' },
        photo: { kind: 'image', label: 'Photo' },
        href: { kind: 'link', label: 'Profile link (optional)' },
      },
    },
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './team.css'),
  Component: Team,
});
