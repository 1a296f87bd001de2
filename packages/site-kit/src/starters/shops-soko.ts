/** Shops × Soko: a fresh-produce grocer with M-Pesa delivery in Kisumu. */
import type { Starter } from '../design/types.js';
import { cta } from '../sections/cta.js';
import { faq } from '../sections/faq.js';
import { features } from '../sections/features.js';
import { hero } from '../sections/hero.js';
import { imageText } from '../sections/image-text.js';
import { pricing } from '../sections/pricing.js';
import { products } from '../sections/products.js';
import { stats } from '../sections/stats.js';
import { testimonials } from '../sections/testimonials.js';
import {
  doc,
  feature,
  field,
  frame,
  h2,
  img,
  ol,
  type ProductItem,
  p,
  phoneLink,
  plan,
  product,
  profile,
  quote,
  section,
  seo,
} from './build.js';

const D = 'shops-soko';
const PHONE = '+254 733 480 127';
const WHATSAPP = 'https://wa.me/254733480127';
const EMAIL = 'order@shambafresh.co.ke';
const order = { href: WHATSAPP };

const PRODUCE: ProductItem[] = [
  product('Fruit', 'Hass avocados', 'From Murang’a, ripe in two days. Pack of 4.', 200, `${D}/avocado.svg`, {
    ...order,
    badge: 'In season',
  }),
  product('Fruit', 'Apple mangoes', 'Sweet Makueni mangoes. 1 kg (about 3).', 180, `${D}/mango.svg`, order),
  product(
    'Fruit',
    'Bananas (ndizi)',
    'Ripe sweet bananas from Kisii. One hand.',
    150,
    `${D}/bananas.svg`,
    order,
  ),
  product('Vegetables', 'Tomatoes', 'Firm salad tomatoes from Ahero. 1 kg.', 120, `${D}/tomatoes.svg`, order),
  product('Vegetables', 'Sukuma wiki', 'Picked this morning in Kibos. Large bunch.', 40, `${D}/sukuma.svg`, {
    ...order,
    badge: 'KES 40',
  }),
  product('Vegetables', 'Carrots', 'Crunchy Nyandarua carrots. 1 kg.', 110, `${D}/carrots.svg`, order),
  product(
    'Pantry',
    'Kienyeji eggs',
    'Free-range eggs from Siaya farms. Tray of 30.',
    690,
    `${D}/eggs.svg`,
    order,
  ),
  product(
    'Pantry',
    'Raw honey',
    'Unprocessed honey from Baringo beekeepers. 500 g jar.',
    650,
    `${D}/honey.svg`,
    order,
  ),
];

const { page, contactPage } = frame({
  nav: {
    variant: 'inline',
    ctaLabel: 'Order on WhatsApp',
    ctaHref: WHATSAPP,
    sticky: true,
  },
  footer: {
    variant: 'columns',
    tagline: 'Fresh from the shamba to your door in Kisumu — order by WhatsApp, pay by M-Pesa.',
    columns: [
      {
        title: 'Shop',
        links: [
          { label: 'Fresh produce', href: 'page:shop' },
          { label: 'Weekly boxes', href: 'page:shop' },
          { label: 'Our farmers', href: 'page:about' },
        ],
      },
      {
        title: 'Help',
        links: [{ label: 'Delivery & contact', href: 'page:contact' }, phoneLink(PHONE)],
      },
    ],
    social: [{ network: 'whatsapp', href: WHATSAPP }, profile('facebook'), profile('instagram')],
    legal: 'Grown around Lake Victoria.',
  },
});

