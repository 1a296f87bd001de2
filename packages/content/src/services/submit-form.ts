/**
 * The public contact form. A visitor's submission is checked against the contact section of the
 * page's PUBLISHED version, stored, announced as an internal event and mailed to the App's owners
 * and admins — all in one transaction, so either everything happens or nothing does. The inbox
 * (inbox.ts) reads and manages those submissions.
 */

import { appMembers, apps, users } from '@qspace/auth';
import {
  type Clock,
  type Database,
  defaultOf,
  type Executor,
  isId,
  newId,
  publishEvent,
  systemClock,
  systemContext,
} from '@qspace/core';
import { notificationsEnv, sendEmail } from '@qspace/notifications';
import { and, eq, inArray } from 'drizzle-orm';
import { FormErrors } from '../domain/form-errors.js';
import {
  type AcceptedSubmission,
  contactFormProps,
  isHoneypotHit,
  validateSubmission,
} from '../domain/forms.js';
import { pages, pageVersions, submissions } from '../schema.js';

export const FORM_SUBMITTED_EVENT = 'content.form_submitted';

export interface SubmitFormInput {
  appId: string;
  pageId: string;
  sectionId: string;
  /** The posted fields as strings (see `formValuesFrom`); unknown names are ignored. */
  values: Readonly<Record<string, string>>;
  /** Where the form was sent from. The visitor's IP is deliberately not part of it. */
  meta: { path: string; referrer: string; userAgent: string };
  notify: { publicUrl: string; mailFrom?: string };
}

/** `dropped` (honeypot) must be answered exactly like `stored`, so bots learn nothing. */
export type SubmitFormResult =
  | { status: 'stored'; submissionId: string; successMessage: string }
  | { status: 'dropped'; successMessage: string };

interface ContactForm {
  formName: string;
  successMessage: string;
  fields: ReturnType<typeof contactFormProps.parse>['fields'];
}

/** Handles a public form post (no user: runs as the App's system context). */
export async function submitForm(
  database: Database,
  input: SubmitFormInput,
  clock: Clock = systemClock,
): Promise<SubmitFormResult> {
  if (!isId(input.appId) || !isId(input.pageId)) throw FormErrors.form_not_found({ pageId: input.pageId });
  return database.tenant(systemContext(input.appId, 'public form'), async (tx) => {
    const form = await loadForm(tx, input.pageId, input.sectionId);
    // Checked before validation: a bot gets the success answer whatever else it filled in.
    if (isHoneypotHit(input.values)) return { status: 'dropped', successMessage: form.successMessage };
    const check = validateSubmission(form.fields, input.values);
    if (!check.ok) throw FormErrors.submission_invalid({ problems: check.problems });
    const formName = form.formName.trim() || 'Contact';
    const now = clock.now();
    const submissionId = await store(tx, input, formName, check.value, now);
    await publishEvent(tx, {
      appId: input.appId,
      type: FORM_SUBMITTED_EVENT,
      payload: { submissionId, pageId: input.pageId, sectionId: input.sectionId, formName },
      occurredAt: now,
    });
    await notifyTeam(tx, {
      appId: input.appId,
      submissionId,
      formName,
      fields: check.value.fields,
      publicUrl: input.notify.publicUrl,
      mailFrom: input.notify.mailFrom ?? defaultMailFrom(),
      clock,
    });
    return { status: 'stored', submissionId, successMessage: form.successMessage };
  });
}

const defaultMailFrom = () => defaultOf(notificationsEnv.MAIL_FROM.schema) ?? 'no-reply@qspace.localhost';

/** The contact section `sectionId` of the page's published version, or 404. */
async function loadForm(tx: Executor, pageId: string, sectionId: string): Promise<ContactForm> {
  const [version] = await tx
    .select({ sections: pageVersions.sections })
    .from(pages)
    .innerJoin(pageVersions, eq(pageVersions.id, pages.publishedVersionId))
    .where(eq(pages.id, pageId));
  const section = version?.sections.find((s) => s.id === sectionId && s.type === 'contact');
  const props = contactFormProps.safeParse(section?.props);
  if (!props.success) throw FormErrors.form_not_found({ pageId, sectionId });
  return props.data;
}

const META_CHARS = 500;

async function store(
  tx: Executor,
  input: SubmitFormInput,
  formName: string,
  value: AcceptedSubmission,
  now: Date,
): Promise<string> {
  const id = newId();
  await tx.insert(submissions).values({
    id,
    appId: input.appId,
    pageId: input.pageId,
    sectionId: input.sectionId,
    formName,
    fields: Object.fromEntries(value.fields),
    name: value.name,
    email: value.email,
    meta: {
      path: input.meta.path.slice(0, META_CHARS),
      referrer: input.meta.referrer.slice(0, META_CHARS),
      userAgent: input.meta.userAgent.slice(0, META_CHARS),
      // jsonb does not keep key order, so the form's order of labels is kept beside the answers.
      [FIELD_ORDER]: JSON.stringify(value.fields.map(([label]) => label)),
    },
    createdAt: now,
  });
  return id;
}

/** The `meta` key holding the form's order of labels (the inbox reads answers back in that order). */
export const FIELD_ORDER = 'fieldOrder';

interface TeamNotice {
  appId: string;
  submissionId: string;
  formName: string;
  fields: Array<[string, string]>;
  publicUrl: string;
  mailFrom: string;
  clock: Clock;
}

/** One email per owner and admin, queued in the submission's transaction (no mail if it rolls back). */
async function notifyTeam(tx: Executor, notice: TeamNotice): Promise<void> {
  const [app] = await tx.select({ name: apps.name }).from(apps).where(eq(apps.id, notice.appId));
  const team = await tx
    .select({ email: users.email })
    .from(appMembers)
    .innerJoin(users, eq(users.id, appMembers.userId))
    .where(and(eq(appMembers.organizationId, notice.appId), inArray(appMembers.role, ['owner', 'admin'])));
  const appName = app?.name ?? 'your site';
  const url = `${notice.publicUrl.replace(/\/+$/, '')}/apps/${notice.appId}/inbox/${notice.submissionId}`;
  for (const { email } of team) {
    await sendEmail(
      tx,
      {
        to: email,
        from: notice.mailFrom,
        appId: notice.appId,
        template: 'form_submission',
        // Empty optional answers add nothing to the mail; validation guarantees at least one answer.
        data: { appName, formName: notice.formName, fields: notice.fields.filter(([, v]) => v !== ''), url },
        brand: {
          name: appName,
          primaryColor: '#0f766e',
          footer: `You get this email as an owner or admin of ${appName} on Q-Space.`,
        },
      },
      notice.clock,
    );
  }
}
