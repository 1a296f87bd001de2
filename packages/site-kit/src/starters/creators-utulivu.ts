/** Creators × Utulivu: a writer and life coach in Nairobi. */
import type { Starter } from '../design/types.js';
import { blogList } from '../sections/blog-list.js';
import { cta } from '../sections/cta.js';
import { faq } from '../sections/faq.js';
import { features } from '../sections/features.js';
import { hero } from '../sections/hero.js';
import { imageText } from '../sections/image-text.js';
import { pricing } from '../sections/pricing.js';
import { richText } from '../sections/rich-text.js';
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
  ol,
  p,
  phoneLink,
  plan,
  profile,
  quote,
  section,
  seo,
  ul,
} from './build.js';

const D = 'creators-utulivu';
const PHONE = '+254 701 664 230';
const EMAIL = 'hello@njerimwangi.co.ke';

const { page, contactPage } = frame({
  nav: {
    variant: 'centered-logo',
    ctaLabel: 'Book a free call',
    ctaHref: 'page:contact',
    sticky: false,
  },
  footer: {
    variant: 'columns',
    tagline: 'Writing and coaching for people who want a calmer, more intentional life.',
    columns: [
      {
        title: 'Explore',
        links: [
          { label: 'About', href: 'page:about' },
          { label: 'Coaching', href: 'page:services' },
          { label: 'Writing', href: '/blog' },
        ],
      },
      {
        title: 'Say hello',
        links: [emailLink(EMAIL), phoneLink(PHONE)],
      },
    ],
    social: [profile('instagram'), profile('linkedin')],
    legal: 'All rights reserved.',
  },
});

const offers = section(features, {
  variant: 'cards-with-icons',
  anchor: 'coaching',
  tone: 'default',
  eyebrow: 'Ways to work together',
  heading: 'Space to think, and a plan to follow',
  intro: '',
  columns: '3',
  items: [
    feature(
      'heart',
      'One-to-one coaching',
      'Six sessions over three months, in person in Kileleshwa or on video.',
      { label: 'See coaching plans', href: 'page:services' },
    ),
    feature(
      'users',
      'Women’s circles',
      'Small groups of eight meeting monthly in Nairobi to reflect and reset.',
      { label: 'Join a circle', href: 'page:services' },
    ),
    feature('leaf', 'Writing retreats', 'Three days of silence, writing and long walks in Naro Moru.', {
      label: 'Plan a retreat',
      href: 'page:services',
    }),
  ],
});

