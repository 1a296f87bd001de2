import { describe, expect, it } from 'vitest';
import {
  contactFormProps,
  csvCell,
  type FormField,
  formValuesFrom,
  isHoneypotHit,
  submissionsCsv,
  toCsv,
  validateSubmission,
} from '../src/domain/forms.js';

const field = (over: Partial<FormField> & Pick<FormField, 'name' | 'type'>): FormField => ({
  label: over.name,
  required: false,
  options: [],
  ...over,
});

const FORM: FormField[] = [
  field({ name: 'name', label: 'Your name', type: 'text', required: true }),
  field({ name: 'email', label: 'Email', type: 'email', required: true }),
  field({ name: 'phone', label: 'Phone', type: 'tel' }),
  field({ name: 'topic', label: 'Topic', type: 'select', options: ['Booking', 'Catering'] }),
  field({ name: 'message', label: 'Message', type: 'textarea', required: true }),
];

const valid = {
  name: 'Achieng Otieno',
  email: 'achieng@example.co.ke',
  phone: '+254 712 345 678',
  topic: 'Catering',
  message: 'Do you cater for 40 people?\r\nThanks',
};

function problems(values: Record<string, string>, fields = FORM) {
  const check = validateSubmission(fields, values);
  return check.ok ? [] : check.problems;
}

describe('validateSubmission', () => {
  it('accepts a complete submission, keyed by label in form order, with sender name and email', () => {
    const check = validateSubmission(FORM, { ...valid, company_website: '', _section: 's1', extra: 'x' });
    expect(check).toEqual({
      ok: true,
      value: {
        fields: [
          ['Your name', 'Achieng Otieno'],
          ['Email', 'achieng@example.co.ke'],
          ['Phone', '+254 712 345 678'],
          ['Topic', 'Catering'],
          ['Message', 'Do you cater for 40 people?\nThanks'],
        ],
        name: 'Achieng Otieno',
        email: 'achieng@example.co.ke',
      },
    });
  });

  it('names each missing required field', () => {
    expect(problems({ phone: '0712345678' })).toEqual([
      { field: 'name', message: 'Fill in “Your name”; it is required.' },
      { field: 'email', message: 'Fill in “Email”; it is required.' },
      { field: 'message', message: 'Fill in “Message”; it is required.' },
    ]);
  });

  it('treats a whitespace-only answer as missing', () => {
    expect(problems({ ...valid, name: '   ' }).map((p) => p.field)).toEqual(['name']);
  });

  it('refuses an email without a valid address format', () => {
    expect(problems({ ...valid, email: 'achieng@' })).toEqual([
      { field: 'email', message: '“Email” must be an email address, like name@example.com.' },
    ]);
  });

  it('refuses a phone number with letters or too few digits, accepts Kenyan formats', () => {
    const message = '“Phone” must be a phone number with 7 to 15 digits, like +254 712 345 678.';
    expect(problems({ ...valid, phone: 'call me' })).toEqual([{ field: 'phone', message }]);
    expect(problems({ ...valid, phone: '12 34' })).toEqual([{ field: 'phone', message }]);
    expect(problems({ ...valid, phone: '0712-345-678' })).toEqual([]);
    expect(problems({ ...valid, phone: '(020) 222 3344' })).toEqual([]);
  });

  it('refuses a select answer that is not one of its options', () => {
    expect(problems({ ...valid, topic: 'Free lunch' })).toEqual([
      { field: 'topic', message: 'Choose one of the listed options for “Topic”.' },
    ]);
  });

  it('limits a short field to 200 characters and a textarea to 5,000', () => {
    expect(problems({ ...valid, name: 'a'.repeat(200) })).toEqual([]);
    expect(problems({ ...valid, name: 'a'.repeat(201) })).toEqual([
      { field: 'name', message: '“Your name” is too long: keep it under 200 characters.' },
    ]);
    expect(problems({ ...valid, message: 'a'.repeat(5_000) })).toEqual([]);
    expect(problems({ ...valid, message: 'a'.repeat(5_001) })).toEqual([
      { field: 'message', message: '“Message” is too long: keep it under 5,000 characters.' },
    ]);
  });

  it('limits the whole submission to 20 KB', () => {
    const textareas = [1, 2, 3, 4, 5].map((n) => field({ name: `part_${n}`, type: 'textarea' }));
    const values = Object.fromEntries(textareas.map((f) => [f.name, 'é'.repeat(2_500)])); // 5 KB each
    expect(problems(values, textareas)).toEqual([
      { field: '_form', message: 'The answers are too long altogether: keep them under 20 KB in total.' },
    ]);
  });

  it('refuses an empty submission even when every field is optional', () => {
    const optional = [field({ name: 'note', type: 'text' })];
    expect(problems({ note: '' }, optional)).toEqual([
      { field: '_form', message: 'The form is empty: fill in at least one field.' },
    ]);
  });

  it('strips control characters (PostgreSQL refuses NUL) and flattens line breaks in one-line fields', () => {
    const check = validateSubmission(FORM, { ...valid, name: 'Achieng\u0000\r\nOtieno' });
    expect(check.ok && check.value.name).toBe('Achieng Otieno');
  });

  it('keeps both answers when two fields share a label, and joins first and last name', () => {
    const fields = [
      field({ name: 'first_name', label: 'Name', type: 'text' }),
      field({ name: 'last_name', label: 'Name', type: 'text' }),
    ];
    const check = validateSubmission(fields, { first_name: 'Brian', last_name: 'Kamau' });
    expect(check.ok && check.value).toEqual({
      fields: [
        ['Name', 'Brian'],
        ['Name (2)', 'Kamau'],
      ],
      name: 'Brian Kamau',
      email: '',
    });
  });
});

