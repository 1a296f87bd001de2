/**
 * Forms and the inbox against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
 * Pages are inserted directly: the pages service is not what these tests are about.
 */
import { appMembers } from '@qspace/auth';
import { listEvents, newId, type TenantContext } from '@qspace/core';
import type { TestDatabase } from '@qspace/core/testing';
import { listAppMessages } from '@qspace/notifications';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormErrors } from '../src/domain/form-errors.js';
import { pages, pageVersions, submissions } from '../src/schema.js';
import {
  deleteSubmission,
  exportSubmissionsCsv,
  getSubmission,
  listSubmissions,
  markSubmissionsRead,
  markSubmissionsUnread,
} from '../src/services/inbox.js';
import { FORM_SUBMITTED_EVENT, type SubmitFormInput, submitForm } from '../src/services/submit-form.js';
import { as, contentTestDatabase, createOwnedApp, createUser } from './helpers.js';

const SEO = { title: '', description: '', image: '', noindex: false };
const PUBLIC_URL = 'http://localhost:3000';

const contact = (fields: unknown[], id = 'contact-1') => ({
  id,
  type: 'contact',
  props: { heading: 'Talk to us', formName: 'Booking', successMessage: 'Asante! We will call you.', fields },
});
const FIELDS = [
  { name: 'name', label: 'Your name', type: 'text', required: true, options: [] },
  { name: 'email', label: 'Email', type: 'email', required: true, options: [] },
  { name: 'phone', label: 'Phone number', type: 'tel', required: false, options: [] },
  { name: 'message', label: 'Message', type: 'textarea', required: true, options: [] },
];

/** A page whose draft is version 2 and whose published version (1, or none) holds `sections`. */
async function insertPage(
  t: TestDatabase,
  appId: string,
  sections: Array<{ id: string; type: string; props: Record<string, unknown> }>,
  options: { published?: boolean; draftSections?: typeof sections } = {},
): Promise<string> {
  const pageId = newId();
  const [v1, v2] = [newId(), newId()];
  await t.system(async (tx) => {
    await tx.insert(pages).values({
      id: pageId,
      appId,
      slug: `contact-${pageId.slice(-8)}`,
      title: 'Contact',
      seo: SEO,
      draftVersionId: v2,
      publishedVersionId: options.published === false ? null : v1,
    });
    const version = { appId, pageId, title: 'Contact', seo: SEO };
    await tx.insert(pageVersions).values([
      { ...version, id: v1, number: 1, sections },
      { ...version, id: v2, number: 2, sections: options.draftSections ?? sections },
    ]);
  });
  return pageId;
}

async function addMemberRow(t: TestDatabase, appId: string, role: TenantContext['role']) {
  const user = await createUser(t, `${role} person`);
  await t.system((tx) =>
    tx.insert(appMembers).values({ id: newId(), organizationId: appId, userId: user.id, role }),
  );
  return user;
}

