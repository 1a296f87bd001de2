/** Business × Kilima: an agribusiness and sustainability consultancy in Nakuru. */
import type { Starter } from '../design/types.js';
import { cta } from '../sections/cta.js';
import { faq } from '../sections/faq.js';
import { features } from '../sections/features.js';
import { gallery } from '../sections/gallery.js';
import { hero } from '../sections/hero.js';
import { imageText } from '../sections/image-text.js';
import { stats } from '../sections/stats.js';
import { team } from '../sections/team.js';
import { testimonials } from '../sections/testimonials.js';
import {
  blockquote,
  doc,
  emailLink,
  feature,
  field,
  frame,
  h2,
  img,
  member,
  p,
  phoneLink,
  photo,
  profile,
  quote,
  section,
  seo,
  ul,
} from './build.js';

const D = 'business-kilima';
const PHONE = '+254 722 615 904';
const EMAIL = 'karibu@mizizi.co.ke';

const { page, contactPage } = frame({
  nav: {
    variant: 'centered-logo',
    ctaLabel: 'Start a conversation',
    ctaHref: 'page:contact',
    sticky: false,
  },
  footer: {
    variant: 'columns',
    tagline:
      'Advisory for farmers’ co-operatives, agribusinesses and the people who fund them. Nakuru and Nairobi.',
    columns: [
      {
        title: 'Practice',
        links: [
          { label: 'About', href: 'page:about' },
          { label: 'Services', href: 'page:services' },
          { label: 'Field notes', href: '/blog' },
        ],
      },
      {
        title: 'Nakuru office',
        links: [phoneLink(PHONE), emailLink(EMAIL)],
      },
    ],
    social: [profile('linkedin'), profile('youtube')],
    legal: 'Registered in Kenya. All rights reserved.',
  },
});

const offer = section(features, {
  variant: 'list',
  anchor: 'services',
  tone: 'default',
  eyebrow: 'Our practice',
  heading: 'Four ways we help rural enterprises grow',
  intro: 'Every engagement starts on the farm, not in a boardroom.',
  columns: '2',
  items: [
    feature(
      'users',
      'Co-operative strengthening',
      'Governance, member records and fair payout systems for dairy, tea and coffee co-operatives.',
    ),
    feature(
      'leaf',
      'Climate-smart farming',
      'Soil testing, water harvesting and regenerative practices that pay back within two seasons.',
    ),
    feature(
      'wallet',
      'Access to finance',
      'Bankable business plans and due diligence packs for SACCOs, impact investors and county funds.',
    ),
    feature(
      'pin',
      'Market linkages',
      'Contracts with processors, exporters and supermarkets — priced fairly for the grower.',
    ),
  ],
});

