/**
 * In-process fixed-window rate limits (sign-in, sign-up, forms). One process keeps its own counts;
 * behind a load balancer with several processes, put a shared store (Redis) here.
 */
export interface RateLimit {
  /** Counts a hit on `key`; `ok` is false once the window's limit is passed. */
  hit(key: string): { ok: boolean; retryAfterSeconds: number };
}

export function fixedWindow(limit: number, windowMs: number, now: () => number = Date.now): RateLimit {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const sweep = setInterval(() => {
    const t = now();
    for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
  }, windowMs);
  sweep.unref();
  return {
    hit(key) {
      const t = now();
      let w = windows.get(key);
      if (!w || w.resetAt <= t) {
        w = { count: 0, resetAt: t + windowMs };
        windows.set(key, w);
      }
      w.count += 1;
      return { ok: w.count <= limit, retryAfterSeconds: Math.max(1, Math.ceil((w.resetAt - t) / 1000)) };
    },
  };
}
