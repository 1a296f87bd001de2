/** Creators × Ngoma: an Afro-fusion singer and band from Kisumu. */
import type { Starter } from '../design/types.js';
import { blogList } from '../sections/blog-list.js';
import { cta } from '../sections/cta.js';
import { gallery } from '../sections/gallery.js';
import { hero } from '../sections/hero.js';
import { imageText } from '../sections/image-text.js';
import { products } from '../sections/products.js';
import { stats } from '../sections/stats.js';
import { team } from '../sections/team.js';
import { doc, field, frame, h2, img, member, p, photo, product, profile, section, seo, ul } from './build.js';

const D = 'creators-ngoma';
const PHONE = '+254 757 118 402';
const EMAIL = 'bookings@akinyiodera.com';
const TICKETS = 'https://wa.me/254757118402';

const { page, contactPage } = frame({
  nav: { variant: 'inline', ctaLabel: 'Tickets', ctaHref: '#tour', sticky: true },
  footer: {
    variant: 'simple',
    tagline: 'Benga roots, Afro-fusion heart. From Kisumu to the world.',
    columns: [],
    social: [profile('youtube'), profile('instagram'), profile('tiktok'), profile('x')],
    legal: 'All rights reserved.',
  },
});

const tour = section(products, {
  variant: 'compact-list',
  anchor: 'tour',
  tone: 'alt',
  eyebrow: 'Ziwa Tour 2025',
  title: 'Live dates',
  intro: 'Tickets by M-Pesa — tap a date, or buy at the door while they last.',
  orderLabel: '',
  note: 'Prices are advance tickets in KES. VIP includes meet-and-greet.',
  items: [
    product(
      '',
      '14 Jun — Kisumu, Jomo Kenyatta Sports Ground',
      'Homecoming show with Ohangla Collective.',
      1000,
      '',
      { href: TICKETS, badge: 'Selling fast' },
    ),
    product('', '28 Jun — Nairobi, Carnivore Grounds', 'Full band with strings and dancers.', 2500, '', {
      href: TICKETS,
    }),
    product('', '12 Jul — Mombasa, Mama Ngina Waterfront', 'Sunset show by the ocean.', 1500, '', {
      href: TICKETS,
    }),
    product('', '26 Jul — Kampala, Lugogo', 'First Uganda headline show.', 3000, '', {
      href: TICKETS,
      badge: 'New',
    }),
  ],
});

