/** Business × Nuru: a digital product and brand agency in Kilimani, Nairobi. */
import type { Starter } from '../design/types.js';
import { blogList } from '../sections/blog-list.js';
import { cta } from '../sections/cta.js';
import { features } from '../sections/features.js';
import { gallery } from '../sections/gallery.js';
import { hero } from '../sections/hero.js';
import { imageText } from '../sections/image-text.js';
import { logos } from '../sections/logos.js';
import { pricing } from '../sections/pricing.js';
import { stats } from '../sections/stats.js';
import { team } from '../sections/team.js';
import { testimonials } from '../sections/testimonials.js';
import {
  CLIENT_LOGOS,
  doc,
  feature,
  field,
  frame,
  h2,
  img,
  logo,
  member,
  ol,
  p,
  photo,
  plan,
  profile,
  quote,
  section,
  seo,
  ul,
} from './build.js';

const D = 'business-nuru';
const PHONE = '+254 746 200 318';
const EMAIL = 'studio@kanda.africa';

const { page, contactPage } = frame({
  nav: {
    variant: 'inline',
    ctaLabel: 'Start a project',
    ctaHref: 'page:contact',
    sticky: true,
  },
  footer: {
    variant: 'simple',
    tagline: 'Brand, product and growth for African companies that move fast.',
    columns: [],
    social: [profile('instagram'), profile('linkedin'), profile('x')],
    legal: 'Made in Kilimani.',
  },
});

const work = section(gallery, {
  variant: 'grid',
  anchor: 'work',
  tone: 'default',
  eyebrow: 'Selected work',
  heading: 'Products people actually use',
  intro: '',
  items: [
    photo(
      `${D}/work-fintech.svg`,
      'Pesa Pocket — savings app, 400k downloads',
      'Abstract orbit artwork for the Pesa Pocket case study',
    ),
    photo(
      `${D}/work-retail.svg`,
      'Duka Direct — wholesale ordering on WhatsApp',
      'Abstract wave artwork for the Duka Direct case study',
    ),
    photo(
      `${D}/work-ngo.svg`,
      'Afya Mashinani — community health records',
      'Abstract block artwork for the Afya Mashinani case study',
    ),
    photo(
      `${D}/work-mobility.svg`,
      'Boda Share — rider financing dashboard',
      'Abstract chart artwork for the Boda Share case study',
    ),
  ],
});

const capabilities = section(features, {
  variant: 'grid',
  anchor: 'services',
  tone: 'alt',
  eyebrow: 'Capabilities',
  heading: 'One team from first sketch to first million users',
  intro: '',
  columns: '4',
  items: [
    feature('star', 'Brand identity', 'Naming, logo systems, voice and launch campaigns.'),
    feature('phone', 'Product design', 'Research, UX and UI for apps, USSD and WhatsApp flows.'),
    feature('tool', 'Engineering', 'Web and mobile builds with M-Pesa, Airtel Money and card payments.'),
    feature('bolt', 'Growth', 'Performance marketing, CRM and analytics that tie spend to revenue.'),
  ],
});