export const businessKilima: Starter = {
  id: 'business-kilima',
  category: 'business',
  designSystem: 'kilima',
  name: 'Kilima — consultancy & advisory',
  description:
    'A warm, earthy site for a consultancy or advisory practice: approach, services, field notes and a team rooted in place.',
  site: { name: 'Mizizi Consulting', tagline: 'Agribusiness advisory rooted in the Rift Valley' },
  pages: [
    page(
      '',
      'Home',
      seo(
        'Mizizi Consulting — Agribusiness Advisory in Nakuru, Kenya',
        'We help farmers’ co-operatives and agribusinesses across the Rift Valley grow sustainably: governance, climate-smart farming, finance and markets.',
        `${D}/hero.svg`,
      ),
      [
        section(hero, {
          variant: 'image-background',
          tone: 'inverse',
          eyebrow: 'Nakuru · Kericho · Nyeri',
          heading: 'Stronger co-operatives, healthier soils, fairer markets',
          subheading:
            'For fifteen years Mizizi has worked alongside 60 co-operatives and 40,000 smallholder farmers across the Rift Valley and Mount Kenya region.',
          actions: [
            { label: 'Start a conversation', href: 'page:contact' },
            { label: 'Our approach', href: 'page:about' },
          ],
          image: { src: img(`${D}/hero.svg`), alt: 'Tea fields on rolling hills under a warm sky' },
        }),
        section(imageText, {
          variant: 'image-left',
          anchor: 'approach',
          tone: 'default',
          eyebrow: 'Our approach',
          title: 'Advice that starts with the people who farm the land',
          body: 'Mizizi means “roots” in Kiswahili. Before we write a single recommendation, we spend time on the farms, in the collection centres and at the AGMs.\n\nThe result is advice members believe in — and plans that are still working long after we leave.',
          image: { src: img(`${D}/field.svg`), alt: 'Acacia trees on a golden hillside' },
          actions: [{ label: 'Read our story', href: 'page:about' }],
        }),
        offer,
        section(stats, {
          variant: 'cards',
          tone: 'alt',
          title: 'Fifteen years in the field',
          items: [
            { value: '60', label: 'Co-operatives advised', detail: 'Dairy, tea, coffee and horticulture' },
            { value: '40,000', label: 'Farmers reached', detail: 'In eleven counties' },
            { value: '+32%', label: 'Average payout increase', detail: 'Within three years of engagement' },
          ],
        }),
        section(testimonials, {
          variant: 'single-large',
          tone: 'default',
          eyebrow: 'From our partners',
          heading: 'What changes when the roots are strong',
          items: [
            quote(
              'Mizizi helped us digitise milk records and fix our payout system. Members now get paid by M-Pesa on the 5th of every month, and our intake has doubled.',
              'Joseph Kamau',
              'Chairman, Olkalou Dairy Farmers Co-operative',
              5,
              'shared/team-3.svg',
            ),
          ],
        }),
        section(gallery, {
          variant: 'carousel-strip',
          tone: 'alt',
          eyebrow: 'Field notes',
          heading: 'Where we work',
          intro: '',
          items: [
            photo(`${D}/tea.svg`, 'Tea smallholdings, Kericho'),
            photo(`${D}/mountain.svg`, 'Coffee farms below Mount Kenya, Nyeri'),
            photo(`${D}/field.svg`, 'Dryland trials, Baringo'),
            photo(`${D}/dairy.svg`, 'Dairy co-operative, Olkalou'),
          ],
        }),
        section(cta, {
          variant: 'split',
          tone: 'inverse',
          eyebrow: 'Work with us',
          title: 'Planning a programme for the next season?',
          body: 'Tell us about your co-operative, enterprise or fund. We reply within two working days.',
          actions: [
            { label: 'Start a conversation', href: 'page:contact' },
            phoneLink(PHONE, `Call ${PHONE}`),
          ],
        }),
      ],
    ),
    page(
      'about',
      'About',
      seo(
        'About Mizizi Consulting — Our Story and Team',
        'Founded in Nakuru in 2010 by agronomist Dr Esther Chebet, Mizizi Consulting brings together agronomists, economists and co-operative specialists.',
        `${D}/mountain.svg`,
      ),
      [
        section(imageText, {
          variant: 'image-top',
          anchor: 'story',
          tone: 'default',
          eyebrow: 'Our story',
          title: 'Rooted in the Rift Valley since 2010',
          body: 'Dr Esther Chebet founded Mizizi after a decade at the Kenya Agricultural and Livestock Research Organization, frustrated that good research rarely reached the farm gate.\n\nToday our team of twelve agronomists, economists and co-operative specialists works from offices in Nakuru town and Westlands, Nairobi — and spends most weeks in the field.',
          image: { src: img(`${D}/mountain.svg`), alt: 'Mount Kenya above farmland' },
          actions: [],
        }),
        section(team, {
          variant: 'list-with-bios',
          anchor: 'team',
          tone: 'alt',
          eyebrow: 'The team',
          title: 'People who know the land',
          intro: '',
          members: [
            member(
              'Dr Esther Chebet',
              'Founder & Principal',
              'Agronomist (PhD, Egerton University). Leads our climate-smart farming practice and sits on two county agricultural boards.',
              'shared/team-2.svg',
            ),
            member(
              'Samuel Njoroge',
              'Co-operatives Lead',
              'Former general manager of a 4,000-member dairy co-operative in Nyandarua. Specialist in governance and member payouts.',
              'shared/team-3.svg',
            ),
            member(
              'Mercy Atieno',
              'Agri-finance Advisor',
              'Structures SACCO and impact-investor deals. Previously with a Nairobi development finance institution.',
              'shared/team-4.svg',
            ),
          ],
        }),
      ],
    ),
    page(
      'services',
      'Services',
      seo(
        'Agribusiness Consulting Services — Mizizi Consulting',
        'Co-operative governance, climate-smart farming, agri-finance and market linkages for Kenyan farmer groups and agribusinesses. Fixed-scope engagements.',
      ),
      [
        offer,
        section(faq, {
          variant: 'accordion',
          tone: 'alt',
          eyebrow: 'Working together',
          heading: 'How engagements work',
          intro: '',
          items: [
            {
              question: 'How long is a typical engagement?',
              answer:
                'Most run for one or two farming seasons, with a field visit every month. Short diagnostic studies take four to six weeks.',
            },
            {
              question: 'Who pays for your work?',
              answer:
                'Co-operatives, county governments, development partners and private agribusinesses. Many co-operatives co-fund our work through their development funds.',
            },
            {
              question: 'Do you work outside the Rift Valley?',
              answer:
                'Yes. We have active projects in Meru, Kisii and Machakos, and have worked in Uganda and Tanzania.',
            },
          ],
        }),
      ],
    ),
    contactPage(
      'Contact',
      seo(
        'Contact Mizizi Consulting — Nakuru and Nairobi Offices',
        'Tell us about your co-operative, agribusiness or programme. Visit our Nakuru office on Kenyatta Avenue or call +254 722 615 904 to talk to the team.',
      ),
      {
        variant: 'form-with-details',
        heading: 'Start a conversation',
        intro:
          'Share a little about your organisation and what you hope to change. We reply within two working days.',
        formName: 'Enquiry',
        submitLabel: 'Send enquiry',
        successMessage: 'Asante sana! We have your message and will reply within two working days.',
        fields: [
          field('name', 'Your name', 'text', true),
          field('organisation', 'Organisation', 'text', true),
          field('email', 'Email', 'email', true),
          field('phone', 'Phone', 'tel', false),
          field('message', 'What would you like to achieve?', 'textarea', true),
        ],
        phone: PHONE,
        email: EMAIL,
        address: 'Kivu House, 1st floor, Kenyatta Avenue\nNakuru',
        hours: 'Mon–Fri 8:00–17:00',
        whatsapp: PHONE,
      },
    ),
  ],
  posts: [
    {
      slug: 'soil-testing-before-planting',
      title: 'Why every co-operative should test its soil before the long rains',
      excerpt: 'A KES 1,500 soil test can save a farmer KES 20,000 in fertiliser that the land did not need.',
      cover: { src: img(`${D}/blog-soil.svg`), alt: 'Red earth hills at sunset' },
      tags: ['Soil', 'Climate-smart'],
      author: 'Dr Esther Chebet',
      daysAgo: 6,
      body: doc(
        p(
          'Across Nakuru and Nyandarua we keep meeting farmers who apply the same DAP every season, on soils that are already acidic. The yields do not move, and the fertiliser bill keeps growing.',
        ),
        h2('What a soil test tells you'),
        ul(
          'pH — whether lime, not fertiliser, is the first thing the soil needs.',
          'Organic matter — and how much manure or compost would help.',
          'Phosphorus and potassium — so you buy only what is missing.',
        ),
        blockquote(
          'After testing, one dairy co-operative cut its members’ fertiliser spend by a third and raised maize yields by 18%.',
        ),
        p(
          'County soil labs and several private labs in Nakuru now return results in under two weeks. Co-operatives can negotiate group rates for members.',
        ),
      ),
    },
    {
      slug: 'fair-payouts-for-dairy-members',
      title: 'Fair, fast payouts: lessons from three dairy co-operatives',
      excerpt:
        'Members stay loyal when they are paid on time. Here is how three co-operatives moved to M-Pesa payouts on a fixed date.',
      cover: { src: img(`${D}/blog-coop.svg`), alt: 'Farmland with tea rows at dusk' },
      tags: ['Co-operatives', 'Dairy'],
      author: 'Samuel Njoroge',
      daysAgo: 24,
      body: doc(
        p(
          'Side-selling — members selling milk to brokers for cash — is the biggest threat to dairy co-operatives. The fix is rarely a higher price. It is **predictability**.',
        ),
        h2('What worked'),
        ul(
          'Digital milk records at every collection centre, shared with members by SMS each evening.',
          'A fixed payout date — the 5th of the month — announced at the AGM and never missed.',
          'Bulk M-Pesa payouts, so members no longer travel to town to collect cheques.',
        ),
        p('Within a year, all three co-operatives saw intake rise by more than 40%.'),
      ),
    },
  ],
};
