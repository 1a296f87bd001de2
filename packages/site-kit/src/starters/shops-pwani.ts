/** Shops × Pwani: a Swahili-coast café and kitchen in Old Town, Mombasa. */
import type { Starter } from '../design/types.js';
import { cta } from '../sections/cta.js';
import { faq } from '../sections/faq.js';
import { gallery } from '../sections/gallery.js';
import { hero } from '../sections/hero.js';
import { imageText } from '../sections/image-text.js';
import { products } from '../sections/products.js';
import { testimonials } from '../sections/testimonials.js';
import {
  doc,
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

const D = 'shops-pwani';
const PHONE = '+254 711 903 462';
const WHATSAPP = 'https://wa.me/254711903462';
const EMAIL = 'jambo@jahazicafe.co.ke';
const order = { href: WHATSAPP };

const MENU: ProductItem[] = [
  product(
    'Breakfast',
    'Mandazi & chai',
    'Three coconut mandazi, fresh from the pan, with spiced chai.',
    250,
    `${D}/mandazi.svg`,
    { ...order, badge: 'Favourite' },
  ),
  product(
    'Breakfast',
    'Chapati & maharagwe',
    'Soft layered chapati with beans in coconut sauce.',
    380,
    `${D}/chapati.svg`,
    order,
  ),
  product(
    'Breakfast',
    'Samosa plate',
    'Four beef samosa with lemon and homemade chilli sauce.',
    320,
    `${D}/samosa.svg`,
    order,
  ),
  product(
    'From the kitchen',
    'Chicken pilau',
    'Old Town pilau with cumin, cardamom and kachumbari.',
    750,
    `${D}/pilau.svg`,
    order,
  ),
  product(
    'From the kitchen',
    'Mombasa biryani',
    'Saffron rice layered with slow-cooked mutton, Friday and Sunday.',
    980,
    `${D}/biryani.svg`,
    { ...order, badge: 'Weekends' },
  ),
  product(
    'From the kitchen',
    'Samaki wa kupaka',
    'Grilled red snapper in tamarind and coconut, with rice.',
    1350,
    `${D}/fish.svg`,
    order,
  ),
  product(
    'Drinks',
    'Kahawa chungu',
    'Swahili black coffee with ginger and cardamom.',
    120,
    `${D}/coffee.svg`,
    order,
  ),
  product('Drinks', 'Masala chai', 'Our house chai, brewed slowly with milk.', 180, `${D}/chai.svg`, order),
  product(
    'Drinks',
    'Fresh mango juice',
    'Pressed to order from Kwale mangoes.',
    300,
    `${D}/juice.svg`,
    order,
  ),
];

const { page, contactPage } = frame({
  nav: {
    variant: 'centered-logo',
    ctaLabel: 'Order on WhatsApp',
    ctaHref: WHATSAPP,
    sticky: true,
  },
  footer: {
    variant: 'columns',
    tagline: 'Swahili breakfasts, coast cooking and slow coffee in the heart of Old Town, Mombasa.',
    columns: [
      {
        title: 'Visit',
        links: [
          { label: 'Menu', href: 'page:menu' },
          { label: 'Our story', href: 'page:about' },
          { label: 'Find us', href: 'page:contact' },
        ],
      },
      {
        title: 'Order',
        links: [{ label: 'WhatsApp', href: WHATSAPP }, phoneLink(PHONE)],
      },
    ],
    social: [profile('instagram'), profile('tiktok'), { network: 'whatsapp', href: WHATSAPP }],
    legal: 'Cooked fresh in Old Town, Mombasa.',
  },
});

export const shopsPwani: Starter = {
  id: 'shops-pwani',
  category: 'shops',
  designSystem: 'pwani',
  name: 'Pwani — café & restaurant',
  description:
    'A warm site for a café, restaurant or bakery: a menu with prices, WhatsApp ordering, opening hours and a table booking form.',
  site: { name: 'Jahazi Café & Kitchen', tagline: 'Swahili coast cooking in Old Town, Mombasa' },
  pages: [
    page(
      '',
      'Home',
      seo(
        'Jahazi Café & Kitchen — Swahili Food in Old Town, Mombasa',
        'Coconut mandazi, Old Town pilau and Swahili coffee near Fort Jesus, Mombasa. Order on WhatsApp, pay by M-Pesa, or book a table for the evening.',
        `${D}/hero.svg`,
      ),
      [
        section(hero, {
          variant: 'image-background',
          tone: 'inverse',
          eyebrow: 'Karibu · Old Town, Mombasa',
          heading: 'Swahili breakfasts, slow coffee and the sea breeze',
          subheading:
            'Family recipes from Lamu and Mombasa, cooked fresh every morning in a 120-year-old coral-stone house two streets from Fort Jesus.',
          actions: [
            { label: 'See the menu', href: 'page:menu' },
            { label: 'Book a table', href: 'page:contact' },
          ],
          image: {
            src: img(`${D}/hero.svg`),
            alt: 'A dhow sailing past palm trees at sunset on the Mombasa coast',
          },
        }),
        section(products, {
          variant: 'cards',
          anchor: 'favourites',
          tone: 'default',
          eyebrow: 'House favourites',
          title: 'What Mombasa orders most',
          intro: 'Send us a WhatsApp and it will be ready when you arrive — pay by M-Pesa Till 5583120.',
          orderLabel: 'Order',
          note: '',
          items: [MENU[0], MENU[3], MENU[5], MENU[8]].filter((x): x is ProductItem => x !== undefined),
        }),
        section(imageText, {
          variant: 'image-right',
          anchor: 'story',
          tone: 'alt',
          eyebrow: 'Our story',
          title: 'Bi Mwanaisha’s kitchen, open to everyone',
          body: 'Jahazi began in 1998 as a mandazi stall run by Bi Mwanaisha Said on Mbarak Hinawy Street. Her grandchildren now run the café, but the coconut mandazi are still made to her recipe — by hand, from 5 a.m.',
          image: { src: img(`${D}/old-town.svg`), alt: 'A dhow on calm blue water off Old Town' },
          actions: [{ label: 'Read our story', href: 'page:about' }],
        }),
        section(testimonials, {
          variant: 'cards',
          tone: 'default',
          eyebrow: 'Guests say',
          heading: 'Loved by locals and visitors',
          items: [
            quote(
              'The best biryani in Mombasa, and I have tried them all. Come early on Friday — it sells out by two.',
              'Abdalla K.',
              'Regular since 2010',
              5,
            ),
            quote(
              'We stopped for breakfast on our way to Fort Jesus and came back every day of our holiday.',
              'Wanjiku & Tom',
              'Visiting from Nairobi',
              5,
            ),
            quote(
              'Kahawa chungu and mandazi at 7 a.m. before work. This place is my morning ritual.',
              'Fatma H.',
              'Teacher, Old Town',
              5,
            ),
          ],
        }),
        section(gallery, {
          variant: 'masonry',
          tone: 'alt',
          eyebrow: 'From our kitchen',
          heading: 'A taste of the coast',
          intro: '',
          items: [
            photo(`${D}/pilau.svg`, 'Chicken pilau'),
            photo(`${D}/coffee.svg`, 'Morning coffee'),
            photo(`${D}/fish.svg`, 'Samaki wa kupaka'),
            photo(`${D}/samosa.svg`, 'Samosa plate'),
            photo(`${D}/chai.svg`, 'Masala chai'),
            photo(`${D}/juice.svg`, 'Mango juice'),
          ],
        }),
        section(cta, {
          variant: 'boxed',
          tone: 'inverse',
          eyebrow: 'Evenings on the rooftop',
          title: 'Book the rooftop for sunset',
          body: 'Tables for two to twenty, Thursday to Sunday from 6 p.m. Birthday and family bookings welcome.',
          actions: [
            { label: 'Book a table', href: 'page:contact' },
            { label: 'WhatsApp us', href: WHATSAPP },
          ],
        }),
      ],
    ),
    page(
      'menu',
      'Menu',
      seo(
        'Menu & Prices — Jahazi Café & Kitchen, Mombasa',
        'Swahili breakfasts from KES 250, pilau, biryani and coconut fish, Swahili coffee and fresh juices. Order on WhatsApp and pay by M-Pesa Till.',
      ),
      [
        section(products, {
          variant: 'menu',
          anchor: 'menu',
          tone: 'default',
          eyebrow: 'Menu',
          title: 'Cooked fresh, every day',
          intro: 'Breakfast from 7 a.m., kitchen until 9 p.m. Order ahead on WhatsApp and skip the queue.',
          orderLabel: 'Order on WhatsApp',
          note: 'Prices in Kenyan shillings, VAT included. Pay by M-Pesa Till 5583120, card or cash. Halal kitchen.',
          items: MENU,
        }),
        section(cta, {
          variant: 'banner',
          tone: 'alt',
          eyebrow: 'Catering',
          title: 'Feeding a crowd?',
          body: 'Pilau, biryani and mandazi for weddings, harusi and office lunches from 20 to 500 guests, anywhere in Mombasa.',
          actions: [{ label: 'Ask for a quote', href: 'page:contact' }],
        }),
      ],
    ),
    page(
      'about',
      'Our story',
      seo(
        'Our Story — Jahazi Café & Kitchen, Old Town Mombasa',
        'From a mandazi stall on Mbarak Hinawy Street in 1998 to a family café in a coral-stone house: the story of Jahazi and the recipes we still cook.',
        `${D}/old-town.svg`,
      ),
      [
        section(imageText, {
          variant: 'image-top',
          anchor: 'story',
          tone: 'default',
          eyebrow: 'Since 1998',
          title: 'Three generations, one recipe book',
          body: 'Bi Mwanaisha Said sold her first mandazi from a charcoal jiko outside her front door. Sailors, shopkeepers and schoolchildren queued every morning.\n\nIn 2015 her grandchildren, Salim and Zawadi, restored the family’s coral-stone house and opened Jahazi — named after the dhows that still sail past the Old Port. The recipes are hers; the coffee is roasted in Mombasa; the fish comes from Shimoni every morning.',
          image: { src: img(`${D}/old-town.svg`), alt: 'The Old Port at Mombasa with a dhow' },
          actions: [{ label: 'See the menu', href: 'page:menu' }],
        }),
      ],
    ),
    contactPage(
      'Visit',
      seo(
        'Visit & Book a Table — Jahazi Café & Kitchen, Mombasa',
        'Find us on Mbarak Hinawy Street, Old Town, near Fort Jesus. Open daily 7 a.m.–9 p.m. Book a table or order on WhatsApp at +254 711 903 462.',
      ),
      {
        variant: 'form-with-details',
        heading: 'Book a table',
        intro: 'Tell us when you are coming and how many you are. We confirm by WhatsApp within the hour.',
        formName: 'Table booking',
        submitLabel: 'Request booking',
        successMessage: 'Asante! We will confirm your table on WhatsApp within the hour.',
        fields: [
          field('name', 'Name', 'text', true),
          field('phone', 'Phone (WhatsApp)', 'tel', true),
          field('date', 'Date and time', 'text', true),
          field('guests', 'Guests', 'select', true, ['1–2', '3–4', '5–8', '9–20']),
          field('message', 'Anything else?', 'textarea', false),
        ],
        phone: PHONE,
        email: EMAIL,
        address: 'Mbarak Hinawy Street, Old Town\nMombasa (two streets from Fort Jesus)',
        hours: 'Daily 7:00–21:00\nRooftop Thu–Sun from 18:00',
        whatsapp: PHONE,
      },
      section(faq, {
        variant: 'two-column',
        tone: 'alt',
        eyebrow: 'Good to know',
        heading: 'Before you visit',
        intro: '',
        items: [
          {
            question: 'Is there parking?',
            answer:
              'Old Town streets are narrow. Park at Fort Jesus and walk three minutes, or come by tuk-tuk.',
          },
          {
            question: 'Do you deliver?',
            answer: 'Yes, within Mombasa Island through Glovo and our own riders. Order on WhatsApp.',
          },
          {
            question: 'Is the food halal?',
            answer: 'Our kitchen is fully halal. We do not serve alcohol.',
          },
          {
            question: 'Can I pay by M-Pesa?',
            answer: 'Yes — Till number 5583120. We also take cards and cash.',
          },
        ],
      }),
    ),
  ],
  posts: [
    {
      slug: 'the-secret-of-coconut-mandazi',
      title: 'The secret of a good coconut mandazi',
      excerpt: 'Bi Mwanaisha’s three rules for mandazi that are crisp outside, soft inside and never greasy.',
      cover: { src: img(`${D}/mandazi.svg`), alt: 'Golden mandazi on a white plate' },
      tags: ['Recipes', 'Breakfast'],
      author: 'Zawadi Said',
      daysAgo: 5,
      body: doc(
        p(
          'Every morning at 5 a.m. our kitchen makes around 600 mandazi. The recipe has not changed since 1998, and my grandmother still checks the first batch.',
        ),
        h2('Her three rules'),
        ul(
          '**Fresh coconut milk**, squeezed that morning — never from a packet.',
          'A pinch of cardamom, ground just before mixing.',
          'Rest the dough for at least an hour, and fry in oil hot enough that the mandazi puff up in seconds.',
        ),
        p(
          'Come and taste them warm with a cup of kahawa chungu — or order a dozen on WhatsApp for the office.',
        ),
      ),
    },
    {
      slug: 'kahawa-chungu-swahili-coffee',
      title: 'Kahawa chungu: a short history of Swahili coffee',
      excerpt:
        'Tiny cups, a brass kettle and conversations that last for hours — why coffee is the heartbeat of Old Town.',
      cover: { src: img(`${D}/blog-chai.svg`), alt: 'A cup of chai on a wooden table' },
      tags: ['Culture', 'Coffee'],
      author: 'Salim Said',
      daysAgo: 19,
      body: doc(
        p(
          'Walk through Old Town after evening prayers and you will hear the click of small porcelain cups. The kahawa seller, with his brass dallah and a charcoal brazier, is a Mombasa institution.',
        ),
        p(
          'Kahawa chungu — “bitter coffee” — is brewed strong and black with ginger and cardamom, served in cups the size of an egg, and always with something sweet: halwa, kashata or a date.',
        ),
        p('At Jahazi we serve it all day, for KES 120 a cup.'),
      ),
    },
  ],
};