export const businessNuru: Starter = {
  id: 'business-nuru',
  category: 'business',
  designSystem: 'nuru',
  name: 'Nuru — creative & digital agency',
  description:
    'A bold, dark site for a studio or agency: big statements, case studies, capabilities, retainers and a project brief form.',
  site: { name: 'Kanda Creative', tagline: 'Brand and product studio, Nairobi' },
  pages: [
    page(
      '',
      'Home',
      seo(
        'Kanda Creative — Brand & Product Studio in Nairobi',
        'Kanda is a Nairobi studio designing brands, apps and growth for African fintech, retail and health companies. 60+ launches since 2016.',
        `${D}/hero.svg`,
      ),
      [
        section(hero, {
          variant: 'centered',
          tone: 'default',
          eyebrow: 'Brand · Product · Growth',
          heading: 'We design what Africa taps, swipes and dials next',
          subheading:
            'Kanda is a 22-person studio in Kilimani building brands and digital products for fintechs, retailers and health innovators from Lagos to Lusaka.',
          actions: [
            { label: 'Start a project', href: 'page:contact' },
            { label: 'See the work', href: '#work' },
          ],
          image: { src: img(`${D}/hero.svg`), alt: 'Geometric lime and black composition' },
        }),
        section(logos, {
          variant: 'row',
          tone: 'default',
          title: 'Partners we have launched with',
          logos: CLIENT_LOGOS.slice(2, 8).map(([id, name]) => logo(id, name, true)),
        }),
        work,
        capabilities,
        section(stats, {
          variant: 'row',
          tone: 'inverse',
          title: 'By the numbers',
          items: [
            { value: '60+', label: 'Products launched', detail: '' },
            { value: '11', label: 'Countries', detail: '' },
            { value: '4.8M', label: 'Monthly active users', detail: 'Across client products' },
            { value: '9', label: 'Awards', detail: 'Including two Loeries' },
          ],
        }),
        section(testimonials, {
          variant: 'single-large',
          tone: 'default',
          eyebrow: 'Client voice',
          heading: '',
          items: [
            quote(
              'Kanda took us from a napkin sketch to 400,000 downloads in nine months. They think like founders and ship like engineers.',
              'Brian Mutua',
              'Co-founder, Pesa Pocket',
              0,
              'shared/team-7.svg',
            ),
          ],
        }),
        section(blogList, {
          variant: 'featured-first',
          tone: 'alt',
          eyebrow: 'Journal',
          title: 'Notes from the studio',
          intro: '',
          limit: 3,
          allPostsLabel: 'Read the journal',
        }),
        section(cta, {
          variant: 'banner',
          tone: 'inverse',
          eyebrow: 'Now booking Q3',
          title: 'Got something bold to build?',
          body: 'Send us a short brief. We reply within 48 hours with questions, a rough timeline and a budget range.',
          actions: [{ label: 'Start a project', href: 'page:contact' }],
        }),
      ],
    ),
    page(
      'about',
      'Studio',
      seo(
        'About Kanda Creative — A Nairobi Design Studio',
        'Founded in 2016 by a designer and an engineer, Kanda is a 22-person brand and product studio in Kilimani, Nairobi. Meet the team behind the work.',
        `${D}/studio.svg`,
      ),
      [
        section(imageText, {
          variant: 'image-right',
          anchor: 'studio',
          tone: 'default',
          eyebrow: 'The studio',
          title: 'Designers and engineers under one roof',
          body: 'Kanda started in 2016 in a shared flat on Argwings Kodhek Road: one designer, one engineer and a belief that African products deserve world-class craft.\n\nToday we are 22 people — strategists, designers, engineers and growth marketers — working with founders who want a partner, not a vendor.',
          image: { src: img(`${D}/studio.svg`), alt: 'Soft lime and blue light shapes on black' },
          actions: [{ label: 'Work with us', href: 'page:contact' }],
        }),
        section(team, {
          variant: 'grid',
          anchor: 'team',
          tone: 'alt',
          eyebrow: 'Leadership',
          title: 'The people behind Kanda',
          intro: '',
          members: [
            member(
              'Kevin Ochieng',
              'Founder & Creative Director',
              'Led brand work for three of Kenya’s top ten fintechs.',
              'shared/team-8.svg',
            ),
            member(
              'Naliaka Wekesa',
              'Co-founder & CTO',
              'Engineer behind payment integrations used by 2 million people.',
              'shared/team-4.svg',
            ),
            member(
              'Ian Muriuki',
              'Head of Product Design',
              'Ex-Safaricom digital. Obsessed with USSD flows that just work.',
              'shared/team-5.svg',
            ),
            member(
              'Salma Noor',
              'Growth Lead',
              'Runs performance campaigns across Kenya, Nigeria and Ghana.',
              'shared/team-6.svg',
            ),
          ],
        }),
      ],
    ),
    page(
      'services',
      'Services',
      seo(
        'Services and Retainers — Kanda Creative, Nairobi',
        'Brand identity, product design, engineering and growth retainers for startups and enterprises. Sprints from KES 450,000; monthly retainers available.',
      ),
      [
        capabilities,
        section(pricing, {
          variant: 'table',
          anchor: 'pricing',
          tone: 'default',
          eyebrow: 'Engagements',
          heading: 'Ways to work with us',
          intro: 'Fixed-price sprints for a clear outcome, or a monthly retainer for an embedded team.',
          plans: [
            plan(
              'Brand sprint',
              450000,
              'fixed, 4 weeks',
              'A new identity, ready to launch.',
              ['Strategy workshop', 'Logo and visual system', 'Brand guidelines', 'Launch assets'],
              'Book a sprint',
            ),
            plan(
              'Product sprint',
              900000,
              'fixed, 6 weeks',
              'From idea to a tested prototype.',
              [
                'Strategy workshop',
                'User research in two cities',
                'Clickable prototype',
                'Usability testing',
              ],
              'Book a sprint',
              true,
            ),
            plan(
              'Embedded team',
              1600000,
              'per month',
              'Designers and engineers on your roadmap.',
              [
                'Strategy workshop',
                'Dedicated designer and two engineers',
                'Weekly releases',
                'Analytics and growth reviews',
              ],
              'Talk to us',
            ),
          ],
          note: 'Prices exclude VAT. International clients are billed in USD at the day’s rate.',
        }),
        work,
      ],
    ),
    contactPage(
      'Contact',
      seo(
        'Start a Project with Kanda Creative — Nairobi Studio',
        'Tell us about your brand, product or growth challenge. Kanda Creative replies within 48 hours. Visit us at Kilimani, Nairobi or call +254 746 200 318.',
      ),
      {
        variant: 'form-with-details',
        heading: 'Tell us what you are building',
        intro: 'A few lines are enough. We reply within 48 hours.',
        formName: 'Project brief',
        submitLabel: 'Send brief',
        successMessage: 'Brief received. Someone from the studio will be in touch within 48 hours.',
        fields: [
          field('name', 'Your name', 'text', true),
          field('company', 'Company', 'text', true),
          field('email', 'Work email', 'email', true),
          field('budget', 'Budget range', 'select', true, [
            'Under KES 500,000',
            'KES 500,000 – 1.5M',
            'KES 1.5M – 5M',
            'Above KES 5M',
          ]),
          field('brief', 'What are you building?', 'textarea', true),
        ],
        phone: PHONE,
        email: EMAIL,
        address: 'The Mint, 4th floor, Argwings Kodhek Road\nKilimani, Nairobi',
        hours: 'Mon–Fri 9:00–18:00',
        whatsapp: PHONE,
      },
    ),
  ],
  posts: [
    {
      slug: 'designing-for-ussd',
      title: 'Designing for USSD: five rules from 40 launched flows',
      excerpt:
        'Half of Kenya still transacts on feature phones. Designing a great *384# menu is a craft of its own.',
      cover: { src: img(`${D}/blog-ussd.svg`), alt: 'Lime wave lines on black' },
      tags: ['Product', 'USSD'],
      author: 'Ian Muriuki',
      daysAgo: 9,
      body: doc(
        p(
          'A USSD session times out after about 180 seconds and shows 182 characters at a time. Every word costs the user time and money.',
        ),
        h2('Our five rules'),
        ol(
          'Put the most common action at option 1.',
          'Never ask for information you can look up from the phone number.',
          'Confirm amounts in words and figures before charging.',
          'Send an SMS receipt for every transaction.',
          'Test with real users in Kibera and Kakamega, not in the office.',
        ),
        p('Good USSD design is invisible. Bad USSD design is a support call.'),
      ),
    },
    {
      slug: 'brand-on-a-startup-budget',
      title: 'A brand on a startup budget: what to do first',
      excerpt:
        'You do not need a 90-page brand book to launch. You need a name, a mark and a voice your customers remember.',
      cover: { src: img(`${D}/blog-brand.svg`), alt: 'Geometric blocks in lime, grey and white' },
      tags: ['Brand'],
      author: 'Kevin Ochieng',
      daysAgo: 27,
      body: doc(
        p(
          'Early-stage founders ask us the same question every month: how much brand do we need before launch?',
        ),
        h2('The minimum that works'),
        ul(
          'A name that is easy to say in English, Kiswahili and Sheng.',
          'A simple mark that reads at 48 pixels — the size of an app icon.',
          'Two colours, one typeface, and a tone of voice written on one page.',
        ),
        p('Everything else can wait until you have customers telling you who you are.'),
      ),
    },
  ],
};
