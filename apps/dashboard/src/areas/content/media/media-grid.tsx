/** The library as a grid of square tiles, with its search and "load more"; shared by page and picker. */
import { useInfiniteQuery } from '@tanstack/react-query';
import { FileText, ImageOff, Search } from 'lucide-react';
import { useDeferredValue, useState } from 'react';
import { messageOf } from '../../../api/errors';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Input } from '../../../components/ui/input';
import { Skeleton } from '../../../components/ui/spinner';
import { cn } from '../../../lib/cn';
import { type MediaItem, mediaListQuery } from '../api';

export const isImage = (item: MediaItem) => item.mime.startsWith('image/');

/** The smallest stored size at least `min` px wide (the original when there is none). */
export function thumbOf(item: MediaItem, min = 320): string {
  const sized = [...item.variants].filter((v) => v.format !== 'avif').sort((a, b) => a.width - b.width);
  return (sized.find((v) => v.width >= min) ?? sized.at(-1))?.url ?? item.url;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Search box state and the matching pages of the library. */
export function useMediaList(appId: string) {
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim());
  const list = useInfiniteQuery(mediaListQuery(appId, q));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return { search, setSearch, q, list, items };
}

export function MediaSearch({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <div className="relative">
      <Search
        className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-ink-faint"
        aria-hidden="true"
      />
      <Input
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder="Search by file name or alt text"
        aria-label="Search media"
        className="pl-9"
      />
    </div>
  );
}

interface MediaGridProps {
  list: ReturnType<typeof useMediaList>['list'];
  items: MediaItem[];
  selectedId?: string | null;
  onSelect: (item: MediaItem) => void;
  onActivate?: (item: MediaItem) => void;
  /** Only images can be picked (covers, logos); other files are shown dimmed. */
  imagesOnly?: boolean;
  empty: React.ReactNode;
}

export function MediaGrid({
  list,
  items,
  selectedId,
  onSelect,
  onActivate,
  imagesOnly,
  empty,
}: MediaGridProps) {
  if (list.isPending)
    return (
      <div aria-busy="true" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {[0, 1, 2, 3, 4, 5, 6, 7].map((i) => (
          <Skeleton key={i} className="aspect-square rounded-xl" />
        ))}
      </div>
    );
  if (list.isError)
    return (
      <Alert tone="error" title="The media library could not be loaded">
        {messageOf(list.error)}
      </Alert>
    );
  if (!items.length) return <>{empty}</>;
  return (
    <div className="space-y-4">
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {items.map((item) => {
          const disabled = imagesOnly && !isImage(item);
          const selected = item.id === selectedId;
          return (
            <li key={item.id}>
              <button
                type="button"
                disabled={disabled}
                aria-pressed={onActivate ? selected : undefined}
                onClick={() => onSelect(item)}
                onDoubleClick={() => onActivate?.(item)}
                className={cn(
                  'group block w-full overflow-hidden rounded-xl border bg-surface text-left shadow-xs transition',
                  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:opacity-40',
                  selected ? 'border-brand ring-2 ring-brand' : 'border-line hover:border-line-strong',
                )}
              >
                <span className="grid aspect-square place-items-center overflow-hidden bg-[repeating-conic-gradient(var(--color-subtle)_0_25%,var(--color-surface)_0_50%)] bg-[length:16px_16px]">
                  {isImage(item) ? (
                    <img
                      src={thumbOf(item)}
                      alt={item.alt}
                      loading="lazy"
                      className="size-full object-cover transition group-hover:scale-[1.02]"
                    />
                  ) : (
                    <FileText className="size-10 text-ink-faint" aria-hidden="true" />
                  )}
                </span>
                <span className="block px-2.5 py-2">
                  <span className="block truncate text-[13px] font-medium text-ink">{item.filename}</span>
                  <span className="flex items-center gap-1 truncate text-xs text-ink-faint">
                    {item.alt ? (
                      item.alt
                    ) : isImage(item) ? (
                      <>
                        <ImageOff className="size-3" aria-hidden="true" /> No alt text
                      </>
                    ) : (
                      formatBytes(item.size)
                    )}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {list.hasNextPage && (
        <div className="flex justify-center">
          <Button
            variant="secondary"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            Load more
          </Button>
        </div>
      )}
    </div>
  );
}
