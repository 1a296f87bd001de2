/** Shops × Mitindo: a kitenge fashion boutique in Karen, Nairobi. */
import type { Starter } from '../design/types.js';
import { cta } from '../sections/cta.js';
import { faq } from '../sections/faq.js';
import { features } from '../sections/features.js';
import { gallery } from '../sections/gallery.js';
import { hero } from '../sections/hero.js';
import { imageText } from '../sections/image-text.js';
import { products } from '../sections/products.js';
import { testimonials } from '../sections/testimonials.js';
import {
  doc,
  feature,
  field,
  frame,
  h2,
  img,
  type ProductItem,
  p,
  phoneLink,
  photo,
  product,
  profile,
  quote,
  section,
  seo,
  ul,
} from './build.js';

const D = 'shops-mitindo';
const PHONE = '+254 798 552 014';
const WHATSAPP = 'https://wa.me/254798552014';
const EMAIL = 'atelier@nyotakitenge.co.ke';
const order = { href: WHATSAPP };

const COLLECTION: ProductItem[] = [
  product(
    'Dresses',
    'Zawadi midi dress',
    'Fitted bodice, full skirt, monochrome Ankara print. Sizes 8–20.',
    8900,
    `${D}/dress.svg`,
    { ...order, badge: 'New' },
  ),
  product(
    'Men',
    'Baraka kitenge shirt',
    'Short-sleeve cotton shirt in indigo and saffron wax print.',
    4500,
    `${D}/shirt.svg`,
    order,
  ),
  product(
    'Accessories',
    'Soko tote',
    'Structured tote with leather handles, lined, fits a 14" laptop.',
    5200,
    `${D}/tote.svg`,
    order,
  ),
  product(
    'Accessories',
    'Maasai bead earrings',
    'Hand-beaded hoops by the Kajiado women’s co-operative.',
    2400,
    `${D}/earrings.svg`,
    { ...order, badge: 'Handmade' },
  ),
  product(
    'Shoes',
    'Lamu leather sandals',
    'Hand-stitched in Lamu Old Town, with kitenge straps.',
    3800,
    `${D}/sandals.svg`,
    order,
  ),
  product(
    'Accessories',
    'Kikoi scarf',
    'Soft cotton kikoi from Mombasa, fringed edges.',
    2900,
    `${D}/wrap.svg`,
    order,
  ),
];

const { page, contactPage } = frame({
  nav: {
    variant: 'centered-logo',
    ctaLabel: 'Book a fitting',
    ctaHref: 'page:contact',
    sticky: false,
  },
  footer: {
    variant: 'columns',
    tagline: 'Contemporary African tailoring, designed and made in Nairobi.',
    columns: [
      {
        title: 'Shop',
        links: [
          { label: 'Collection', href: 'page:collection' },
          { label: 'Made to measure', href: 'page:about' },
        ],
      },
      {
        title: 'Atelier',
        links: [{ label: 'Visit us', href: 'page:contact' }, phoneLink(PHONE)],
      },
    ],
    social: [profile('instagram'), profile('tiktok'), { network: 'whatsapp', href: WHATSAPP }],
    legal: 'Cut and sewn in Nairobi.',
  },
});