const boxes = section(pricing, {
  variant: 'cards',
  anchor: 'boxes',
  tone: 'alt',
  eyebrow: 'Weekly boxes',
  heading: 'A fresh box every week, sorted',
  intro: 'Delivered every Saturday morning. Pause or cancel on WhatsApp any time.',
  plans: [
    plan(
      'Kikapu Kidogo',
      1200,
      'per week',
      'For one or two people.',
      [
        '6 kg mixed vegetables and fruit',
        'Sukuma, tomatoes and onions every week',
        'Free delivery in Kisumu town',
      ],
      'Order a small box',
    ),
    plan(
      'Kikapu cha Familia',
      2300,
      'per week',
      'For a family of four to six.',
      [
        '12 kg mixed vegetables and fruit',
        'Tray of 15 kienyeji eggs',
        'Seasonal fruit from around the lake',
        'Free delivery in Kisumu town',
      ],
      'Order a family box',
      true,
    ),
    plan(
      'Office & Hotel',
      6500,
      'per week',
      'For offices, schools and small hotels.',
      ['30 kg to your order', 'Invoice with eTIMS receipt', 'Delivery twice a week'],
      'Talk to us',
    ),
  ],
  note: 'Pay by M-Pesa Paybill 522533, account SHAMBA. Prices change slightly with the season.',
});

