/** Test helpers for the pages theme: the site's contact form, as a visitor fills it in. */
import { expect } from 'vitest';
import type { Client } from './helpers.js';

/** The contact form of the published /contact page: where it posts and the fields it asks for. */
export async function contactForm(client: Client): Promise<{ action: string; names: string[] }> {
  const res = await client.get('/contact');
  expect(res.status).toBe(200);
  const html = await res.text();
  const action = /<form[^>]*action="(\/_forms\/[^"]+)"/.exec(html)?.[1];
  expect(action, 'the contact page has no form').toBeTruthy();
  const names = [...html.matchAll(/<(?:input|textarea|select)[^>]*\sname="([^"]+)"/g)].map(
    (m) => m[1] as string,
  );
  return { action: action as string, names };
}

/** Sends the contact form the way a browser does, with a sensible value for every field. */
export async function sendContactForm(client: Client, message: string): Promise<Response> {
  const { action, names } = await contactForm(client);
  const sample: Record<string, string> = {
    name: 'Achieng Otieno',
    email: 'achieng@example.co.ke',
    phone: '+254 712 345 678',
    message,
  };
  const html = await (await client.get('/contact')).text();
  const fields: Record<string, string> = {};
  for (const name of names) {
    if (name === 'company_website') fields[name] = '';
    else if (name === '_section') fields[name] = action.split('/').pop() as string;
    else if (sample[name] !== undefined) fields[name] = sample[name] as string;
    else {
      // A select: its first real choice; anything else: some text.
      const select = new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1];
      const choice = select ? /<option value="([^"]+)"/.exec(select)?.[1] : undefined;
      fields[name] = choice ?? message;
    }
  }
  return client.form(action, fields);
}