export const creatorsNgoma: Starter = {
  id: 'creators-ngoma',
  category: 'creators',
  designSystem: 'ngoma',
  name: 'Ngoma — musician & artist',
  description:
    'A vivid, dark site for a musician, DJ or artist: new releases, tour dates with tickets, videos, the band and booking enquiries.',
  site: { name: 'Akinyi Odera', tagline: 'Afro-fusion from the shores of Lake Victoria' },
  pages: [
    page(
      '',
      'Home',
      seo(
        'Akinyi Odera — Afro-fusion Singer from Kisumu, Kenya',
        'New album “Ziwa” out now. Tour dates in Kisumu, Nairobi, Mombasa and Kampala, tickets by M-Pesa, music videos and booking enquiries for Akinyi Odera.',
        `${D}/hero.svg`,
      ),
      [
        section(hero, {
          variant: 'image-background',
          tone: 'inverse',
          eyebrow: 'New album · Out now',
          heading: 'ZIWA',
          subheading:
            'Eleven songs about the lake, the city and everything in between. Streaming everywhere — and live across East Africa this winter.',
          actions: [
            { label: 'Listen now', href: 'https://www.youtube.com/' },
            { label: 'Tour dates', href: '#tour' },
          ],
          image: { src: img(`${D}/hero.svg`), alt: 'Pink and gold stage lights over a cheering crowd' },
        }),
        section(gallery, {
          variant: 'carousel-strip',
          anchor: 'music',
          tone: 'default',
          eyebrow: 'Discography',
          heading: 'Releases',
          intro: '',
          items: [
            photo(`${D}/cover-ziwa.svg`, 'Ziwa — album, 2025', 'Ziwa album cover'),
            photo(`${D}/cover-mvua.svg`, 'Mvua — single, 2024', 'Mvua single cover'),
            photo(`${D}/cover-jioni.svg`, 'Jioni — EP, 2023', 'Jioni EP cover'),
          ],
        }),
        tour,
        section(stats, {
          variant: 'row',
          tone: 'default',
          title: '',
          items: [
            { value: '38M', label: 'Streams', detail: '' },
            { value: '120+', label: 'Live shows', detail: '' },
            { value: '6', label: 'Countries toured', detail: '' },
            { value: '2', label: 'AFRIMA nominations', detail: '' },
          ],
        }),
        section(imageText, {
          variant: 'image-left',
          anchor: 'story',
          tone: 'alt',
          eyebrow: 'The story',
          title: 'Benga guitars, Nairobi drums, a lake full of stories',
          body: 'Akinyi grew up in Kisumu’s Nyalenda estate, singing in church and listening to her father’s benga records. Her music mixes those guitars with Nairobi’s club drums and lyrics in Dholuo, Kiswahili and English.',
          image: {
            src: img(`${D}/studio.svg`),
            alt: 'A vinyl record with a pink label beside a studio microphone',
          },
          actions: [{ label: 'Read Akinyi’s story', href: 'page:about' }],
        }),
        section(blogList, {
          variant: 'cards',
          tone: 'default',
          eyebrow: 'News',
          title: 'From the road',
          intro: '',
          limit: 2,
          allPostsLabel: 'All news',
        }),
        section(cta, {
          variant: 'banner',
          tone: 'inverse',
          eyebrow: 'Bookings',
          title: 'Bring the band to your festival',
          body: 'Festivals, corporate events and private shows across East Africa.',
          actions: [{ label: 'Booking enquiry', href: 'page:contact' }],
        }),
      ],
    ),
    page(
      'about',
      'About',
      seo(
        'About Akinyi Odera — Biography and Band',
        'Born in Kisumu, Akinyi Odera blends benga guitars, Nairobi club drums and lyrics in Dholuo, Kiswahili and English. Read her story and meet the band.',
        `${D}/live-1.svg`,
      ),
      [
        section(imageText, {
          variant: 'image-right',
          anchor: 'bio',
          tone: 'default',
          eyebrow: 'Biography',
          title: 'From Nyalenda to the world stage',
          body: 'Akinyi Odera released her first single, “Nyar Kisumu”, from a bedroom studio in 2019. It spread across WhatsApp groups before it ever reached radio.\n\nSince then she has played more than 120 shows in six countries, been nominated twice at AFRIMA and released three records. “Ziwa”, her first full album, was recorded at a studio on the shores of Lake Victoria with an eight-piece band.',
          image: { src: img(`${D}/live-1.svg`), alt: 'Stage lights in gold and pink over a crowd' },
          actions: [],
        }),
        section(team, {
          variant: 'grid',
          anchor: 'band',
          tone: 'alt',
          eyebrow: 'The band',
          title: 'Who you hear on stage',
          intro: '',
          members: [
            member('Akinyi Odera', 'Vocals', 'Songwriter and bandleader.', 'shared/team-5.svg'),
            member(
              'Otieno “Benga” Ouma',
              'Lead guitar',
              'Twenty years of benga, rhumba and session work.',
              'shared/team-3.svg',
            ),
            member('Wairimu Gathoni', 'Drums', 'The engine of every show.', 'shared/team-6.svg'),
            member(
              'Hassan Mwinyi',
              'Bass & production',
              'Produced “Ziwa” in Kisumu and Mombasa.',
              'shared/team-7.svg',
            ),
          ],
        }),
      ],
    ),
    page(
      'tour',
      'Tour',
      seo(
        'Ziwa Tour 2025 — Akinyi Odera Live Dates & Tickets',
        'Catch Akinyi Odera live in Kisumu, Nairobi, Mombasa and Kampala on the Ziwa Tour. Buy advance tickets by M-Pesa from KES 1,000 before they sell out.',
      ),
      [
        tour,
        section(gallery, {
          variant: 'grid',
          anchor: 'live',
          tone: 'default',
          eyebrow: 'Live',
          heading: 'From the last tour',
          intro: '',
          items: [
            photo(`${D}/live-1.svg`, 'Kisumu homecoming, 2024'),
            photo(`${D}/live-2.svg`, 'Nairobi, 2024'),
            photo(`${D}/hero.svg`, 'Blankets & Wine, Nairobi'),
          ],
        }),
      ],
    ),
    contactPage(
      'Bookings',
      seo(
        'Bookings & Press — Contact Akinyi Odera',
        'Book Akinyi Odera and band for festivals, corporate events and private shows across East Africa, or request press photos and interviews here.',
      ),
      {
        variant: 'form-with-details',
        heading: 'Bookings & press',
        intro: 'Tell us about your event. Our management replies within three working days.',
        formName: 'Booking enquiry',
        submitLabel: 'Send enquiry',
        successMessage: 'Thank you! Our management team will reply within three working days.',
        fields: [
          field('name', 'Name', 'text', true),
          field('email', 'Email', 'email', true),
          field('phone', 'Phone', 'tel', false),
          field('kind', 'Enquiry type', 'select', true, [
            'Festival',
            'Corporate event',
            'Private show',
            'Press & interviews',
          ]),
          field('message', 'Date, venue and details', 'textarea', true),
        ],
        phone: PHONE,
        email: EMAIL,
        address: 'Management: Ziwa Music Ltd\nMilimani, Kisumu',
        hours: 'Mon–Fri 9:00–17:00',
        whatsapp: PHONE,
      },
    ),
  ],
  posts: [
    {
      slug: 'ziwa-tour-announced',
      title: 'The Ziwa Tour: four cities, two countries, one lake',
      excerpt: 'We are taking the new album on the road — starting at home in Kisumu on 14 June.',
      cover: { src: img(`${D}/blog-tour.svg`), alt: 'Pink stage lights over a crowd' },
      tags: ['Tour', 'News'],
      author: 'Akinyi Odera',
      daysAgo: 2,
      body: doc(
        p('After two years in the studio, “Ziwa” is finally out — and we are taking it on the road.'),
        h2('The dates'),
        ul(
          '**14 June** — Kisumu, Jomo Kenyatta Sports Ground (homecoming!)',
          '**28 June** — Nairobi, Carnivore Grounds',
          '**12 July** — Mombasa, Mama Ngina Waterfront',
          '**26 July** — Kampala, Lugogo',
        ),
        p('Advance tickets are on sale now by M-Pesa. See you at the front.'),
      ),
    },
    {
      slug: 'recording-ziwa-by-the-lake',
      title: 'Recording “Ziwa” by the lake',
      excerpt:
        'Why we moved the whole band to Dunga beach for six weeks — and what the fishermen taught us about rhythm.',
      cover: { src: img(`${D}/blog-studio.svg`), alt: 'Gold and pink waves on purple' },
      tags: ['Studio', 'Album'],
      author: 'Hassan Mwinyi',
      daysAgo: 20,
      body: doc(
        p(
          'We rented a house near Dunga beach, set up the drums in the living room and recorded with the windows open.',
        ),
        p(
          'You can hear the lake on the record: the boats heading out at dawn, the rain on the iron roof in “Mvua”, the fishermen singing on the closing track.',
        ),
      ),
    },
  ],
};
