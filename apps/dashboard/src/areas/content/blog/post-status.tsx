import { Badge } from '../../../components/ui/badge';
import type { PostSummary } from '../api';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatDate = (iso: string) => date.format(new Date(iso));

/** The post's status as a badge, with its date in words. */
export function PostStatusBadge({
  post,
}: {
  post: Pick<PostSummary, 'status' | 'publishedAt' | 'scheduledAt'>;
}) {
  if (post.status === 'published') return <Badge tone="success">Published</Badge>;
  if (post.status === 'scheduled') return <Badge tone="brand">Scheduled</Badge>;
  return <Badge>Draft</Badge>;
}

export function statusLine(post: PostSummary): string {
  if (post.status === 'published' && post.publishedAt) return `Published ${formatDate(post.publishedAt)}`;
  if (post.status === 'scheduled' && post.scheduledAt) return `Goes live ${formatDateTime(post.scheduledAt)}`;
  return `Edited ${formatDate(post.updatedAt)}`;
}
