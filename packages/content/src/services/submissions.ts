/**
 * Forms and the inbox. A visitor's submission is checked against the contact section of the page's
 * PUBLISHED version, stored, announced as an internal event and mailed to the App's owners and
 * admins — all in one transaction, so either everything happens or nothing does. The inbox reads
 * and manages those submissions for members with `inbox.read`.
 */

import { appMembers, apps, authorize, users } from '@qspace/auth';
import {
  type Clock,
  CoreErrors,
  type Database,
  defaultOf,
  type Executor,
  isId,
  newId,
  publishEvent,
  systemClock,
  systemContext,
  type TenantContext,
} from '@qspace/core';
import { notificationsEnv, sendEmail } from '@qspace/notifications';
import { and, count, desc, eq, ilike, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { FormErrors } from '../domain/form-errors.js';
import {
  type AcceptedSubmission,
  contactFormProps,
  isHoneypotHit,
  submissionsCsv,
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

const FIELD_ORDER = 'fieldOrder';

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

// ---- the inbox -------------------------------------------------------------------------------

export type InboxFilter = 'unread' | 'read' | 'all';

export interface SubmissionView {
  id: string;
  pageId: string | null;
  sectionId: string;
  formName: string;
  /** The answers in form order. */
  fields: Array<{ label: string; value: string }>;
  name: string;
  email: string;
  meta: { path: string; referrer: string; userAgent: string };
  read: boolean;
  readAt: string | null;
  createdAt: string;
}

export interface InboxQuery {
  filter?: InboxFilter;
  /** Matched (case-insensitively) against the sender, the form name and every answer. */
  search?: string;
  /** Cursor: the `next` of the previous page. */
  before?: string;
  /** 1-based page number, for numbered pagination (ignored when `before` is given). */
  page?: number;
  limit?: number;
}

export interface InboxPage {
  submissions: SubmissionView[];
  /** Cursor for the next (older) page; null at the end. */
  next: string | null;
  /** How many submissions match the filter and search. */
  total: number;
  /** Unread submissions in the whole inbox. */
  unread: number;
}

type Row = typeof submissions.$inferSelect;

function orderedFields(row: Row): Array<{ label: string; value: string }> {
  const labels = parseOrder(row.meta[FIELD_ORDER]);
  const rest = Object.keys(row.fields).filter((label) => !labels.includes(label));
  return [...labels.filter((label) => label in row.fields), ...rest].map((label) => ({
    label,
    value: row.fields[label] ?? '',
  }));
}

function parseOrder(raw: string | undefined): string[] {
  try {
    const parsed: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((l): l is string => typeof l === 'string') : [];
  } catch {
    return [];
  }
}

export function toSubmissionView(row: Row): SubmissionView {
  return {
    id: row.id,
    pageId: row.pageId,
    sectionId: row.sectionId,
    formName: row.formName,
    fields: orderedFields(row),
    name: row.name,
    email: row.email,
    meta: {
      path: row.meta.path ?? '',
      referrer: row.meta.referrer ?? '',
      userAgent: row.meta.userAgent ?? '',
    },
    read: row.readAt !== null,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

function matching(ctx: TenantContext, query: Pick<InboxQuery, 'filter' | 'search'>): SQL | undefined {
  const filter = query.filter ?? 'all';
  const state =
    filter === 'unread'
      ? isNull(submissions.readAt)
      : filter === 'read'
        ? isNotNull(submissions.readAt)
        : undefined;
  return and(eq(submissions.appId, ctx.appId), state, searchCondition(query.search));
}

function searchCondition(search: string | undefined): SQL | undefined {
  const text = search?.trim();
  if (!text) return undefined;
  // The visitor's words are data, not a pattern: escape LIKE's wildcards.
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return or(
    ilike(submissions.name, pattern),
    ilike(submissions.email, pattern),
    ilike(submissions.formName, pattern),
    sql`${submissions.fields}::text ILIKE ${pattern}`,
  );
}

/** A page of the inbox, newest first, with the counts the inbox header shows. */
export async function listSubmissions(
  database: Database,
  ctx: TenantContext,
  query: InboxQuery = {},
): Promise<InboxPage> {
  authorize(ctx, 'inbox.read');
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
  const where = matching(ctx, query);
  const cursor = query.before && isId(query.before) ? lt(submissions.id, query.before) : undefined;
  const offset = cursor || !query.page ? 0 : (Math.max(query.page, 1) - 1) * limit;
  return database.tenant(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(submissions)
      .where(and(where, cursor))
      .orderBy(desc(submissions.id))
      .limit(limit + 1)
      .offset(offset);
    const page = rows.slice(0, limit);
    const [totals] = await tx.select({ total: count() }).from(submissions).where(where);
    return {
      submissions: page.map(toSubmissionView),
      next: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
      total: totals?.total ?? 0,
      unread: await unreadCount(tx, ctx),
    };
  });
}

async function unreadCount(tx: Executor, ctx: TenantContext): Promise<number> {
  const [row] = await tx
    .select({ unread: count() })
    .from(submissions)
    .where(and(eq(submissions.appId, ctx.appId), isNull(submissions.readAt)));
  return row?.unread ?? 0;
}

export async function getSubmission(
  database: Database,
  ctx: TenantContext,
  submissionId: string,
): Promise<SubmissionView> {
  authorize(ctx, 'inbox.read');
  if (!isId(submissionId)) throw FormErrors.submission_not_found({ submissionId });
  const [row] = await database.tenant(ctx, (tx) =>
    tx
      .select()
      .from(submissions)
      .where(and(eq(submissions.appId, ctx.appId), eq(submissions.id, submissionId))),
  );
  if (!row) throw FormErrors.submission_not_found({ submissionId });
  return toSubmissionView(row);
}

export const MAX_BULK_IDS = 500;

/** Marks submissions read (the first read time is kept); returns how many changed and the unread count. */
export function markSubmissionsRead(
  database: Database,
  ctx: TenantContext,
  ids: string | readonly string[],
  clock: Clock = systemClock,
): Promise<{ updated: number; unread: number }> {
  return setRead(database, ctx, ids, clock.now());
}

export function markSubmissionsUnread(
  database: Database,
  ctx: TenantContext,
  ids: string | readonly string[],
): Promise<{ updated: number; unread: number }> {
  return setRead(database, ctx, ids, null);
}

async function setRead(
  database: Database,
  ctx: TenantContext,
  ids: string | readonly string[],
  readAt: Date | null,
): Promise<{ updated: number; unread: number }> {
  authorize(ctx, 'inbox.read');
  const list = (typeof ids === 'string' ? [ids] : [...ids]).filter(isId);
  if (list.length > MAX_BULK_IDS)
    throw CoreErrors.validation_failed(
      { max: MAX_BULK_IDS },
      `Mark at most ${MAX_BULK_IDS} messages at once.`,
    );
  return database.tenant(ctx, async (tx) => {
    // Only rows whose state changes: re-reading keeps the first read time.
    const changed =
      list.length === 0
        ? []
        : await tx
            .update(submissions)
            .set({ readAt })
            .where(
              and(
                eq(submissions.appId, ctx.appId),
                inArray(submissions.id, list),
                readAt ? isNull(submissions.readAt) : isNotNull(submissions.readAt),
              ),
            )
            .returning({ id: submissions.id });
    return { updated: changed.length, unread: await unreadCount(tx, ctx) };
  });
}

export async function deleteSubmission(
  database: Database,
  ctx: TenantContext,
  submissionId: string,
): Promise<void> {
  authorize(ctx, 'inbox.read');
  if (!isId(submissionId)) throw FormErrors.submission_not_found({ submissionId });
  const deleted = await database.tenant(ctx, (tx) =>
    tx
      .delete(submissions)
      .where(and(eq(submissions.appId, ctx.appId), eq(submissions.id, submissionId)))
      .returning({ id: submissions.id }),
  );
  if (deleted.length === 0) throw FormErrors.submission_not_found({ submissionId });
}

/** Most rows one export holds; beyond it, narrow the export with a filter or search. */
export const MAX_EXPORT_ROWS = 50_000;

/** The inbox (optionally filtered) as CSV for a spreadsheet, newest first. */
export async function exportSubmissionsCsv(
  database: Database,
  ctx: TenantContext,
  query: Pick<InboxQuery, 'filter' | 'search'> = {},
): Promise<string> {
  authorize(ctx, 'inbox.read');
  const rows = await database.tenant(ctx, (tx) =>
    tx
      .select()
      .from(submissions)
      .where(matching(ctx, query))
      .orderBy(desc(submissions.id))
      .limit(MAX_EXPORT_ROWS),
  );
  return submissionsCsv(
    rows.map((row) => ({
      fields: orderedFields(row).map(({ label, value }) => [label, value] as const),
      receivedAt: row.createdAt,
    })),
  );
}
