import { describe, expect, it } from 'vitest';
import { siteStatusOf } from './app-status';

const page = (status: 'draft' | 'published' | 'changed', updatedAt: string) => ({ status, updatedAt });

describe('siteStatusOf', () => {
  it('calls an App without a published page a draft', () => {
    expect(siteStatusOf([page('draft', '2026-01-01T00:00:00Z')]).state).toBe('draft');
    expect(siteStatusOf([])).toEqual({ state: 'draft', lastEdit: null });
  });

  it('calls a fully published App published', () => {
    expect(siteStatusOf([page('published', '2026-01-01T00:00:00Z')]).state).toBe('published');
  });

  it('flags a live App with edits or new pages not yet published', () => {
    expect(siteStatusOf([page('published', 'a'), page('changed', 'b')]).state).toBe('changed');
    expect(siteStatusOf([page('published', 'a'), page('draft', 'b')]).state).toBe('changed');
  });

  it('reports the newest edit across pages', () => {
    const status = siteStatusOf([
      page('published', '2026-03-01T10:00:00.000Z'),
      page('published', '2026-03-04T08:00:00.000Z'),
      page('published', '2026-02-01T00:00:00.000Z'),
    ]);
    expect(status.lastEdit).toBe('2026-03-04T08:00:00.000Z');
  });
});
