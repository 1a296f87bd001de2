/**
 * Contact forms, as pure rules: which answers a submission may hold (checked against the contact
 * section's field definitions, given as data), the honeypot that drops bots, and the inbox CSV.
 */
import { z } from 'zod';

export const FIELD_TYPES = ['text', 'email', 'tel', 'textarea', 'select'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FormField {
  name: string;
  label: string;
  type: FieldType;
  required: boolean;
  options: string[];
}

/**
 * The part of a contact section's props a submission needs. Site-kit validates sections on every
 * save; this parse only guards the read, so extra props are ignored.
 */
export const contactFormProps = z.object({
  formName: z.string().default(''),
  successMessage: z.string().default(''),
  fields: z.array(
    z.object({
      name: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
      label: z.string(),
      type: z.enum(FIELD_TYPES),
      required: z.boolean().default(false),
      options: z.array(z.string()).default([]),
    }),
  ),
});

/** A hidden input people never see or fill; bots that fill every input give themselves away. */
export const HONEYPOT_FIELD = 'company_website';
/** The hidden input naming the contact section the form belongs to. */
export const SECTION_FIELD = '_section';

export const FORM_LIMITS = { shortChars: 200, textareaChars: 5_000, totalBytes: 20 * 1024 } as const;

/** Where the problem is: a field name, or `_form` for the submission as a whole. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface AcceptedSubmission {
  /** Label → answer, in form order (every defined field; '' when an optional one was left empty). */
  fields: Array<[label: string, value: string]>;
  name: string;
  email: string;
}

export type SubmissionCheck =
  | { ok: true; value: AcceptedSubmission }
  | { ok: false; problems: FieldProblem[] };

export function isHoneypotHit(values: Readonly<Record<string, string>>): boolean {
  return (values[HONEYPOT_FIELD] ?? '').trim() !== '';
}

// Control characters never belong in a typed answer, and PostgreSQL refuses NUL in jsonb.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function normalize(field: FormField, raw: string): string {
  const clean = raw.replace(CONTROL, '').trim();
  // Only a textarea can hold line breaks; a pasted newline in a one-line input becomes a space.
  return field.type === 'textarea' ? clean.replace(/\r\n?/g, '\n') : clean.replace(/[\r\n\t]+/g, ' ');
}

const emailFormat = z.email();
const TEL = /^\+?[0-9 ().-]+$/;

function isPhone(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return TEL.test(value) && digits >= 7 && digits <= 15;
}

const labelOf = (field: FormField) => field.label.trim() || field.name;

/** The message for one answer, or null when it is acceptable. */
export function checkField(field: FormField, value: string): string | null {
  const label = `“${labelOf(field)}”`;
  if (value === '') return field.required ? `Fill in ${label}; it is required.` : null;
  const max = field.type === 'textarea' ? FORM_LIMITS.textareaChars : FORM_LIMITS.shortChars;
  if (value.length > max)
    return `${label} is too long: keep it under ${max.toLocaleString('en')} characters.`;
  if (field.type === 'email' && !emailFormat.safeParse(value).success)
    return `${label} must be an email address, like name@example.com.`;
  if (field.type === 'tel' && !isPhone(value))
    return `${label} must be a phone number with 7 to 15 digits, like +254 712 345 678.`;
  if (field.type === 'select' && !field.options.includes(value))
    return `Choose one of the listed options for ${label}.`;
  return null;
}

/**
 * Checks a visitor's answers against the form's fields. Unknown names (including the honeypot and
 * `_section`) are ignored; every problem is reported at once so the visitor fixes them in one go.
 */
export function validateSubmission(
  fields: readonly FormField[],
  values: Readonly<Record<string, string>>,
): SubmissionCheck {
  const answers = fields.map((field) => ({ field, value: normalize(field, values[field.name] ?? '') }));
  const problems: FieldProblem[] = [];
  for (const { field, value } of answers) {
    const message = checkField(field, value);
    if (message) problems.push({ field: field.name, message });
  }
  problems.push(...wholeFormProblems(answers.map((a) => a.value)));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: accepted(answers) };
}

const utf8 = new TextEncoder();

function wholeFormProblems(values: string[]): FieldProblem[] {
  if (values.every((v) => v === ''))
    return [{ field: '_form', message: 'The form is empty: fill in at least one field.' }];
  const bytes = values.reduce((sum, v) => sum + utf8.encode(v).length, 0);
  if (bytes > FORM_LIMITS.totalBytes)
    return [
      { field: '_form', message: 'The answers are too long altogether: keep them under 20 KB in total.' },
    ];
  return [];
}

function accepted(answers: Array<{ field: FormField; value: string }>): AcceptedSubmission {
  const used = new Set<string>();
  const fields = answers.map(({ field, value }): [string, string] => [
    uniqueLabel(labelOf(field), used),
    value,
  ]);
  const byName = new Map(answers.map((a) => [a.field.name, a.value]));
  const email = answers.find((a) => a.field.type === 'email' && a.value !== '')?.value ?? '';
  return { fields, name: senderName(byName), email };
}

// Two fields may share a label; a suffix keeps both answers when they are keyed by label.
function uniqueLabel(label: string, used: Set<string>): string {
  let candidate = label;
  for (let n = 2; used.has(candidate); n++) candidate = `${label} (${n})`;
  used.add(candidate);
  return candidate;
}

/** The sender's name from the fields conventionally holding it (`name`, `full_name`, first + last). */
function senderName(byName: Map<string, string>): string {
  for (const key of ['name', 'full_name', 'your_name']) {
    const value = byName.get(key);
    if (value) return value;
  }
  return [byName.get('first_name'), byName.get('last_name')].filter(Boolean).join(' ');
}

/** A parsed form body (urlencoded or multipart) as plain strings: files dropped, repeats joined. */
export function formValuesFrom(
  body: Readonly<Record<string, string | File | (string | File)[]>>,
): Record<string, string> {
  const entries: Array<[string, string]> = [];
  for (const [name, raw] of Object.entries(body)) {
    const strings = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
    if (strings.length > 0) entries.push([name, strings.join(', ')]);
  }
  // fromEntries defines own properties, so a field called `__proto__` cannot reach the prototype.
  return Object.fromEntries(entries);
}

// ---- CSV -------------------------------------------------------------------------------------

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection); a leading
// apostrophe makes it plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 cell, defused against formula injection. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** RFC 4180 text (CRLF rows) with a UTF-8 byte-order mark, which Excel needs to read accents. */
export function toCsv(rows: ReadonlyArray<readonly string[]>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export interface CsvSubmission {
  fields: ReadonlyArray<readonly [string, string]>;
  receivedAt: Date;
}

/** Columns: every field label in first-seen order, then when the message arrived (ISO 8601, UTC). */
export function submissionsCsv(items: readonly CsvSubmission[]): string {
  const labels = [...new Set(items.flatMap((item) => item.fields.map(([label]) => label)))];
  const rows = items.map((item) => {
    const values = new Map(item.fields);
    return [...labels.map((label) => values.get(label) ?? ''), item.receivedAt.toISOString()];
  });
  return toCsv([[...labels, 'Received at'], ...rows]);
}
