/**
 * The email templates. Each declares the data it needs (validated with Zod, so a caller that forgets
 * a link fails loudly instead of mailing a broken message) and builds its content from it.
 */
import { z } from 'zod';
import type { EmailContent } from './layout.js';

const url = z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' });
const greeting = (name?: string) => (name ? `Hi ${name},` : 'Hi,');

const definitions = {
  verify_email: {
    data: z.object({ name: z.string().optional(), url, expiresInHours: z.number().int().positive() }),
    build: (d: { name?: string; url: string; expiresInHours: number }, brand: string): EmailContent => ({
      subject: `Confirm your email for ${brand}`,
      preheader: 'One click to confirm your email address.',
      heading: 'Confirm your email address',
      blocks: [
        { kind: 'paragraph', text: greeting(d.name) },
        {
          kind: 'paragraph',
          text: `Confirm that this is your email address to finish setting up your ${brand} account.`,
        },
        { kind: 'button', label: 'Confirm email', url: d.url },
        {
          kind: 'fine',
          text: `This link expires in ${d.expiresInHours} hours. If you did not sign up, ignore this email.`,
        },
      ],
    }),
  },
  reset_password: {
    data: z.object({ name: z.string().optional(), url, expiresInMinutes: z.number().int().positive() }),
    build: (d: { name?: string; url: string; expiresInMinutes: number }, brand: string): EmailContent => ({
      subject: `Reset your ${brand} password`,
      preheader: 'Use this link to choose a new password.',
      heading: 'Reset your password',
      blocks: [
        { kind: 'paragraph', text: greeting(d.name) },
        {
          kind: 'paragraph',
          text: 'Someone asked to reset the password of your account. Choose a new one here:',
        },
        { kind: 'button', label: 'Choose a new password', url: d.url },
        {
          kind: 'fine',
          text: `The link works once and expires in ${d.expiresInMinutes} minutes. If you did not ask for this, your password stays as it is.`,
        },
      ],
    }),
  },
  change_email: {
    data: z.object({ name: z.string().optional(), url, newEmail: z.email() }),
    build: (d: { name?: string; url: string; newEmail: string }, brand: string): EmailContent => ({
      subject: `Confirm your new email for ${brand}`,
      preheader: `Confirm ${d.newEmail} as your sign-in address.`,
      heading: 'Confirm your new email address',
      blocks: [
        { kind: 'paragraph', text: greeting(d.name) },
        {
          kind: 'paragraph',
          text: `Confirm that ${d.newEmail} should become the email address of your account.`,
        },
        { kind: 'button', label: 'Confirm new email', url: d.url },
        { kind: 'fine', text: 'If you did not ask for this change, ignore this email; nothing changes.' },
      ],
    }),
  },
  account_exists: {
    data: z.object({ name: z.string().optional(), signInUrl: url, resetUrl: url }),
    build: (d: { name?: string; signInUrl: string; resetUrl: string }, brand: string): EmailContent => ({
      subject: `You already have a ${brand} account`,
      preheader: 'Someone tried to sign up with this address.',
      heading: 'You already have an account',
      blocks: [
        { kind: 'paragraph', text: greeting(d.name) },
        {
          kind: 'paragraph',
          text: `Someone — probably you — tried to create a new ${brand} account with this email address, which already has one.`,
        },
        { kind: 'button', label: 'Sign in', url: d.signInUrl },
        { kind: 'paragraph', text: `Forgot your password? Reset it here: ${d.resetUrl}` },
        { kind: 'fine', text: 'If this was not you, you can ignore this email; nothing changed.' },
      ],
    }),
  },
  password_changed: {
    data: z.object({ name: z.string().optional(), when: z.string() }),
    build: (d: { name?: string; when: string }, brand: string): EmailContent => ({
      subject: `Your ${brand} password was changed`,
      preheader: 'A security notice about your account.',
      heading: 'Your password was changed',
      blocks: [
        { kind: 'paragraph', text: greeting(d.name) },
        {
          kind: 'paragraph',
          text: `The password of your account was changed on ${d.when}. Other sessions were signed out.`,
        },
        { kind: 'fine', text: 'If this was not you, reset your password now and contact support.' },
      ],
    }),
  },
  invitation: {
    data: z.object({
      inviterName: z.string().min(1),
      appName: z.string().min(1),
      role: z.string().min(1),
      url,
      expiresInDays: z.number().int().positive(),
    }),
    build: (
      d: { inviterName: string; appName: string; role: string; url: string; expiresInDays: number },
      _brand: string,
    ): EmailContent => ({
      subject: `${d.inviterName} invited you to ${d.appName}`,
      preheader: `Join ${d.appName} as ${d.role}.`,
      heading: `Join ${d.appName}`,
      blocks: [
        {
          kind: 'paragraph',
          text: `${d.inviterName} invited you to work on ${d.appName} as ${article(d.role)} ${d.role}.`,
        },
        { kind: 'button', label: 'Accept invitation', url: d.url },
        {
          kind: 'fine',
          text: `The invitation works once and expires in ${d.expiresInDays} days. It works whether or not you already have an account.`,
        },
      ],
    }),
  },
  form_submission: {
    data: z.object({
      appName: z.string().min(1),
      formName: z.string().min(1),
      fields: z.array(z.tuple([z.string(), z.string()])).min(1),
      url,
    }),
    build: (
      d: { appName: string; formName: string; fields: Array<[string, string]>; url: string },
      _brand: string,
    ): EmailContent => ({
      subject: `New message from your ${d.formName} form — ${d.appName}`,
      preheader: d.fields
        .map(([, v]) => v)
        .join(' · ')
        .slice(0, 120),
      heading: `New ${d.formName} submission`,
      blocks: [
        { kind: 'paragraph', text: `Someone filled in the ${d.formName} form on ${d.appName}:` },
        { kind: 'fields', rows: d.fields },
        { kind: 'button', label: 'Open the inbox', url: d.url },
      ],
    }),
  },
} as const;

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

export type TemplateName = keyof typeof definitions;
export type TemplateData<T extends TemplateName> = z.input<(typeof definitions)[T]['data']>;
export const TEMPLATE_NAMES = Object.keys(definitions) as TemplateName[];

/** Validates the data for a template and builds its content; throws a ZodError on bad data. */
export function buildContent<T extends TemplateName>(
  template: T,
  data: TemplateData<T>,
  brandName: string,
): EmailContent {
  const def = definitions[template];
  const parsed = def.data.parse(data);
  return (def.build as (d: unknown, b: string) => EmailContent)(parsed, brandName);
}
