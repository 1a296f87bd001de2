/** Bad page input over HTTP: each refused with a clear, specific 4xx, and the stored draft kept. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, signedInUser, startTestServer, type TestServer } from './harness.js';

describe('bad page input', () => {
  let s: TestServer;
  let owner: ReturnType<typeof as>;
  let cookie: string;
  let base: string;
  let pageId: string;

  beforeAll(async () => {
    s = await startTestServer();
    cookie = await signedInUser(s, 'owner@bad-input.test');
    owner = as(s, cookie);
    const app = await owner('POST', '/api/v1/apps', {
      name: 'Bad Input',
      slug: 'bad-input',
      starter: 'business-kilima',
    });
    base = `/api/v1/apps/${String(app.body?.id)}/pages`;
    const pages = (await owner('GET', base)).body as unknown as Array<{ id: string }>;
    pageId = pages[0]?.id as string;
  });
  afterAll(() => s?.stop());

  const version = async () => (await owner('GET', `${base}/${pageId}`)).body?.version;

  it('refuses a 5 MB page with 413 and says what the limit is', async () => {
    const before = await version();
    const huge = JSON.stringify({
      sections: [{ type: 'rich-text', props: { heading: 'x'.repeat(5 * 1024 * 1024) } }],
    });
    const res = await s.request(`${base}/${pageId}`, {
      method: 'PUT',
      headers: { cookie, origin: s.url, 'content-type': 'application/json' },
      body: huge,
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /larger than the \d+ bytes/,
    );
    expect(await version()).toBe(before);
  });

  it('refuses props nested 10 levels deep with the path of the offending field', async () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10; i++) deep = { level: deep };
    const res = await owner('PUT', `${base}/${pageId}`, {
      sections: [{ type: 'faq', props: { heading: deep } }],
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body?.error)).toContain('sections[0].props');
  });

  it('refuses a section with a javascript: link, naming the field, and keeps the draft', async () => {
    const before = await version();
    const page = (await owner('GET', `${base}/${pageId}`)).body as {
      sections: Array<{ id: string; type: string; props: Record<string, unknown> }>;
    };
    const sections = page.sections.map((x) =>
      x.type === 'hero'
        ? { ...x, props: { ...x.props, actions: [{ label: 'Click', href: 'javascript:alert(1)' }] } }
        : x,
    );
    const res = await owner('PUT', `${base}/${pageId}`, { sections });
    expect(res.status).toBe(422);
    expect(res.body?.error?.message).toMatch(/actions\[0\]\.href: This link is not allowed/);
    expect(await version()).toBe(before);
  });

  it('refuses a social image that is not an allowed image source', async () => {
    const res = await owner('PUT', `${base}/${pageId}`, { seo: { image: 'javascript:alert(1)' } });
    expect(res.status).toBe(422);
    expect(res.body?.error?.message).toContain('seo.image');
  });

  it('refuses a slug with ../ and an unknown section type', async () => {
    const slug = await owner('POST', base, { title: 'Escape', slug: '../../etc' });
    expect(slug.status).toBe(400);
    expect(slug.body?.error?.code).toBe('pages.slug_invalid');
    const type = await owner('POST', base, {
      title: 'X',
      slug: 'x-page',
      sections: [{ type: 'marquee', props: {} }],
    });
    expect(type.status).toBe(422);
    expect(type.body?.error?.message).toContain('Unknown section type "marquee"');
  });
});
