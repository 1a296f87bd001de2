/** How a page shows up elsewhere: a Google-style search result and a social (Open Graph) card. */
import { ImageOff } from 'lucide-react';

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

export function SearchPreview({
  title,
  description,
  url,
}: {
  title: string;
  description: string;
  url: string;
}) {
  const host = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return (
    <figure aria-label="Search result preview" className="rounded-lg border border-line bg-surface p-4">
      <figcaption className="mb-2 text-xs font-medium uppercase tracking-wide text-ink-faint">
        Google
      </figcaption>
      <p className="truncate text-xs text-ink-muted">{host.split('/').join(' › ')}</p>
      <p className="mt-0.5 truncate text-lg leading-snug text-[#1a0dab] dark:text-[#8ab4f8]">
        {clip(title || 'Untitled page', 60)}
      </p>
      <p className="mt-1 line-clamp-2 text-sm text-ink-muted">
        {description ? clip(description, 160) : 'Add a description: search engines show it under the title.'}
      </p>
    </figure>
  );
}

export function SocialPreview({
  title,
  description,
  image,
  host,
}: {
  title: string;
  description: string;
  image: string;
  host: string;
}) {
  return (
    <figure
      aria-label="Social card preview"
      className="overflow-hidden rounded-lg border border-line bg-surface"
    >
      <div className="grid aspect-[1.91/1] place-items-center bg-subtle">
        {image ? (
          <img src={image} alt="" className="size-full object-cover" />
        ) : (
          <ImageOff className="size-8 text-ink-faint" aria-hidden="true" />
        )}
      </div>
      <figcaption className="space-y-0.5 border-t border-line px-4 py-3">
        <p className="text-xs uppercase tracking-wide text-ink-faint">{host}</p>
        <p className="truncate font-semibold text-ink">{clip(title || 'Untitled page', 70)}</p>
        <p className="line-clamp-2 text-sm text-ink-muted">{description}</p>
      </figcaption>
    </figure>
  );
}
