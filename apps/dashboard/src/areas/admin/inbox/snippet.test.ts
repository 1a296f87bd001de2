import { describe, expect, it } from 'vitest';
import { senderOf, snippetOf } from './snippet';

describe('inbox summaries', () => {
  it('names the sender by name, else address, else as anonymous', () => {
    expect(senderOf({ name: 'Achieng', email: 'a@example.co.ke' })).toBe('Achieng');
    expect(senderOf({ name: ' ', email: 'a@example.co.ke' })).toBe('a@example.co.ke');
    expect(senderOf({ name: '', email: '' })).toBe('Anonymous visitor');
  });

  it('prefers the message field over name and email fields for the preview line', () => {
    const fields = [
      { label: 'Name', value: 'Achieng' },
      { label: 'Email', value: 'a@example.co.ke' },
      { label: 'Your message', value: 'Do you cater\nfor weddings?' },
    ];
    expect(snippetOf({ fields })).toBe('Do you cater for weddings?');
  });

  it('without a message, lists the other answers and leaves out who sent it', () => {
    const fields = [
      { label: 'Name', value: 'Achieng' },
      { label: 'Phone (WhatsApp)', value: '+254 711 000000' },
      { label: 'Date and time', value: 'Saturday 7pm' },
      { label: 'Guests', value: '3–4' },
      { label: 'Anything else? (optional)', value: '' },
    ];
    expect(snippetOf({ fields })).toBe('Date and time: Saturday 7pm · Guests: 3–4');
    expect(snippetOf({ fields: [] })).toBe('');
  });
});
