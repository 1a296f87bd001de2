/** Business × Meridian: an accounting and tax advisory firm in Westlands, Nairobi. */
import type { Starter } from '../design/types.js';
import { blogList } from '../sections/blog-list.js';
import { cta } from '../sections/cta.js';
import { faq } from '../sections/faq.js';
import { features } from '../sections/features.js';
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
  emailLink,
  feature,
  field,
  frame,
  h2,
  img,
  logo,
  member,
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

const D = 'business-meridian';
const PHONE = '+254 709 418 220';
const EMAIL = 'hello@tanaledger.co.ke';

const { page, contactPage } = frame({
  nav: {
    variant: 'inline',
    ctaLabel: 'Book a consultation',
    ctaHref: 'page:contact',
    sticky: true,
  },
  footer: {
    variant: 'columns',
    tagline: 'Accounting, tax and payroll for Kenyan SMEs — from our office in Westlands, Nairobi.',
    columns: [
      {
        title: 'Firm',
        links: [
          { label: 'About us', href: 'page:about' },
          { label: 'Services', href: 'page:services' },
          { label: 'Insights', href: '/blog' },
        ],
      },
      {
        title: 'Services',
        links: [
          { label: 'Bookkeeping', href: 'page:services' },
          { label: 'KRA tax filing', href: 'page:services' },
          { label: 'Payroll & statutory', href: 'page:services' },
        ],
      },
      {
        title: 'Contact',
        links: [phoneLink(PHONE), emailLink(EMAIL)],
      },
    ],
    social: [profile('linkedin'), profile('x')],
    legal: 'Registered with ICPAK. All rights reserved.',
  },
});

const services = section(features, {
  variant: 'cards-with-icons',
  anchor: 'services',
  tone: 'default',
  eyebrow: 'What we do',
  heading: 'Your books, taxes and payroll — handled',
  intro: 'One monthly fee, one named accountant, and a dashboard you can read on your phone.',
  columns: '3',
  items: [
    feature(
      'wallet',
      'Bookkeeping',
      'Monthly bookkeeping in QuickBooks or Xero, with M-Pesa statements reconciled line by line.',
    ),
    feature(
      'shield',
      'KRA tax filing',
      'VAT, PAYE, withholding and corporation tax returns filed on iTax before the 20th — every month.',
    ),
    feature(
      'users',
      'Payroll & statutory',
      'Payslips, SHIF, NSSF and Housing Levy computed and remitted on time for teams of 2 to 200.',
    ),
    feature(
      'check',
      'eTIMS set-up',
      'We register you on eTIMS and connect your invoicing so every sale issues a valid tax invoice.',
    ),
    feature(
      'star',
      'Audit readiness',
      'Year-end accounts prepared to IFRS for SMEs, ready for your auditor or your bank.',
    ),
    feature(
      'chat',
      'CFO on call',
      'Cash-flow forecasts, loan applications and pricing decisions with a partner, not a call centre.',
    ),
  ],
});

