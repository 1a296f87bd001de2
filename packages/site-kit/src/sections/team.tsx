/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Team: the people behind the business. Photos are optional; without one, a member shows their
 * initials in a neutral disc so a half-finished page still looks intentional.
 */
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import { defineSection, type SectionProps } from '../registry/types.js';
import type { RenderContext } from '../render/context.js';
import { anchorId, href, image, list, longText, text } from '../schema/primitives.js';

const VARIANTS = [
  { id: 'grid', label: 'Grid of portraits' },
  { id: 'list-with-bios', label: 'List with biographies' },
] as const;

const TONE_CLASS = { default: '', alt: ' qs-section--alt', inverse: ' qs-section--inverse' } as const;

const member = z
  .object({ name: text(80), role: text(80), bio: longText(600), photo: image(), href: href() })
  .strict();

const schema = z
  .object({
    variant: z.enum(['grid', 'list-with-bios']),
    anchor: anchorId(),
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
  const img = m.photo.src ? ctx.image(m.photo.src) : null;
  if (!img) {
    return (
      <div className="qs-team__photo qs-team__photo--empty" aria-hidden="true">
        {initials(m.name)}
      </div>
    );
  }
  return (
    <div className="qs-team__photo qs-media">
      <img
        src={img.src}
        srcSet={img.srcSet}
        sizes="(min-width: 860px) 20rem, 50vw"
        width={img.width}
        height={img.height}
        alt={m.photo.alt}
        loading="lazy"
        decoding="async"
      />
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
  const titleId = `${id}-title`;
  const withBios = props.variant === 'list-with-bios';
  return (
    <section
      className={`qs-section qs-team qs-team--${props.variant}${TONE_CLASS[props.tone]}`}
      id={props.anchor || undefined}
      aria-labelledby={props.title ? titleId : undefined}
    >
      <div className="qs-container">
        {(props.eyebrow || props.title || props.intro) && (
          <header className={`qs-heading${withBios ? '' : ' qs-heading--center'}`}>
            {props.eyebrow && <p className="qs-eyebrow">{props.eyebrow}</p>}
            {props.title && <h2 id={titleId}>{props.title}</h2>}
            {props.intro && <p className="qs-lead">{props.intro}</p>}
          </header>
        )}
        <ul className={`qs-team__list${withBios ? '' : ' qs-grid'}`}>
          {props.members.map((m, i) => (
            // Members have no id of their own; position is stable within one render.
            // biome-ignore lint/suspicious/noArrayIndexKey: static markup, never reordered in place
            <MemberCard key={i} m={m} ctx={ctx} showBio={withBios} />
          ))}
        </ul>
      </div>
    </section>
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
    variant: {
      kind: 'select',
      label: 'Layout',
      options: VARIANTS.map((v) => ({ value: v.id, label: v.label })),
    },
    anchor: { kind: 'text', label: 'Anchor id (for #links)', placeholder: 'team' },
    tone: {
      kind: 'select',
      label: 'Background',
      options: [
        { value: 'default', label: 'Page background' },
        { value: 'alt', label: 'Soft contrast' },
        { value: 'inverse', label: 'Dark band' },
      ],
    },
    eyebrow: { kind: 'text', label: 'Small text above the title' },
    title: { kind: 'text', label: 'Title' },
    intro: { kind: 'textarea', label: 'Introduction' },
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
