/**
 * The public site in a frame, at desktop or phone width. Unsaved colors are shown at once by setting
 * the site's own CSS variables on the framed page (it is same-origin); saving reloads the frame,
 * since the server refreshes the site at once.
 */
import { ExternalLink, Monitor, RotateCw, Smartphone } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { cn } from '../../../lib/cn';
import { readableOn } from './colors';

interface SitePreviewProps {
  url: string;
  /** Changes after each save: reloads the frame. */
  version: number;
  primary: string | null;
  accent: string | null;
}

export function SitePreview({ url, version, primary, accent }: SitePreviewProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [width, setWidth] = useState<'desktop' | 'phone'>('desktop');
  const [reloads, setReloads] = useState(0);
  // A fresh address per load: a revalidated (304) site page comes back with the dashboard's
  // `frame-ancestors 'none'` and X-Frame-Options DENY, which blanks the frame. Skipping the cache
  // avoids the 304 until the server sends the site's headers on it.
  const [nonce] = useState(() => Date.now().toString(36));
  const src = `${url}?preview=${nonce}-${version}-${reloads}`;

  const apply = useCallback(() => {
    const root = frame.current?.contentDocument?.documentElement;
    if (!root) return;
    const set = (name: string, value: string | null) =>
      value ? root.style.setProperty(name, value) : root.style.removeProperty(name);
    set('--qs-primary', primary);
    set('--qs-on-primary', primary && readableOn(primary));
    set('--qs-accent', accent);
    set('--qs-on-accent', accent && readableOn(accent));
  }, [primary, accent]);
  useEffect(apply, [apply]);

  return (
    <div className="overflow-hidden rounded-xl border border-line bg-surface shadow-card">
      <div className="flex items-center gap-1 border-b border-line px-3 py-2">
        <span className="mr-auto truncate font-mono text-xs text-ink-faint">{url}</span>
        <button
          type="button"
          aria-pressed={width === 'desktop'}
          aria-label="Desktop width"
          onClick={() => setWidth('desktop')}
          className={cn(
            'rounded-md p-1.5 text-ink-muted hover:bg-subtle',
            width === 'desktop' && 'bg-brand-soft text-brand-strong',
          )}
        >
          <Monitor className="size-4" aria-hidden="true" />
        </button>
        <button
          type="button"
          aria-pressed={width === 'phone'}
          aria-label="Phone width"
          onClick={() => setWidth('phone')}
          className={cn(
            'rounded-md p-1.5 text-ink-muted hover:bg-subtle',
            width === 'phone' && 'bg-brand-soft text-brand-strong',
          )}
        >
          <Smartphone className="size-4" aria-hidden="true" />
        </button>
        <button
          type="button"
          aria-label="Reload preview"
          onClick={() => setReloads((n) => n + 1)}
          className="rounded-md p-1.5 text-ink-muted hover:bg-subtle"
        >
          <RotateCw className="size-4" aria-hidden="true" />
        </button>
        <a
          href={url}
          target="_blank"
          rel="noreferrer"
          aria-label="Open the site in a new tab"
          className="rounded-md p-1.5 text-ink-muted hover:bg-subtle"
        >
          <ExternalLink className="size-4" aria-hidden="true" />
        </a>
      </div>
      <div className="flex h-[560px] justify-center overflow-hidden bg-subtle lg:h-[calc(100dvh-11rem)]">
        <iframe
          key={`${version}:${reloads}`}
          ref={frame}
          src={src}
          title="Site preview"
          onLoad={apply}
          className={cn(
            // White under the site: its paper, in either dashboard theme.
            'h-full bg-white',
            width === 'phone' ? 'w-[390px] max-w-full border-x border-line' : 'w-full',
          )}
        />
      </div>
    </div>
  );
}
