/** Creators × Lenzi: a landscape and wedding photographer based in Nairobi. */
import type { Starter } from '../design/types.js';
import { blogList } from '../sections/blog-list.js';
import { cta } from '../sections/cta.js';
import { gallery } from '../sections/gallery.js';
import { hero } from '../sections/hero.js';
import { imageText } from '../sections/image-text.js';
import { logos } from '../sections/logos.js';
import { pricing } from '../sections/pricing.js';
import { testimonials } from '../sections/testimonials.js';
import {
  CLIENT_LOGOS,
  doc,
  field,
  frame,
  h2,
  img,
  logo,
  ol,
  p,
  photo,
  plan,
  profile,
  quote,
  section,
  seo,
} from './build.js';

const D = 'creators-lenzi';
const PHONE = '+254 720 371 889';
const EMAIL = 'studio@wanjirukamau.photo';

const { page, contactPage } = frame({
  nav: { variant: 'inline', ctaLabel: '', ctaHref: '', sticky: false },
  footer: {
    variant: 'simple',
    tagline: 'Landscape, wildlife and wedding photography across East Africa.',
    columns: [],
    social: [profile('instagram'), profile('youtube')],
    legal: 'All images © the photographer.',
  },
});

const portfolio = section(gallery, {
  variant: 'masonry',
  anchor: 'portfolio',
  tone: 'default',
  eyebrow: 'Portfolio',
  heading: 'Selected work, 2019–2025',
  intro: '',
  items: [
    photo(`${D}/mara-sunset.svg`, 'Giraffes at last light, Maasai Mara'),
    photo(`${D}/mount-kenya.svg`, 'Batian and Nelion before dawn, Mount Kenya'),
    photo(`${D}/lamu-dhow.svg`, 'A jahazi returning to Shela, Lamu'),
    photo(`${D}/nairobi-night.svg`, 'Upper Hill after the rain, Nairobi'),
    photo(`${D}/naivasha-mist.svg`, 'Morning mist over Lake Naivasha'),
    photo(`${D}/amboseli-dawn.svg`, 'Kilimanjaro from Amboseli at dawn'),
  ],
});

