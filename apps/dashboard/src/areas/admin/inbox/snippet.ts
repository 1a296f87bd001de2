/** How a submission is summed up in the inbox list. */
import type { Submission } from '../shared/queries';

const MESSAGE_LABEL = /message|comment|enquiry|inquiry|question|anything else|notes?\b/i;
const IDENTITY_LABEL = /^(your |full )?(name|e-?mail|email address|phone|tel|telephone|mobile|whatsapp)\b/i;

/** Who sent it: their name, else their address, else a neutral word. */
export function senderOf(s: Pick<Submission, 'name' | 'email'>): string {
  return s.name.trim() || s.email.trim() || 'Anonymous visitor';
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The text a reader wants first: the message, else the other answers ("Guests: 3–4 · Date: Sat"),
 * leaving out the fields about who sent it (shown beside it already).
 */
export function snippetOf(s: Pick<Submission, 'fields'>): string {
  const message = s.fields.find((f) => MESSAGE_LABEL.test(f.label) && f.value.trim());
  if (message) return oneLine(message.value);
  return s.fields
    .filter((f) => !IDENTITY_LABEL.test(f.label.trim()) && f.value.trim())
    .map((f) => `${oneLine(f.label)}: ${oneLine(f.value)}`)
    .join(' · ');
}