export const businessMeridian: Starter = {
  id: 'business-meridian',
  category: 'business',
  designSystem: 'meridian',
  name: 'Meridian — accounting & advisory firm',
  description:
    'A crisp, corporate site for a professional-services firm: services, packages, team, insights and a booking form.',
  site: { name: 'Tana Ledger Partners', tagline: 'Accounting and tax advisory for Kenyan SMEs' },
  pages: [
    page(
      '',
      'Home',
      seo(
        'Tana Ledger Partners — Accountants & Tax Advisers in Nairobi',
        'Bookkeeping, KRA tax filing, payroll and eTIMS for Kenyan SMEs. One monthly fee, a named accountant and M-Pesa reconciled every month.',
        `${D}/hero.svg`,
      ),
      [
        section(hero, {
          variant: 'split',
          tone: 'default',
          eyebrow: 'Chartered accountants · Westlands, Nairobi',
          heading: 'Clean books, on-time KRA returns, and a partner who picks up the phone',
          subheading:
            'We keep the accounts of 180 Kenyan businesses — from Kilimani salons to Mombasa Road distributors — so their owners can stop worrying about the 20th of the month.',
          actions: [
            { label: 'Book a free consultation', href: 'page:contact' },
            { label: 'See packages', href: '#pricing' },
          ],
          image: { src: img(`${D}/hero.svg`), alt: 'The Nairobi skyline at dawn' },
        }),
        section(logos, {
          variant: 'row',
          tone: 'default',
          title: 'Trusted by growing businesses across Kenya',
          logos: CLIENT_LOGOS.slice(0, 6).map(([id, name]) => logo(id, name)),
        }),
        services,
        section(stats, {
          variant: 'row',
          tone: 'inverse',
          title: 'Numbers we are proud of',
          items: [
            { value: '180+', label: 'Active clients', detail: 'SMEs in 14 counties' },
            { value: '0', label: 'Late KRA penalties', detail: 'For clients on a monthly plan in 2024' },
            { value: 'KES 41M', label: 'Recovered in VAT refunds', detail: 'Since 2019' },
            { value: '1 day', label: 'Reply time', detail: 'Every working day' },
          ],
        }),
        section(pricing, {
          variant: 'cards',
          anchor: 'pricing',
          tone: 'alt',
          eyebrow: 'Packages',
          heading: 'Simple monthly packages',
          intro:
            'Fixed monthly fees, paid by M-Pesa Paybill or bank transfer. Change or cancel with 30 days’ notice.',
          plans: [
            plan(
              'Msingi',
              8500,
              'per month',
              'For sole traders and new companies.',
              [
                'Monthly bookkeeping (up to 150 transactions)',
                'VAT and turnover tax returns',
                'M-Pesa statement reconciliation',
                'Quarterly review call',
              ],
              'Start with Msingi',
            ),
            plan(
              'Biashara',
              22000,
              'per month',
              'For SMEs with staff and stock.',
              [
                'Everything in Msingi',
                'Payroll for up to 25 staff',
                'PAYE, SHIF, NSSF and Housing Levy',
                'eTIMS support',
                'Monthly management accounts',
              ],
              'Choose Biashara',
              true,
            ),
            plan(
              'Kampuni',
              55000,
              'per month',
              'For established companies.',
              [
                'Everything in Biashara',
                'Payroll for up to 200 staff',
                'Year-end accounts to IFRS for SMEs',
                'Cash-flow forecasting',
                'Partner-led board reporting',
              ],
              'Talk to a partner',
            ),
          ],
          note: 'All prices exclude VAT. One-off catch-up work for overdue returns is quoted separately.',
        }),
        section(testimonials, {
          variant: 'cards',
          tone: 'default',
          eyebrow: 'Client stories',
          heading: 'What our clients say',
          items: [
            quote(
              'We had three years of unfiled VAT returns. Tana Ledger cleared the backlog in six weeks and negotiated the penalties down.',
              'Grace Wambui',
              'Founder, Wambui Interiors, Kilimani',
            ),
            quote(
              'Payroll used to take me two days a month. Now I approve it on my phone and the payslips go out on the 28th.',
              'Daniel Otieno',
              'Director, Ziwa Logistics, Kisumu',
            ),
            quote(
              'Their management accounts got us a KES 6 million working-capital loan from our bank in under a month.',
              'Amina Hassan',
              'CEO, Pwani Cold Chain, Mombasa',
            ),
          ],
        }),
        section(blogList, {
          variant: 'cards',
          tone: 'alt',
          eyebrow: 'Insights',
          title: 'Tax and finance, in plain language',
          intro: 'Short, practical guides for business owners — no jargon.',
          limit: 3,
          allPostsLabel: 'All insights',
        }),
        section(cta, {
          variant: 'banner',
          tone: 'inverse',
          eyebrow: 'Free 30-minute consultation',
          title: 'Behind on your KRA returns? Let’s fix it this month.',
          body: 'Tell us where your books are today. A partner replies within one working day with a clear plan and a fixed quote.',
          actions: [
            { label: 'Book a consultation', href: 'page:contact' },
            phoneLink(PHONE, `Call ${PHONE}`),
          ],
        }),
      ],
    ),
    page(
      'about',
      'About',
      seo(
        'About Tana Ledger Partners — Nairobi Accounting Firm',
        'Founded in 2012 by two CPAs in Westlands, Tana Ledger Partners keeps the books of 180 Kenyan SMEs. Meet the partners and the way we work.',
        `${D}/advisory.svg`,
      ),
      [
        section(imageText, {
          variant: 'image-right',
          anchor: 'about',
          tone: 'default',
          eyebrow: 'About the firm',
          title: 'Accountants who speak business, not jargon',
          body: 'Tana Ledger Partners was founded in 2012 by Wanjiru Mwangi and Peter Kiprono, two CPAs who left a big-four firm to serve the businesses that big firms overlook.\n\nToday a team of sixteen works from our office on Waiyaki Way in Westlands. Every client has a named accountant, a partner who reviews their numbers each quarter, and a WhatsApp line that is answered the same day.',
          image: {
            src: img(`${D}/advisory.svg`),
            alt: 'Abstract illustration of orbits around a blue centre',
          },
          actions: [{ label: 'Meet the team', href: '#team' }],
        }),
        section(features, {
          variant: 'list',
          anchor: 'values',
          tone: 'alt',
          eyebrow: 'How we work',
          heading: 'Three promises we keep',
          intro: '',
          columns: '3',
          items: [
            feature(
              'clock',
              'Deadlines first',
              'Returns are filed by the 15th, five days before KRA’s deadline, so there is always time to fix a surprise.',
            ),
            feature(
              'wallet',
              'Fixed fees',
              'You agree a monthly fee up front. No hourly billing, no invoices you did not expect.',
            ),
            feature(
              'chat',
              'Plain language',
              'Every month you get a one-page summary: what you earned, what you owe and what to do next.',
            ),
          ],
        }),
        section(team, {
          variant: 'grid',
          anchor: 'team',
          tone: 'default',
          eyebrow: 'Our people',
          title: 'The partners and managers',
          intro: 'Qualified CPAs and tax specialists who have worked with Kenyan SMEs for over a decade.',
          members: [
            member(
              'Wanjiru Mwangi',
              'Managing Partner, CPA(K)',
              'Leads advisory and audit readiness. Previously a senior manager at a big-four firm in Nairobi.',
              'shared/team-2.svg',
            ),
            member(
              'Peter Kiprono',
              'Tax Partner, CPA(K)',
              'Fourteen years of KRA audits, objections and VAT refunds. Sits on the ICPAK tax committee.',
              'shared/team-1.svg',
            ),
            member(
              'Achieng Odhiambo',
              'Payroll Manager',
              'Runs payroll for 2,300 employees a month across our clients, including statutory remittances.',
              'shared/team-6.svg',
            ),
            member(
              'Yusuf Abdi',
              'Client Accountant',
              'Looks after our Mombasa and coast clients, and our eTIMS set-ups.',
              'shared/team-7.svg',
            ),
          ],
        }),
        section(cta, {
          variant: 'boxed',
          tone: 'alt',
          eyebrow: '',
          title: 'Work with a firm that answers the phone',
          body: 'Book a free 30-minute consultation at our office or on Google Meet.',
          actions: [{ label: 'Book a consultation', href: 'page:contact' }],
        }),
      ],
    ),
    page(
      'services',
      'Services',
      seo(
        'Bookkeeping, KRA Tax Filing & Payroll Services in Nairobi',
        'Monthly bookkeeping, VAT and PAYE returns, payroll, eTIMS and year-end accounts for Kenyan SMEs, with fixed fees from KES 8,500 a month.',
      ),
      [
        section(hero, {
          variant: 'minimal',
          tone: 'alt',
          eyebrow: 'Services',
          heading: 'Everything finance, under one roof',
          subheading:
            'Pick a monthly package or ask for a single service. Either way you get a named accountant and fixed fees.',
          actions: [{ label: 'Get a quote', href: 'page:contact' }],
          image: { src: '', alt: '' },
        }),
        services,
        section(imageText, {
          variant: 'image-left',
          anchor: 'reporting',
          tone: 'default',
          eyebrow: 'Management accounts',
          title: 'Know your numbers by the 10th of every month',
          body: 'Our Biashara and Kampuni clients receive management accounts by the 10th: profit and loss, cash position, debtors and a one-page commentary from their accountant.\n\nBanks and SACCOs accept them for loan applications, and you can finally see which branch, product or customer actually makes money.',
          image: { src: img(`${D}/growth.svg`), alt: 'Bar chart illustration with a rising trend line' },
          actions: [{ label: 'Get a quote', href: 'page:contact' }],
        }),
        section(faq, {
          variant: 'split',
          tone: 'alt',
          eyebrow: 'FAQ',
          heading: 'Questions business owners ask us',
          intro: `Anything else? Call ${PHONE} or WhatsApp us.`,
          items: [
            {
              question: 'I have not filed returns for two years. Can you help?',
              answer:
                'Yes — catch-up filing is a third of our new work. We reconstruct the records from bank and M-Pesa statements, file the nil or actual returns and apply for penalty waivers where KRA allows.',
            },
            {
              question: 'Do you work with clients outside Nairobi?',
              answer:
                'We do. About a third of our clients are in Mombasa, Kisumu, Nakuru and Eldoret. Documents move by email or WhatsApp and we meet on Google Meet.',
            },
            {
              question: 'Which accounting software do you use?',
              answer:
                'QuickBooks Online and Xero. If you already use another system, we can work with it or migrate you at no extra cost on an annual plan.',
            },
            {
              question: 'How do I pay your fees?',
              answer:
                'By M-Pesa Paybill, bank transfer or card. Invoices are sent on the 1st and are eTIMS-compliant.',
            },
          ],
        }),
      ],
    ),
    contactPage(
      'Contact',
      seo(
        'Contact Tana Ledger Partners — Westlands, Nairobi',
        'Book a free 30-minute consultation with a partner. Visit us on Waiyaki Way, Westlands, call +254 709 418 220 or send us a message online.',
      ),
      {
        variant: 'form-with-details',
        heading: 'Book a free consultation',
        intro: 'Tell us a little about your business. A partner will reply within one working day.',
        formName: 'Consultation request',
        submitLabel: 'Request a call',
        successMessage: 'Asante! A partner will call you within one working day.',
        fields: [
          field('name', 'Your name', 'text', true),
          field('company', 'Business name', 'text', false),
          field('phone', 'Phone number', 'tel', true),
          field('email', 'Email', 'email', true),
          field('service', 'What do you need?', 'select', true, [
            'Bookkeeping',
            'KRA tax filing',
            'Payroll',
            'eTIMS set-up',
            'Catch-up filing',
            'Something else',
          ]),
          field('message', 'Anything we should know?', 'textarea', false),
        ],
        phone: PHONE,
        email: EMAIL,
        address: 'Mpaka House, 3rd floor, Waiyaki Way\nWestlands, Nairobi',
        hours: 'Mon–Fri 8:00–17:30\nSat 9:00–13:00 (by appointment)',
        whatsapp: PHONE,
      },
    ),
  ],
  posts: [
    {
      slug: 'kra-deadlines-calendar',
      title: 'The KRA deadlines every Kenyan business owner should know',
      excerpt:
        'PAYE by the 9th, VAT by the 20th, instalment tax four times a year: a one-page calendar of the dates that cost money when missed.',
      cover: { src: img(`${D}/blog-tax-calendar.svg`), alt: 'Abstract blue calendar blocks' },
      tags: ['Tax', 'KRA'],
      author: 'Peter Kiprono',
      daysAgo: 4,
      body: doc(
        p(
          'Most KRA penalties we see are not about tax owed — they are about dates missed. Here are the deadlines that matter for a typical SME, month by month.',
        ),
        h2('Every month'),
        ul(
          '**9th** — PAYE, SHIF, NSSF and Housing Levy for last month’s payroll.',
          '**20th** — VAT return and payment, plus withholding VAT if you are an appointed agent.',
          '**20th** — Turnover tax, if your turnover is under KES 25 million and you opted in.',
        ),
        h2('Four times a year'),
        p(
          'Instalment tax for companies falls due on the 20th day of the 4th, 6th, 9th and 12th months of your financial year. Missing one costs interest even if your final return balances out.',
        ),
        h2('Once a year'),
        p(
          'Individual returns are due by **30 June**. Company returns are due six months after your year end — so 30 June for a December year end.',
        ),
        p(
          'Our clients get a WhatsApp reminder five days before each date. If you would like the same, book a free consultation.',
        ),
      ),
    },
    {
      slug: 'etims-for-small-businesses',
      title: 'eTIMS for small businesses: what changes and how to get set up',
      excerpt:
        'Since 2024 only eTIMS invoices count as deductible expenses. Here is what that means for your shop, salon or consultancy.',
      cover: { src: img(`${D}/blog-etims.svg`), alt: 'Abstract flowing blue lines' },
      tags: ['Tax', 'eTIMS'],
      author: 'Yusuf Abdi',
      daysAgo: 18,
      body: doc(
        p(
          'The electronic Tax Invoice Management System (eTIMS) is now required for every business, VAT-registered or not. The practical consequence: **your customers can only deduct expenses backed by an eTIMS invoice.**',
        ),
        h2('Getting set up in four steps'),
        ol(
          'Log in to the eTIMS portal with your iTax PIN.',
          'Choose a solution: the eTIMS Lite app on your phone works well for under 50 invoices a month.',
          'Register your items and prices once.',
          'Issue an eTIMS invoice for every sale, even when the customer pays by M-Pesa.',
        ),
        p(
          'If you invoice from QuickBooks or a POS, an integrator can connect it directly so you do not type every sale twice.',
        ),
      ),
    },
    {
      slug: 'reconciling-mpesa-statements',
      title: 'How to reconcile your M-Pesa statement in 20 minutes a week',
      excerpt:
        'Till and Paybill payments are the biggest gap in most SME books. A simple weekly routine closes it.',
      cover: { src: img(`${D}/blog-mpesa.svg`), alt: 'Green and blue bar chart illustration' },
      tags: ['Bookkeeping', 'M-Pesa'],
      author: 'Achieng Odhiambo',
      daysAgo: 33,
      body: doc(
        p(
          'For most of our retail clients, more than 70% of sales arrive through M-Pesa. Yet the M-Pesa statement is the document least likely to be in the books.',
        ),
        h2('The weekly routine'),
        ol(
          'Every Monday, download last week’s statement from the M-Pesa for Business portal as a CSV.',
          'Import it into your accounting software’s bank feed.',
          'Match each payment to an invoice or a cash sale, and tag the charges as bank fees.',
          'Transfer the balance to your bank account and record the transfer.',
        ),
        p(
          'Twenty minutes a week saves days at year end — and it is the first thing a bank asks for in a loan application.',
        ),
      ),
    },
  ],
};