export const creatorsLenzi: Starter = {
  id: 'creators-lenzi',
  category: 'creators',
  designSystem: 'lenzi',
  name: 'Lenzi — photographer portfolio',
  description:
    'A minimal, image-first portfolio for a photographer or filmmaker: full-bleed work, packages, a journal and a booking form.',
  site: { name: 'Wanjiru Kamau', tagline: 'Photographer — landscapes, wildlife, weddings' },
  pages: [
    page(
      '',
      'Work',
      seo(
        'Wanjiru Kamau — Photographer in Nairobi, Kenya',
        'Landscape, wildlife and wedding photography from Nairobi: the Maasai Mara, Mount Kenya, Lamu and beyond. Prints, commissions and wedding bookings.',
        `${D}/mara-sunset.svg`,
      ),
      [
        section(hero, {
          variant: 'image-background',
          tone: 'inverse',
          eyebrow: 'Photographer · Nairobi',
          heading: 'Light, land and the people in between',
          subheading: 'Ten years photographing Kenya’s wild places and the weddings that happen in them.',
          actions: [
            { label: 'View portfolio', href: '#portfolio' },
            { label: 'Book a shoot', href: 'page:contact' },
          ],
          image: {
            src: img(`${D}/mara-sunset.svg`),
            alt: 'Giraffes and acacia trees silhouetted against an orange Maasai Mara sunset',
          },
        }),
        portfolio,
        section(imageText, {
          variant: 'image-right',
          anchor: 'about',
          tone: 'alt',
          eyebrow: 'About',
          title: 'Patience is the whole job',
          body: 'I grew up in Nyeri under Mount Kenya and bought my first camera with my salary from a Nairobi bank. Ten years later I photograph for safari lodges, magazines and couples who want their wedding to look like the place it happened in.',
          image: { src: img(`${D}/mount-kenya.svg`), alt: 'Mount Kenya above blue ridges' },
          actions: [{ label: 'More about me', href: 'page:about' }],
        }),
        section(logos, {
          variant: 'grid',
          tone: 'default',
          title: 'Commissioned by',
          logos: CLIENT_LOGOS.slice(0, 4).map(([id, name]) => logo(id, name)),
        }),
        section(testimonials, {
          variant: 'single-large',
          tone: 'default',
          eyebrow: '',
          heading: '',
          items: [
            quote(
              'Wanjiru disappeared into our wedding and came back with photographs that made our grandmothers cry. Worth every shilling.',
              'Aisha & David',
              'Married at Lake Naivasha, 2024',
              0,
            ),
          ],
        }),
        section(blogList, {
          variant: 'list',
          tone: 'alt',
          eyebrow: 'Journal',
          title: 'Field notes',
          intro: '',
          limit: 2,
          allPostsLabel: 'All journal entries',
        }),
        section(cta, {
          variant: 'split',
          tone: 'inverse',
          eyebrow: '2025 & 2026 dates',
          title: 'Now booking weddings and safaris',
          body: 'Tell me your date and the place. I reply within two days.',
          actions: [{ label: 'Check availability', href: 'page:contact' }],
        }),
      ],
    ),
    page(
      'about',
      'About',
      seo(
        'About Wanjiru Kamau — Kenyan Landscape Photographer',
        'From Nyeri to the Maasai Mara: the story behind the camera, the places Wanjiru returns to, and how she works with couples, lodges and magazines.',
        `${D}/naivasha-mist.svg`,
      ),
      [
        section(imageText, {
          variant: 'image-top',
          anchor: 'about',
          tone: 'default',
          eyebrow: 'About',
          title: 'Ten years, forty-seven counties, one camera bag',
          body: 'I photograph landscapes and wildlife for lodges, conservancies and magazines, and around twenty weddings a year.\n\nMy work has appeared in travel magazines in Kenya and abroad, and my prints hang in lodges from Laikipia to Diani. I work with natural light, small crews and a lot of patience.',
          image: { src: img(`${D}/naivasha-mist.svg`), alt: 'Acacia trees in morning mist at Lake Naivasha' },
          actions: [],
        }),
      ],
    ),
    page(
      'services',
      'Packages',
      seo(
        'Photography Packages & Prices — Wanjiru Kamau, Nairobi',
        'Wedding photography from KES 180,000, portrait sessions and lodge commissions across Kenya. Clear packages, 50% deposit by M-Pesa to book your date.',
      ),
      [
        section(pricing, {
          variant: 'cards',
          anchor: 'packages',
          tone: 'default',
          eyebrow: 'Packages',
          heading: 'Clear prices, no surprises',
          intro: 'A 50% deposit by M-Pesa or bank transfer secures your date.',
          plans: [
            plan(
              'Portrait session',
              35000,
              'per session',
              'Two hours in Nairobi or Naivasha.',
              ['40 edited photographs', 'Online gallery', 'Two locations'],
              'Book a session',
            ),
            plan(
              'Wedding day',
              180000,
              'per wedding',
              'Ceremony to first dance.',
              ['10 hours of coverage', '500+ edited photographs', 'Second photographer', 'Printed album'],
              'Check my date',
              true,
            ),
            plan(
              'Lodge commission',
              250000,
              'per project',
              'For lodges and conservancies.',
              ['Three days on location', 'Landscape, rooms and wildlife', 'Full commercial licence'],
              'Request a proposal',
            ),
          ],
          note: 'Travel outside Nairobi is charged at cost. Prices exclude VAT.',
        }),
        portfolio,
      ],
    ),
    contactPage(
      'Contact',
      seo(
        'Book a Shoot — Contact Wanjiru Kamau Photography',
        'Check availability for your wedding, portrait session or lodge commission in Kenya. Call +254 720 371 889 or send your date and location here.',
      ),
      {
        variant: 'form-only',
        heading: 'Tell me about your shoot',
        intro: 'Share your date, the place and what matters most to you. I reply within two days.',
        formName: 'Booking enquiry',
        submitLabel: 'Send enquiry',
        successMessage: 'Thank you — I will be in touch within two days.',
        fields: [
          field('name', 'Name', 'text', true),
          field('email', 'Email', 'email', true),
          field('phone', 'Phone', 'tel', false),
          field('type', 'Type of shoot', 'select', true, ['Wedding', 'Portrait', 'Lodge or brand', 'Prints']),
          field('message', 'Date, place and details', 'textarea', true),
        ],
        phone: PHONE,
        email: EMAIL,
        address: 'Studio visits by appointment, Lavington, Nairobi',
        hours: '',
        whatsapp: PHONE,
      },
    ),
  ],
  posts: [
    {
      slug: 'chasing-golden-hour-in-the-mara',
      title: 'Chasing golden hour in the Maasai Mara',
      excerpt:
        'Twenty minutes of perfect light a day. How I plan a Mara shoot around the sun, the weather and the animals.',
      cover: { src: img(`${D}/blog-golden-hour.svg`), alt: 'Golden sunset over the savanna' },
      tags: ['Wildlife', 'Technique'],
      author: 'Wanjiru Kamau',
      daysAgo: 8,
      body: doc(
        p(
          'In the Mara, the best light lasts about twenty minutes after sunrise and twenty before sunset. Everything else is planning.',
        ),
        h2('How I plan a day'),
        ol(
          'Leave camp 40 minutes before sunrise, with the driver briefed on where the light will fall.',
          'Position with the sun behind the animals for silhouettes, or to the side for texture.',
          'Rest at midday — harsh light and heat are hard on everyone.',
        ),
        p('The giraffes on the front page took four evenings of waiting at the same acacia.'),
      ),
    },
    {
      slug: 'what-is-in-my-camera-bag',
      title: 'What is in my camera bag (and what I left at home)',
      excerpt: 'Two bodies, three lenses and a beanbag. Packing light for safaris and weddings.',
      cover: { src: img(`${D}/blog-gear.svg`), alt: 'Abstract lens rings on black' },
      tags: ['Gear'],
      author: 'Wanjiru Kamau',
      daysAgo: 30,
      body: doc(
        p('Camera bags get heavier every year. Mine got lighter.'),
        p(
          'For safaris: two bodies, a 100–400 mm zoom, a 24–70 mm and a beanbag for the vehicle window. For weddings: the same bodies, a 35 mm and an 85 mm. That is all.',
        ),
      ),
    },
  ],
};
