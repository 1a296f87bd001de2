/** What an App's card says about its site, from the App's pages. */
import type { PageSummary } from '../../api/client';

export interface SiteStatus {
  /** draft: nothing published; published: live and current; changed: live, with edits not yet published. */
  state: 'draft' | 'published' | 'changed';
  /** The newest edit to any page, or null for an App without pages. */
  lastEdit: string | null;
}

export function siteStatusOf(pages: Pick<PageSummary, 'status' | 'updatedAt'>[]): SiteStatus {
  const live = pages.some((p) => p.status !== 'draft');
  const pending = pages.some((p) => p.status !== 'published');
  const lastEdit = pages.reduce<string | null>(
    (newest, p) => (newest === null || p.updatedAt > newest ? p.updatedAt : newest),
    null,
  );
  return { state: !live ? 'draft' : pending ? 'changed' : 'published', lastEdit };
}
