/** Shows the image a `media:<id>` (or https) reference points at; a placeholder while it loads or when it is gone. */
import { useQuery } from '@tanstack/react-query';
import { ImageOff } from 'lucide-react';
import { cn } from '../../../lib/cn';
import { mediaIdOf, mediaItemQuery } from '../api';
import { thumbOf } from './media-grid';

interface MediaThumbProps {
  appId: string;
  src: string;
  alt: string;
  className?: string;
  /** Smallest width wanted, to choose among the stored sizes. */
  width?: number;
}

export function MediaThumb({ appId, src, alt, className, width = 320 }: MediaThumbProps) {
  const id = mediaIdOf(src);
  const item = useQuery({ ...mediaItemQuery(appId, id ?? ''), enabled: Boolean(id) });
  const url = id
    ? item.data
      ? thumbOf(item.data, width)
      : null
    : src.startsWith('https://') || src.startsWith('/')
      ? src
      : null;
  if (!url)
    return item.isError ? (
      <span
        role="img"
        aria-label="Image not found"
        className={cn('grid place-items-center bg-subtle text-ink-faint', className)}
      >
        <ImageOff className="size-6" aria-hidden="true" />
      </span>
    ) : (
      <span className={cn('block bg-subtle', className)} />
    );
  return <img src={url} alt={alt} className={cn('object-cover', className)} />;
}