describe('honeypot', () => {
  it('is hit only when the hidden company_website input has a value', () => {
    expect(isHoneypotHit({ ...valid })).toBe(false);
    expect(isHoneypotHit({ ...valid, company_website: '  ' })).toBe(false);
    expect(isHoneypotHit({ ...valid, company_website: 'http://spam.example' })).toBe(true);
  });
});

describe('formValuesFrom', () => {
  it('keeps strings, joins repeated names and drops files', () => {
    const file = new File(['x'], 'cv.pdf');
    expect(formValuesFrom({ name: 'Amina', tags: ['a', file, 'b'], cv: file, both: [file] })).toEqual({
      name: 'Amina',
      tags: 'a, b',
    });
  });

  it('cannot be tricked into changing the prototype by a field named __proto__', () => {
    const values = formValuesFrom(JSON.parse('{"__proto__":"x","a":"1"}') as Record<string, string>);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.hasOwn(values, '__proto__')).toBe(true);
  });
});

describe('contactFormProps', () => {
  it('reads the fields of a contact section and ignores props it does not use', () => {
    const props = contactFormProps.parse({
      heading: 'Talk to us',
      formName: 'Contact',
      successMessage: 'Asante!',
      fields: [{ name: 'email', label: 'Email', type: 'email', required: true, options: [] }],
    });
    expect(props).toEqual({
      formName: 'Contact',
      successMessage: 'Asante!',
      fields: [{ name: 'email', label: 'Email', type: 'email', required: true, options: [] }],
    });
  });
});

describe('CSV', () => {
  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")"`,
    );
    expect(csvCell('+254712345678')).toBe("'+254712345678");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('a=1')).toBe('a=1');
  });

  it('starts with a UTF-8 byte-order mark and ends rows with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n');
  });

  it('has one column per label in first-seen order, then the time received', () => {
    const csv = submissionsCsv([
      {
        fields: [
          ['Name', 'Wanjiru'],
          ['Message', 'Habari, "friend"'],
        ],
        receivedAt: new Date('2026-03-02T08:00:00Z'),
      },
      {
        fields: [
          ['Name', '=cmd'],
          ['Phone', '0712345678'],
        ],
        receivedAt: new Date('2026-03-01T08:00:00Z'),
      },
    ]);
    expect(csv).toBe(
      '\uFEFFName,Message,Phone,Received at\r\n' +
        'Wanjiru,"Habari, ""friend""",,2026-03-02T08:00:00.000Z\r\n' +
        "'=cmd,,0712345678,2026-03-01T08:00:00.000Z\r\n",
    );
  });
});
