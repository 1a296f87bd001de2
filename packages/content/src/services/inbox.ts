/**
 * The inbox: members with `inbox.read` list, search, read, mark, delete and export the submissions
 * the public contact form (submit-form.ts) stored.
 */
import { authorize } from '@qspace/auth';
import {
  type Clock,
  CoreErrors,
  type Database,
  type Executor,
  isId,
  systemClock,
  type TenantContext,
} from '@qspace/core';
import { and, count, desc, eq, ilike, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { FormErrors } from '../domain/form-errors.js';
import { submissionsCsv } from '../domain/forms.js';
import { submissions } from '../schema.js';
import { FIELD_ORDER } from './submit-form.js';

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
