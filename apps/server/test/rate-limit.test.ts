import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore, type RateLimitStore, redisStore } from '../src/index.js';

const redisUrl = process.env.TEST_REDIS_URL;
const stores: Array<[string, () => Promise<RateLimitStore>]> = [['memory', async () => memoryStore()]];
if (redisUrl) stores.push(['redis', () => redisStore(redisUrl, `qspace:test:${process.pid}:${Date.now()}:`)]);
if (!redisUrl)
  console.warn('[rate-limit] TEST_REDIS_URL not set: the Redis store is not exercised in this run.');

describe.each(stores)('rate-limit store: %s', (_name, make) => {
  let store: RateLimitStore;
  beforeAll(async () => {
    store = await make();
  });
  afterAll(() => store?.close());

  it('counts hits within a window and reports when it resets', async () => {
    expect(await store.peek('a')).toBeNull();
    expect((await store.hit('a', 60_000)).count).toBe(1);
    const second = await store.hit('a', 60_000);
    expect(second.count).toBe(2);
    expect(second.resetInMs).toBeGreaterThan(55_000);
    expect(second.resetInMs).toBeLessThanOrEqual(60_000);
    expect((await store.peek('a'))?.count).toBe(2);
  });

  it('starts a new window once the old one has passed', async () => {
    await store.hit('b', 80);
    await store.hit('b', 80);
    await new Promise((r) => setTimeout(r, 150));
    expect(await store.peek('b')).toBeNull();
    expect((await store.hit('b', 80)).count).toBe(1);
  });

  it('keeps keys apart and clears one on request', async () => {
    await store.hit('c', 60_000);
    await store.hit('d', 60_000);
    await store.clear('c');
    expect(await store.peek('c')).toBeNull();
    expect((await store.peek('d'))?.count).toBe(1);
  });
});
