import { useEffect, useRef, useState } from 'react';
import { Skeleton } from '../../components/ui/spinner';
import { cn } from '../../lib/cn';

interface SiteFrameProps {
  /** Same-origin path of the page to show, e.g. `/s/mama-oliech/` or `/starters/shops-pwani/`. */
  src: string;
  /** Names the frame for assistive technology (and for tests). */
  title: string;
  /** The width the site is laid out at before it is scaled down to the box. */
  viewportWidth?: number;
  /** Sizes the box (its height comes from here, e.g. an aspect ratio). */
  className?: string;
  /** Off-screen frames wait until scrolled near (home cards); the wizard loads its three at once. */
  lazy?: boolean;
}

/**
 * A live, scaled-down, non-interactive view of a site: the real page in an iframe laid out at desktop
 * width and shrunk to fit its box (no pointer events, out of the tab order). Not sandboxed: a sandbox
 * without scripts makes Chromium log an error per blocked script, and the site's own CSP already pins
 * its scripts by hash. Sizes are set through the CSSOM, which the dashboard's CSP (`style-src 'self'`)
 * allows, unlike style attributes in markup. The frame is white under the site (a site's paper, not
 * the dashboard's: it stays white in the dark theme).
 */
export function SiteFrame({ src, title, viewportWidth = 1280, className, lazy = false }: SiteFrameProps) {
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const scale = size ? size.width / viewportWidth : 0;
  return (
    <div ref={box} className={cn('relative overflow-hidden bg-subtle', className)}>
      {!loaded && <Skeleton className="absolute inset-0 rounded-none" />}
      {size && size.width > 0 && (
        <iframe
          src={src}
          title={title}
          loading={lazy ? 'lazy' : 'eager'}
          tabIndex={-1}
          onLoad={() => setLoaded(true)}
          className={cn(
            'pointer-events-none absolute left-0 top-0 origin-top-left border-0 bg-white transition-opacity duration-300',
            loaded ? 'opacity-100' : 'opacity-0',
          )}
          style={{
            width: `${viewportWidth}px`,
            height: `${Math.ceil(size.height / scale)}px`,
            transform: `scale(${scale})`,
          }}
        />
      )}
    </div>
  );
}