export const creatorsUtulivu: Starter = {
  id: 'creators-utulivu',
  category: 'creators',
  designSystem: 'utulivu',
  name: 'Utulivu — writer & coach',
  description:
    'A soft, calm site for a writer, coach or therapist: an inviting story, coaching packages, essays and a gentle booking form.',
  site: { name: 'Njeri Mwangi', tagline: 'Writer and life coach, Nairobi' },
  pages: [
    page(
      '',
      'Home',
      seo(
        'Njeri Mwangi — Writer & Life Coach in Nairobi',
        'Coaching, women’s circles and writing retreats for busy people who want a calmer, more intentional life. Book a free 20-minute call with Njeri.',
        `${D}/hero.svg`,
      ),
      [
        section(hero, {
          variant: 'split',
          tone: 'default',
          eyebrow: 'Karibu, I’m Njeri',
          heading: 'Slow down long enough to hear what you actually want',
          subheading:
            'I help busy professionals in Nairobi and beyond untangle big decisions — career changes, burnout, new chapters — through coaching, circles and writing.',
          actions: [
            { label: 'Book a free call', href: 'page:contact' },
            { label: 'Read my writing', href: '/blog' },
          ],
          image: { src: img(`${D}/hero.svg`), alt: 'An open notebook beside a cup of chai and a leafy stem' },
        }),
        offers,
        section(richText, {
          variant: 'centered',
          anchor: 'note',
          tone: 'alt',
          heading: 'A note before we begin',
          body: doc(
            p(
              'Coaching is not therapy, and it is not advice. It is an hour where someone listens closely, asks the questions you have been avoiding, and helps you turn what you find into one next step.',
            ),
            p(
              'If that sounds like what you need right now, _karibu_. The first conversation is always free.',
            ),
          ),
        }),
        section(testimonials, {
          variant: 'cards',
          tone: 'default',
          eyebrow: 'Kind words',
          heading: 'What clients say',
          items: [
            quote(
              'After ten years in banking I finally left to start my bakery. Njeri did not tell me what to do — she helped me stop being afraid of it.',
              'Wambui K.',
              'Founder, Westlands',
              5,
            ),
            quote(
              'The women’s circle became the most important evening of my month.',
              'Halima A.',
              'Doctor, Nairobi',
              5,
            ),
            quote(
              'Calm, wise and very practical. I left every session with a clear next step.',
              'Kiprop T.',
              'Engineer, Eldoret',
              5,
            ),
          ],
        }),
        section(blogList, {
          variant: 'featured-first',
          tone: 'alt',
          eyebrow: 'Writing',
          title: 'Recent essays',
          intro: 'Short essays on rest, work and the quiet courage of changing your mind.',
          limit: 3,
          allPostsLabel: 'Read all essays',
        }),
        section(cta, {
          variant: 'boxed',
          tone: 'inverse',
          eyebrow: 'Free 20-minute call',
          title: 'Let’s see if we are a good fit',
          body: 'No pressure, no sales pitch — just a conversation about where you are and where you would like to be.',
          actions: [{ label: 'Book a free call', href: 'page:contact' }],
        }),
      ],
    ),
    page(
      'about',
      'About',
      seo(
        'About Njeri Mwangi — Writer and Certified Life Coach',
        'A former HR director turned writer and ICF-certified coach, Njeri Mwangi works with professionals across Kenya from her Kileleshwa practice.',
        `${D}/path.svg`,
      ),
      [
        section(imageText, {
          variant: 'image-left',
          anchor: 'about',
          tone: 'default',
          eyebrow: 'About me',
          title: 'I burned out so you might not have to',
          body: 'For twelve years I was an HR director in Nairobi, helping other people navigate their careers while quietly losing track of my own.\n\nIn 2019 I took a sabbatical, walked the foothills of Mount Kenya, wrote every morning and trained as an ICF-certified coach. Today I coach, host women’s circles and write a weekly letter read by 9,000 people.',
          image: { src: img(`${D}/path.svg`), alt: 'Soft green hills under a pale sky' },
          actions: [{ label: 'Work with me', href: 'page:services' }],
        }),
        section(imageText, {
          variant: 'image-right',
          anchor: 'approach',
          tone: 'alt',
          eyebrow: 'My approach',
          title: 'Gentle, honest and practical',
          body: 'Our sessions are calm and confidential. We look at what is true now, what you want next, and one small step you can take this week. Then we do it again.',
          image: { src: img(`${D}/calm.svg`), alt: 'Soft sage and clay coloured shapes' },
          actions: [],
        }),
      ],
    ),
    page(
      'services',
      'Coaching',
      seo(
        'Coaching Packages — Njeri Mwangi, Nairobi Life Coach',
        'One-to-one coaching from KES 45,000, monthly women’s circles and writing retreats in Naro Moru. Sessions in Kileleshwa or by video, paid by M-Pesa.',
      ),
      [
        offers,
        section(pricing, {
          variant: 'cards',
          anchor: 'pricing',
          tone: 'alt',
          eyebrow: 'Investment',
          heading: 'Coaching packages',
          intro: 'Pay by M-Pesa or bank transfer. Instalments are always possible — just ask.',
          plans: [
            plan(
              'Women’s circle',
              3500,
              'per evening',
              'Monthly, in Kileleshwa.',
              ['Eight women per circle', 'Guided reflection and journalling', 'Chai and mandazi'],
              'Join a circle',
            ),
            plan(
              'Clarity package',
              45000,
              'three months',
              'Six one-to-one sessions.',
              ['Six 60-minute sessions', 'WhatsApp support between sessions', 'A written plan at the end'],
              'Book a free call',
              true,
            ),
            plan(
              'Writing retreat',
              38000,
              'three days',
              'Quarterly, in Naro Moru.',
              ['Two nights’ full board', 'Morning writing workshops', 'Guided walks'],
              'Reserve a place',
            ),
          ],
          note: '',
        }),
        section(faq, {
          variant: 'accordion',
          tone: 'default',
          eyebrow: 'Questions',
          heading: 'Before you book',
          intro: '',
          items: [
            {
              question: 'Is coaching the same as therapy?',
              answer:
                'No. Coaching looks forward and focuses on decisions and action. If therapy would serve you better, I will say so and refer you to trusted colleagues.',
            },
            {
              question: 'Can we meet online?',
              answer:
                'Yes. About half of my clients are outside Nairobi — in Mombasa, Kisumu, Kampala and the diaspora — and we meet by video.',
            },
            {
              question: 'Is what I share confidential?',
              answer: 'Always. I follow the ICF code of ethics, and nothing you share leaves our sessions.',
            },
          ],
        }),
      ],
    ),
    contactPage(
      'Contact',
      seo(
        'Book a Free Call — Contact Njeri Mwangi',
        'Book a free 20-minute call to talk about coaching, circles or retreats. Sessions in Kileleshwa, Nairobi or by video anywhere. Replies within two days.',
      ),
      {
        variant: 'form-only',
        heading: 'Book a free 20-minute call',
        intro: 'Tell me a little about what brings you here. I reply personally within two days.',
        formName: 'Free call request',
        submitLabel: 'Send',
        successMessage: 'Thank you for reaching out. I will reply personally within two days. — Njeri',
        fields: [
          field('name', 'Your name', 'text', true),
          field('email', 'Email', 'email', true),
          field('phone', 'Phone (optional)', 'tel', false),
          field('interest', 'I am interested in', 'select', true, [
            'One-to-one coaching',
            'Women’s circles',
            'Writing retreats',
            'Not sure yet',
          ]),
          field('message', 'What is on your mind?', 'textarea', false),
        ],
        phone: PHONE,
        email: EMAIL,
        address: 'Kileleshwa, Nairobi (address shared on booking)',
        hours: 'Sessions Tue–Sat',
        whatsapp: '',
      },
    ),
  ],
  posts: [
    {
      slug: 'rest-is-not-a-reward',
      title: 'Rest is not a reward',
      excerpt: 'We treat rest like something we earn after the work is done. But the work is never done.',
      cover: {
        src: img(`${D}/blog-rest.svg`),
        alt: 'A lone acacia on sage-green hills under a pale pink dawn',
      },
      tags: ['Rest', 'Essays'],
      author: 'Njeri Mwangi',
      daysAgo: 5,
      body: doc(
        p(
          'For years I treated rest like dessert: something I could have once I had finished my vegetables. The trouble is, in a Nairobi career, the vegetables never end.',
        ),
        blockquote('Rest is not what you do after the work. It is what makes the work possible.'),
        h2('Three small experiments'),
        ol(
          'Take lunch away from your desk, even for twenty minutes.',
          'Leave your phone in another room for the first hour of the morning.',
          'Put one empty evening in your calendar each week — and protect it like a meeting.',
        ),
        p('Try one this week. Notice what changes.'),
      ),
    },
    {
      slug: 'the-morning-pages-habit',
      title: 'Three pages every morning: the habit that changed my year',
      excerpt:
        'Why I write three pages by hand before I check my phone, and how to start even if you “are not a writer”.',
      cover: { src: img(`${D}/blog-journal.svg`), alt: 'An open notebook, chai and leaves' },
      tags: ['Writing', 'Habits'],
      author: 'Njeri Mwangi',
      daysAgo: 17,
      body: doc(
        p(
          'Every morning, before my phone, I write three pages by hand. Not for anyone to read. Not even for me to read.',
        ),
        ul(
          'Write whatever comes: lists, worries, half-thoughts.',
          'Do not stop to correct anything.',
          'Stop at three pages, even mid-sentence.',
        ),
        p('After a month, the noise on the page starts to quiet the noise in your head.'),
      ),
    },
    {
      slug: 'boundaries-at-work',
      title: 'Kind boundaries at work',
      excerpt: 'You can be generous and still say no. Scripts for the conversations we avoid.',
      cover: { src: img(`${D}/blog-boundaries.svg`), alt: 'Sage and clay lines on cream' },
      tags: ['Work', 'Boundaries'],
      author: 'Njeri Mwangi',
      daysAgo: 40,
      body: doc(
        p(
          'Many of my clients are the most dependable person in their office. That is exactly why they are exhausted.',
        ),
        p(
          'A boundary is not a wall. It is information: “I can do this by Friday, not by tomorrow.” Said kindly and early, it is a gift to everyone.',
        ),
      ),
    },
  ],
};