export const shopsSoko: Starter = {
  id: 'shops-soko',
  category: 'shops',
  designSystem: 'soko',
  name: 'Soko — grocer & market',
  description:
    'A fresh, friendly site for a grocer, farm shop or deli: product cards with WhatsApp ordering, weekly boxes and delivery areas.',
  site: { name: 'Shamba Fresh', tagline: 'Farm-fresh groceries delivered in Kisumu' },
  pages: [
    page(
      '',
      'Home',
      seo(
        'Shamba Fresh — Fresh Groceries Delivered in Kisumu',
        'Farm-fresh vegetables, fruit, eggs and honey from farmers around Lake Victoria, delivered in Kisumu. Order on WhatsApp and pay by M-Pesa.',
        `${D}/hero.svg`,
      ),
      [
        section(hero, {
          variant: 'split',
          tone: 'alt',
          eyebrow: 'Kisumu · Delivered same day',
          heading: 'Straight from the shamba to your kitchen',
          subheading:
            'Vegetables picked this morning by 140 farmers around Kisumu, Siaya and Kisii — delivered to your door before lunch. Order on WhatsApp, pay by M-Pesa.',
          actions: [
            { label: 'Shop fresh produce', href: 'page:shop' },
            { label: 'Weekly boxes', href: '#boxes' },
          ],
          image: { src: img(`${D}/hero.svg`), alt: 'Green farm fields under a bright morning sun' },
        }),
        section(features, {
          variant: 'cards-with-icons',
          anchor: 'why',
          tone: 'default',
          eyebrow: 'Why Shamba Fresh',
          heading: 'Fresher, fairer, faster',
          intro: '',
          columns: '3',
          items: [
            feature(
              'leaf',
              'Picked this morning',
              'Our farmers harvest at dawn. Your sukuma was in the ground at 6 a.m.',
            ),
            feature(
              'truck',
              'Delivered by noon',
              'Order by 9 a.m. for same-day delivery anywhere in Kisumu town. Free above KES 1,500.',
            ),
            feature(
              'wallet',
              'Pay by M-Pesa',
              'Pay on delivery with M-Pesa, or ahead on Paybill 522533. No card needed.',
            ),
          ],
        }),
        section(products, {
          variant: 'cards',
          anchor: 'shop',
          tone: 'default',
          eyebrow: 'In season now',
          title: 'This week’s favourites',
          intro: 'Tap “Order” to send us a WhatsApp with your list.',
          orderLabel: 'Order',
          note: '',
          items: PRODUCE.slice(0, 4),
        }),
        section(stats, {
          variant: 'cards',
          tone: 'inverse',
          title: 'Good for farmers, good for you',
          items: [
            { value: '140', label: 'Partner farmers', detail: 'Around Lake Victoria' },
            { value: '2×', label: 'What farmers earn', detail: 'Compared with the broker price' },
            { value: '3,200', label: 'Households served', detail: 'In Kisumu every month' },
          ],
        }),
        boxes,
        section(testimonials, {
          variant: 'cards',
          tone: 'default',
          eyebrow: 'Happy kitchens',
          heading: 'Kisumu loves Shamba Fresh',
          items: [
            quote(
              'My family box arrives every Saturday by ten. The tomatoes actually taste like tomatoes!',
              'Akinyi O.',
              'Milimani, Kisumu',
              5,
            ),
            quote(
              'We buy all our vegetables for the hotel from Shamba Fresh. Reliable, and the eTIMS invoices make my accountant happy.',
              'George W.',
              'Lakeside guest house',
              5,
            ),
            quote(
              'I order on WhatsApp during my lunch break and it is at my gate before I get home.',
              'Faith N.',
              'Nyalenda',
              4,
            ),
          ],
        }),
        section(cta, {
          variant: 'split',
          tone: 'alt',
          eyebrow: 'First order?',
          title: 'Get KES 200 off your first basket',
          body: 'Send “KARIBU” on WhatsApp with your first order above KES 1,000.',
          actions: [{ label: 'Order on WhatsApp', href: WHATSAPP }],
        }),
      ],
    ),
    page(
      'shop',
      'Shop',
      seo(
        'Shop Fresh Produce — Shamba Fresh Kisumu',
        'Avocados, mangoes, sukuma wiki, tomatoes, kienyeji eggs and raw honey at fair prices. Same-day delivery in Kisumu when you order before 9 a.m.',
      ),
      [
        section(products, {
          variant: 'cards',
          anchor: 'produce',
          tone: 'default',
          eyebrow: 'Shop',
          title: 'Fresh produce',
          intro: 'Prices are for today’s harvest. Order on WhatsApp and pay by M-Pesa on delivery.',
          orderLabel: 'Order',
          note: 'Delivery is free above KES 1,500 in Kisumu town; KES 150 below that.',
          items: PRODUCE,
        }),
        boxes,
        section(products, {
          variant: 'compact-list',
          anchor: 'price-list',
          tone: 'default',
          eyebrow: 'Market prices',
          title: 'Today’s price list',
          intro: '',
          orderLabel: '',
          note: 'Prices in KES, updated every morning at 7 a.m.',
          items: [
            product('', 'Onions (1 kg)', 'Red onions from Kajiado.', 130),
            product('', 'Irish potatoes (2 kg)', 'Shangi potatoes from Molo.', 220),
            product('', 'Managu (bunch)', 'African nightshade, Kibos.', 60),
            product('', 'Omena (500 g)', 'Sun-dried silverfish from Dunga beach.', 250),
            product('', 'Tilapia (whole, medium)', 'Fresh from the lake each morning.', 450),
          ],
        }),
      ],
    ),
    page(
      'about',
      'Our farmers',
      seo(
        'Our Farmers — The Story of Shamba Fresh, Kisumu',
        'Shamba Fresh buys directly from 140 smallholder farmers around Lake Victoria and pays them by M-Pesa within 24 hours. Meet the people behind your food.',
        `${D}/farm.svg`,
      ),
      [
        section(imageText, {
          variant: 'image-left',
          anchor: 'story',
          tone: 'default',
          eyebrow: 'Our story',
          title: 'Fair prices for the people who grow your food',
          body: 'Shamba Fresh was started in 2019 by Otieno and Beatrice Ouma after watching their parents sell vegetables to brokers at a loss.\n\nToday we buy directly from 140 smallholder farmers in Kisumu, Siaya and Kisii counties, pay them by M-Pesa within 24 hours and deliver their harvest to 3,200 households in Kisumu.',
          image: { src: img(`${D}/farm.svg`), alt: 'Green rows of crops on a farm near Lake Victoria' },
          actions: [{ label: 'Shop now', href: 'page:shop' }],
        }),
      ],
    ),
    contactPage(
      'Delivery & contact',
      seo(
        'Delivery Areas & Contact — Shamba Fresh Kisumu',
        'Same-day delivery across Kisumu town: Milimani, Nyalenda, Mamboleo, Kondele and more. Call or WhatsApp +254 733 480 127 to order or ask a question.',
      ),
      {
        variant: 'form-with-details',
        heading: 'Order or ask us anything',
        intro: 'WhatsApp is fastest. Or leave your list here and we will call you back to confirm.',
        formName: 'Order request',
        submitLabel: 'Send my order',
        successMessage: 'Erokamano! We will call you within 30 minutes to confirm your order.',
        fields: [
          field('name', 'Name', 'text', true),
          field('phone', 'Phone (M-Pesa)', 'tel', true),
          field('area', 'Delivery area', 'select', true, [
            'Milimani',
            'Nyalenda',
            'Mamboleo',
            'Kondele',
            'Riat',
            'Town centre',
            'Other',
          ]),
          field('order', 'Your list', 'textarea', true),
        ],
        phone: PHONE,
        email: EMAIL,
        address: 'Stall 14, Jubilee Market\nKisumu',
        hours: 'Mon–Sat 6:30–18:00\nOrders by 9:00 delivered the same day',
        whatsapp: PHONE,
      },
      section(faq, {
        variant: 'accordion',
        tone: 'alt',
        eyebrow: 'Delivery',
        heading: 'Delivery questions',
        intro: '',
        items: [
          {
            question: 'Where do you deliver?',
            answer:
              'Everywhere in Kisumu town and as far as Maseno, Ahero and Kisian. Outside town we deliver on Tuesdays and Saturdays.',
          },
          {
            question: 'How much is delivery?',
            answer: 'Free on orders above KES 1,500 in Kisumu town. Below that it is KES 150.',
          },
          {
            question: 'What if something is not fresh?',
            answer:
              'Send us a photo on WhatsApp and we will replace it on the next delivery or refund you by M-Pesa.',
          },
        ],
      }),
    ),
  ],
  posts: [
    {
      slug: 'whats-in-season-around-the-lake',
      title: 'What’s in season around Lake Victoria this month',
      excerpt:
        'Mangoes from Makueni, avocados from Murang’a and the first managu of the long rains: what to buy now and why.',
      cover: { src: img(`${D}/blog-season.svg`), alt: 'Colourful green, yellow and red shapes' },
      tags: ['Seasonal', 'Tips'],
      author: 'Beatrice Ouma',
      daysAgo: 3,
      body: doc(
        p(
          'Buying what is in season is the easiest way to eat better for less. Here is what our farmers are harvesting right now.',
        ),
        h2('Best buys this month'),
        ol(
          '**Apple mangoes** — the Makueni harvest is at its peak and prices are the lowest of the year.',
          '**Managu and terere** — the long rains bring tender leaves. Cook them with a little milk.',
          '**Avocados** — Hass from Murang’a are plentiful; buy them hard and let them ripen on the counter.',
        ),
        p('Add any of these to your WhatsApp order this week.'),
      ),
    },
    {
      slug: 'keep-sukuma-fresh-for-a-week',
      title: 'How to keep sukuma wiki fresh for a whole week',
      excerpt: 'No more yellow leaves on Thursday. Three simple tricks from our farmers.',
      cover: { src: img(`${D}/blog-storage.svg`), alt: 'Green and yellow circles on dark green' },
      tags: ['Tips', 'Kitchen'],
      author: 'Otieno Ouma',
      daysAgo: 16,
      body: doc(
        p('Sukuma wiki literally means “push the week” — so it should last the week!'),
        ol(
          'Do not wash it until you cook it.',
          'Wrap the bunch in a dry kitchen towel or newspaper.',
          'Store it in the coolest part of the fridge, or in a kikapu in a shady corner.',
        ),
        p('Our family box includes a fresh bunch every Saturday.'),
      ),
    },
  ],
};