export const shopsMitindo: Starter = {
  id: 'shops-mitindo',
  category: 'shops',
  designSystem: 'mitindo',
  name: 'Mitindo — fashion boutique',
  description:
    'An editorial black-and-white site for a fashion boutique or designer: the collection, made-to-measure, lookbook and fittings.',
  site: { name: 'Nyota Kitenge Atelier', tagline: 'Contemporary African tailoring, made in Nairobi' },
  pages: [
    page(
      '',
      'Home',
      seo(
        'Nyota Kitenge Atelier — African Fashion Boutique, Karen',
        'Contemporary kitenge dresses, shirts and accessories designed and tailored in Nairobi. Shop the collection, order on WhatsApp, or book a fitting.',
        `${D}/hero.svg`,
      ),
      [
        section(hero, {
          variant: 'split',
          tone: 'default',
          eyebrow: 'The Long Rains Collection',
          heading: 'Bold prints, quiet tailoring',
          subheading:
            'Kitenge and Ankara pieces cut in our Karen atelier, finished by hand and made to be worn for years.',
          actions: [
            { label: 'Shop the collection', href: 'page:collection' },
            { label: 'Book a fitting', href: 'page:contact' },
          ],
          image: { src: img(`${D}/hero.svg`), alt: 'Black, crimson and sand geometric composition' },
        }),
        section(products, {
          variant: 'cards',
          anchor: 'new-in',
          tone: 'default',
          eyebrow: 'New in',
          title: 'Just landed',
          intro: '',
          orderLabel: 'Order',
          note: '',
          items: COLLECTION.slice(0, 3),
        }),
        section(imageText, {
          variant: 'image-left',
          anchor: 'atelier',
          tone: 'alt',
          eyebrow: 'Made to measure',
          title: 'Your measurements, our pattern-cutters',
          body: 'Every piece in the collection can be made to your measurements at no extra cost. Book a 30-minute fitting at the atelier, choose your fabric, and collect your garment ten days later.',
          image: { src: img(`${D}/atelier.svg`), alt: 'Flowing white and crimson lines on black' },
          actions: [{ label: 'Book a fitting', href: 'page:contact' }],
        }),
        section(gallery, {
          variant: 'grid',
          anchor: 'lookbook',
          tone: 'default',
          eyebrow: 'Lookbook',
          heading: 'Worn in Nairobi',
          intro: '',
          items: [
            photo(`${D}/dress.svg`, 'Zawadi midi dress'),
            photo(`${D}/shirt.svg`, 'Baraka shirt'),
            photo(`${D}/earrings.svg`, 'Beaded hoops'),
            photo(`${D}/tote.svg`, 'Soko tote'),
          ],
        }),
        section(features, {
          variant: 'grid',
          anchor: 'promise',
          tone: 'default',
          eyebrow: 'Our promise',
          heading: 'Slow fashion, made here',
          intro: '',
          columns: '3',
          items: [
            feature('heart', 'Made in Nairobi', 'Cut and sewn by our team of nine tailors in Karen.'),
            feature(
              'truck',
              'Countrywide delivery',
              'G4S or Wells Fargo to any town in Kenya within three days.',
            ),
            feature('shield', 'Free alterations', 'Free alterations for the life of the garment.'),
          ],
        }),
        section(testimonials, {
          variant: 'single-large',
          tone: 'alt',
          eyebrow: 'Worn by',
          heading: '',
          items: [
            quote(
              'I wore my Zawadi dress to three weddings this season and was asked about it at every single one.',
              'Njambi Kariuki',
              'Lawyer, Nairobi',
              0,
              'shared/team-4.svg',
            ),
          ],
        }),
        section(cta, {
          variant: 'banner',
          tone: 'inverse',
          eyebrow: 'Visit the atelier',
          title: 'Come and feel the fabrics',
          body: 'Open Tuesday to Saturday on Ngong Road, Karen. Fittings by appointment.',
          actions: [{ label: 'Book a fitting', href: 'page:contact' }],
        }),
      ],
    ),
    page(
      'collection',
      'Collection',
      seo(
        'Shop the Collection — Nyota Kitenge Atelier Nairobi',
        'Kitenge dresses from KES 8,900, men’s shirts, beaded earrings, Lamu sandals and totes. Order on WhatsApp, pay by M-Pesa, delivered countrywide.',
      ),
      [
        section(products, {
          variant: 'cards',
          anchor: 'collection',
          tone: 'default',
          eyebrow: 'Shop',
          title: 'The Long Rains Collection',
          intro: 'Order on WhatsApp and pay by M-Pesa Till 8820154. Every piece can be made to measure.',
          orderLabel: 'Order',
          note: 'Prices in KES. Free delivery in Nairobi; KES 400 to other towns.',
          items: COLLECTION,
        }),
      ],
    ),
    page(
      'about',
      'Atelier',
      seo(
        'About Nyota Kitenge Atelier — Tailoring in Karen',
        'Founded by designer Nyokabi Mwangi in 2017, Nyota is a Nairobi atelier making contemporary kitenge clothing with nine tailors and local artisans.',
        `${D}/atelier.svg`,
      ),
      [
        section(imageText, {
          variant: 'image-right',
          anchor: 'story',
          tone: 'default',
          eyebrow: 'The atelier',
          title: 'Designed by Nyokabi, made by nine hands',
          body: 'Nyokabi Mwangi trained in pattern-cutting in Nairobi and Milan before opening Nyota in 2017 in a converted garage in Karen.\n\nOur fabrics come from Gikomba and Mombasa; our beads from the Kajiado women’s co-operative; our sandals from a family workshop in Lamu. Everything is finished by hand in Nairobi.',
          image: { src: img(`${D}/atelier.svg`), alt: 'Flowing lines in white and crimson' },
          actions: [{ label: 'Shop the collection', href: 'page:collection' }],
        }),
        section(faq, {
          variant: 'two-column',
          tone: 'alt',
          eyebrow: 'Care & fit',
          heading: 'Questions about fit and care',
          intro: '',
          items: [
            {
              question: 'How does made to measure work?',
              answer:
                'Book a fitting, choose a style and fabric, and we take twelve measurements. Your garment is ready in ten working days.',
            },
            {
              question: 'Can I exchange an item?',
              answer:
                'Yes, within 14 days, unworn and with tags. Made-to-measure pieces are altered for free instead.',
            },
            {
              question: 'How should I wash kitenge?',
              answer:
                'Cold hand wash, inside out, dried in the shade. The colours will stay bright for years.',
            },
          ],
        }),
      ],
    ),
    contactPage(
      'Visit',
      seo(
        'Visit the Atelier & Book a Fitting — Nyota Kitenge, Karen',
        'Book a fitting at our atelier on Ngong Road, Karen, open Tuesday to Saturday. Or call or WhatsApp +254 798 552 014 to order from anywhere in Kenya.',
      ),
      {
        variant: 'form-with-details',
        heading: 'Book a fitting',
        intro: 'Choose a day and we will confirm a time on WhatsApp.',
        formName: 'Fitting request',
        submitLabel: 'Request a fitting',
        successMessage: 'Thank you! We will confirm your fitting on WhatsApp today.',
        fields: [
          field('name', 'Name', 'text', true),
          field('phone', 'Phone (WhatsApp)', 'tel', true),
          field('email', 'Email', 'email', false),
          field('occasion', 'Occasion', 'select', false, [
            'Wedding',
            'Work',
            'Graduation',
            'Everyday',
            'Other',
          ]),
          field('message', 'Preferred day and anything else', 'textarea', true),
        ],
        phone: PHONE,
        email: EMAIL,
        address: 'Ngong Road, opposite Karen Hospital\nKaren, Nairobi',
        hours: 'Tue–Sat 10:00–18:00\nSun–Mon closed',
        whatsapp: PHONE,
      },
    ),
  ],
  posts: [
    {
      slug: 'how-to-choose-a-kitenge-print',
      title: 'How to choose a kitenge print that suits you',
      excerpt: 'Scale, contrast and colour: a designer’s guide to picking a print you will love wearing.',
      cover: { src: img(`${D}/blog-kitenge.svg`), alt: 'Crimson, black and gold geometric print' },
      tags: ['Style', 'Kitenge'],
      author: 'Nyokabi Mwangi',
      daysAgo: 7,
      body: doc(
        p(
          'Walking into Gikomba’s fabric lanes can be overwhelming: thousands of prints, all beautiful. Here is how I choose.',
        ),
        h2('Three questions to ask'),
        ul(
          '**Scale** — large motifs suit simple, flowing cuts; small repeats suit tailored pieces.',
          '**Contrast** — high-contrast prints photograph beautifully and read as formal.',
          '**Colour** — hold the fabric to your face in daylight, not under shop lights.',
        ),
        p('Bring your favourite fabric to a fitting and we will design around it.'),
      ),
    },
    {
      slug: 'caring-for-wax-print',
      title: 'Caring for wax print: keep your colours bright for years',
      excerpt: 'Cold water, shade and a little patience. Our atelier’s care rules for kitenge and Ankara.',
      cover: { src: img(`${D}/blog-care.svg`), alt: 'White orbits on black' },
      tags: ['Care'],
      author: 'Nyokabi Mwangi',
      daysAgo: 21,
      body: doc(
        p('Good wax print softens and improves with every wash — if you treat it kindly.'),
        ul(
          'Wash cold, inside out, with a mild soap.',
          'Never wring; roll in a towel instead.',
          'Dry in the shade: the Nairobi sun fades indigo in a week.',
          'Iron on the reverse while slightly damp.',
        ),
      ),
    },
  ],
};