describe(`forms and the inbox (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let t: TestDatabase;
  let owner: TenantContext;
  let appId: string;
  let pageId: string;
  let ownerEmail: string;
  const emails: Record<string, string> = {};

  const input = (values: Record<string, string>, over: Partial<SubmitFormInput> = {}): SubmitFormInput => ({
    appId,
    pageId,
    sectionId: 'contact-1',
    values,
    meta: { path: '/contact', referrer: 'https://www.google.com/', userAgent: 'Mozilla/5.0 Test' },
    notify: { publicUrl: PUBLIC_URL, mailFrom: 'Q-Space <no-reply@qspace.test>' },
    ...over,
  });
  const valid = {
    name: 'Achieng Otieno',
    email: 'achieng@example.co.ke',
    phone: '+254 712 345 678',
    message: 'Table for 6 on Friday?',
    company_website: '',
    _section: 'contact-1',
  };
  const counts = () =>
    t.system(async (tx) => {
      const [rows] = await tx.select({ n: count() }).from(submissions).where(eq(submissions.appId, appId));
      return rows?.n ?? 0;
    });
  const mailFor = () => t.tenant(owner, (tx) => listAppMessages(tx, 'form_submission'));
  const eventsFor = () => t.tenant(owner, (tx) => listEvents(tx, { appId, type: FORM_SUBMITTED_EVENT }));

  beforeAll(async () => {
    t = await contentTestDatabase();
    const created = await createOwnedApp(t, 'Mama Oliech');
    ({ ctx: owner, appId } = created);
    ownerEmail = `${created.userId}@example.test`;
    for (const role of ['admin', 'editor', 'viewer'] as const)
      emails[role] = (await addMemberRow(t, appId, role)).email;
    pageId = await insertPage(t, appId, [{ id: 'hero-1', type: 'hero', props: {} }, contact(FIELDS)]);
  });
  afterAll(() => t?.close());

  it('stores a valid submission with its event and one email per owner and admin, and no IP', async () => {
    const result = await submitForm(t, input(valid));
    expect(result).toMatchObject({ status: 'stored', successMessage: 'Asante! We will call you.' });
    if (result.status !== 'stored') throw new Error('not stored');

    const view = await getSubmission(t, owner, result.submissionId);
    expect(view).toMatchObject({
      pageId,
      sectionId: 'contact-1',
      formName: 'Booking',
      name: 'Achieng Otieno',
      email: 'achieng@example.co.ke',
      read: false,
      readAt: null,
      meta: { path: '/contact', referrer: 'https://www.google.com/', userAgent: 'Mozilla/5.0 Test' },
    });
    // Form order survives jsonb (which sorts keys by length).
    expect(view.fields).toEqual([
      { label: 'Your name', value: 'Achieng Otieno' },
      { label: 'Email', value: 'achieng@example.co.ke' },
      { label: 'Phone number', value: '+254 712 345 678' },
      { label: 'Message', value: 'Table for 6 on Friday?' },
    ]);
    expect(view.createdAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);

    const events = await eventsFor();
    expect(events.map((e) => e.payload)).toEqual([
      { submissionId: result.submissionId, pageId, sectionId: 'contact-1', formName: 'Booking' },
    ]);

    const mail = await mailFor();
    expect(mail.map((m) => m.toAddress).sort()).toEqual([ownerEmail, emails.admin].sort());
    for (const m of mail) {
      expect(m.subject).toBe('New message from your Booking form — Mama Oliech');
      expect(m.text).toContain(`${PUBLIC_URL}/apps/${appId}/inbox/${result.submissionId}`);
      expect(m.text).toContain('Table for 6 on Friday?');
    }

    const [row] = await t.system((tx) =>
      tx.select().from(submissions).where(eq(submissions.id, result.submissionId)),
    );
    expect(JSON.stringify(row)).not.toMatch(/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|"ip"/i);
  });

  it('stores nothing, sends nothing and answers like success when the honeypot is filled', async () => {
    const before = {
      rows: await counts(),
      mail: (await mailFor()).length,
      events: (await eventsFor()).length,
    };
    const result = await submitForm(t, input({ ...valid, company_website: 'https://cheap-seo.example' }));
    expect(result).toEqual({ status: 'dropped', successMessage: 'Asante! We will call you.' });
    expect({
      rows: await counts(),
      mail: (await mailFor()).length,
      events: (await eventsFor()).length,
    }).toEqual(before);
  });

  it('refuses invalid answers with a message per field and stores nothing', async () => {
    const before = await counts();
    const error = await submitForm(t, input({ ...valid, email: 'not-an-email', name: '' })).catch((e) => e);
    expect(FormErrors.submission_invalid.is(error)).toBe(true);
    expect(error.details.problems).toEqual([
      { field: 'name', message: 'Fill in “Your name”; it is required.' },
      { field: 'email', message: '“Email” must be an email address, like name@example.com.' },
    ]);
    expect(await counts()).toBe(before);
  });

  it('refuses a page that is not published, a section that is not a contact form, and unknown ids', async () => {
    const unpublished = await insertPage(t, appId, [contact(FIELDS)], { published: false });
    const attempts = [
      input(valid, { pageId: unpublished }),
      input(valid, { sectionId: 'hero-1' }),
      input(valid, { sectionId: 'missing' }),
      input(valid, { pageId: newId() }),
      input(valid, { pageId: 'not-a-uuid' }),
    ];
    for (const attempt of attempts) {
      const error = await submitForm(t, attempt).catch((e) => e);
      expect(FormErrors.form_not_found.is(error), JSON.stringify(attempt)).toBe(true);
    }
  });

  it('checks answers against the published version, not the newer draft', async () => {
    const draftOnly = [
      ...FIELDS,
      { name: 'guests', label: 'Guests', type: 'select', required: true, options: ['2'] },
    ];
    const page = await insertPage(t, appId, [contact(FIELDS)], { draftSections: [contact(draftOnly)] });
    expect((await submitForm(t, input(valid, { pageId: page }))).status).toBe('stored');
  });

  it('lets an editor read the inbox but not a viewer', async () => {
    const listed = await listSubmissions(t, as(owner, 'editor'));
    expect(listed.submissions.length).toBeGreaterThan(0);
    const refused = await listSubmissions(t, as(owner, 'viewer')).catch((e) => e);
    expect(refused).toMatchObject({ code: 'core.forbidden', status: 403 });
    const exportRefused = await exportSubmissionsCsv(t, as(owner, 'viewer')).catch((e) => e);
    expect(exportRefused).toMatchObject({ code: 'core.forbidden' });
  });

  it("keeps App A's submissions out of App B's reach", async () => {
    const other = await createOwnedApp(t, 'Bravo Clinic');
    const [first] = (await listSubmissions(t, owner)).submissions;
    if (!first) throw new Error('no submission');
    expect((await listSubmissions(t, other.ctx)).submissions).toEqual([]);
    for (const attempt of [
      () => getSubmission(t, other.ctx, first.id),
      () => deleteSubmission(t, other.ctx, first.id),
    ]) {
      expect(FormErrors.submission_not_found.is(await attempt().catch((e) => e))).toBe(true);
    }
    expect(await markSubmissionsRead(t, other.ctx, [first.id])).toEqual({ updated: 0, unread: 0 });
    expect(await exportSubmissionsCsv(t, other.ctx)).toBe('\uFEFFReceived at\r\n');
    // A form of App A posted as if it were App B's.
    const error = await submitForm(t, input(valid, { appId: other.appId })).catch((e) => e);
    expect(FormErrors.form_not_found.is(error)).toBe(true);
    expect((await getSubmission(t, owner, first.id)).read).toBe(false);
  });

  describe('a fresh inbox', () => {
    let app: Awaited<ReturnType<typeof createOwnedApp>>;
    let ids: string[];
    const submitTo = async (page: string, values: Record<string, string>) => {
      const result = await submitForm(t, { ...input(values), appId: app.appId, pageId: page });
      if (result.status !== 'stored') throw new Error('not stored');
      return result.submissionId;
    };

    beforeAll(async () => {
      app = await createOwnedApp(t, 'Nyama Choma Place');
      const page = await insertPage(t, app.appId, [contact(FIELDS)]);
      ids = [];
      for (const [name, message] of [
        ['Wanjiru', 'First: catering for 40?'],
        ['Brian', 'Second, "quoted" message'],
        ['Zawadi', '=HYPERLINK("http://evil.example")'],
      ] as const) {
        ids.push(
          await submitTo(page, { ...valid, name, email: `${name.toLowerCase()}@example.com`, message }),
        );
      }
    });

    it('lists newest first with the unread count, filters, searches and paginates', async () => {
      const all = await listSubmissions(t, app.ctx);
      expect(all.submissions.map((s) => s.name)).toEqual(['Zawadi', 'Brian', 'Wanjiru']);
      expect({ total: all.total, unread: all.unread, next: all.next }).toEqual({
        total: 3,
        unread: 3,
        next: null,
      });

      const search = await listSubmissions(t, app.ctx, { search: 'CATERING' });
      expect(search.submissions.map((s) => s.name)).toEqual(['Wanjiru']);
      expect((await listSubmissions(t, app.ctx, { search: 'brian@' })).total).toBe(1);
      // LIKE wildcards in the search are literal characters.
      expect((await listSubmissions(t, app.ctx, { search: '%' })).total).toBe(0);

      const first = await listSubmissions(t, app.ctx, { limit: 2 });
      expect(first.submissions.map((s) => s.name)).toEqual(['Zawadi', 'Brian']);
      expect(first.next).toBe(ids[1]);
      const second = await listSubmissions(t, app.ctx, { limit: 2, before: first.next ?? '' });
      expect(second.submissions.map((s) => s.name)).toEqual(['Wanjiru']);
      expect(second.next).toBeNull();
      const page2 = await listSubmissions(t, app.ctx, { limit: 2, page: 2 });
      expect(page2.submissions.map((s) => s.name)).toEqual(['Wanjiru']);
    });

    it('marks one or many read and unread, keeping the counts right', async () => {
      const [wanjiru, brian, zawadi] = ids as [string, string, string];
      expect(await markSubmissionsRead(t, app.ctx, wanjiru)).toEqual({ updated: 1, unread: 2 });
      expect(await markSubmissionsRead(t, app.ctx, [wanjiru, brian])).toEqual({ updated: 1, unread: 1 });
      const read = await listSubmissions(t, app.ctx, { filter: 'read' });
      expect(read.submissions.map((s) => s.name)).toEqual(['Brian', 'Wanjiru']);
      expect(read.submissions[0]?.readAt).toMatch(/Z$/);
      const unread = await listSubmissions(t, app.ctx, { filter: 'unread' });
      expect(unread.submissions.map((s) => s.id)).toEqual([zawadi]);
      expect({ total: unread.total, unread: unread.unread }).toEqual({ total: 1, unread: 1 });

      expect(await markSubmissionsUnread(t, as(app.ctx, 'editor'), [wanjiru, brian, 'junk'])).toEqual({
        updated: 2,
        unread: 3,
      });
      const refused = await markSubmissionsRead(t, as(app.ctx, 'viewer'), wanjiru).catch((e) => e);
      expect(refused).toMatchObject({ code: 'core.forbidden' });
    });

    it('exports CSV with a BOM, one column per label, quoting and formula protection', async () => {
      const csv = await exportSubmissionsCsv(t, app.ctx);
      const lines = csv.split('\r\n');
      expect(lines[0]).toBe('\uFEFFYour name,Email,Phone number,Message,Received at');
      expect(lines[1]).toMatch(
        /^Zawadi,zawadi@example\.com,'\+254 712 345 678,"'=HYPERLINK\(""http:\/\/evil\.example""\)",\d{4}-.*Z$/,
      );
      expect(lines[2]).toContain('"Second, ""quoted"" message"');
      expect(lines).toHaveLength(5); // header, 3 rows, and the empty string after the final CRLF
      const onlyBrian = await exportSubmissionsCsv(t, app.ctx, { search: 'brian' });
      expect(onlyBrian.split('\r\n')).toHaveLength(3);
    });

    it('deletes a submission', async () => {
      const [, , zawadi] = ids as [string, string, string];
      await deleteSubmission(t, as(app.ctx, 'editor'), zawadi);
      expect(
        FormErrors.submission_not_found.is(await getSubmission(t, app.ctx, zawadi).catch((e) => e)),
      ).toBe(true);
      expect(
        FormErrors.submission_not_found.is(await deleteSubmission(t, app.ctx, zawadi).catch((e) => e)),
      ).toBe(true);
      expect((await listSubmissions(t, app.ctx)).total).toBe(2);
    });
  });
});
