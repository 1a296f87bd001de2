/**
 * Rate-limit counters: fixed windows keyed by string. In-process by default; shared through Redis
 * when REDIS_URL is set, so several server instances count together. Both stores pass the same
 * conformance suite (test/rate-limit.test.ts).
 */
import { createClient } from 'redis';

export interface Hit {
  /** Hits in the current window, including this one. */
  count: number;
  /** Milliseconds until the window resets. */
  resetInMs: number;
}

export interface RateLimitStore {
  readonly kind: 'memory' | 'redis';
  /**
   * Counts one hit on `key`; the window starts with the first hit and lasts `windowMs`. The
   * in-process store answers synchronously (no promise on the beacon path); Redis asynchronously.
   */
  hit(key: string, windowMs: number): Hit | Promise<Hit>;
  /** The current window of `key`, or null when there is none. */
  peek(key: string): Promise<Hit | null>;
  clear(key: string): Promise<void>;
  close(): Promise<void>;
}

export function memoryStore(now: () => number = Date.now): RateLimitStore {
  const windows = new Map<string, { count: number; resetAt: number }>();
  // Expired windows are dropped lazily and by a periodic sweep, so memory stays bounded.
  const sweep = setInterval(() => {
    const t = now();
    for (const [key, w] of windows) if (w.resetAt <= t) windows.delete(key);
  }, 60_000);
  sweep.unref();
  const live = (key: string) => {
    const w = windows.get(key);
    if (w && w.resetAt <= now()) {
      windows.delete(key);
      return undefined;
    }
    return w;
  };
  return {
    kind: 'memory',
    hit: (key, windowMs) => {
      const w = live(key) ?? { count: 0, resetAt: now() + windowMs };
      w.count += 1;
      windows.set(key, w);
      return { count: w.count, resetInMs: w.resetAt - now() };
    },
    peek: async (key) => {
      const w = live(key);
      return w ? { count: w.count, resetInMs: w.resetAt - now() } : null;
    },
    clear: async (key) => {
      windows.delete(key);
    },
    close: async () => clearInterval(sweep),
  };
}

const HIT_SCRIPT = `
local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {c, redis.call('PTTL', KEYS[1])}`;

export async function redisStore(url: string, prefix = 'qspace:rl:'): Promise<RateLimitStore> {
  const client = createClient({ url });
  client.on('error', () => undefined); // reconnects on its own; commands fail while it is down
  await client.connect();
  return {
    kind: 'redis',
    hit: async (key, windowMs) => {
      const [count, ttl] = (await client.eval(HIT_SCRIPT, {
        keys: [prefix + key],
        arguments: [String(windowMs)],
      })) as [number, number];
      return { count, resetInMs: Math.max(0, ttl) };
    },
    peek: async (key) => {
      const [value, ttl] = await Promise.all([client.get(prefix + key), client.pTTL(prefix + key)]);
      return value === null ? null : { count: Number(value), resetInMs: Math.max(0, ttl) };
    },
    clear: async (key) => {
      await client.del(prefix + key);
    },
    close: async () => {
      await client.quit();
    },
  };
}

/** Redis when a URL is given, otherwise in-process. */
export function rateLimitStoreFromEnv(redisUrl: string | undefined): Promise<RateLimitStore> {
  return redisUrl ? redisStore(redisUrl) : Promise.resolve(memoryStore());
}
