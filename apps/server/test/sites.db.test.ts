/**
 * Public sites end to end over real HTTP: both URL forms, publish → visible at once, restore,
 * caching headers, SEO files, the per-site 404, draft preview, and the contact form into the inbox.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, signedInUser, startTestServer, type TestServer, waitFor } from './harness.js';

type Json = Record<string, unknown>;
interface Section {
  id: string;
  type: string;
  props: Json;
}

describe('public sites', () => {
  let s: TestServer;
  let owner: ReturnType<typeof as>;
  let cookie: string;
  let appId: string;
  const slug = 'mama-oliech-cafe';

  beforeAll(async () => {
    s = await startTestServer({ config: { RATE_LIMIT_FORMS_PER_IP: 3, SITE_CACHE_CHECK_MS: 60_000 } });
    cookie = await signedInUser(s, 'owner@mama-oliech.test');
    owner = as(s, cookie);
    const created = await owner('POST', '/api/v1/apps', {
      name: 'Mama Oliech Café',
      slug,
      starter: 'shops-pwani',
    });
    expect(created.status).toBe(201);
    appId = String(created.body?.id);
  });
  afterAll(() => s?.stop());

  const get = (path: string, init: RequestInit = {}) => s.request(path, init);
  /** A GET with `Host: <slug>.localhost` (fetch() does not let a caller set Host). */
  const viaHost = async (path: string) => {
    const { request } = await import('node:http');
    return new Promise<{ status: number; text: () => Promise<string> }>((resolve, reject) => {
      const req = request(`${s.url}${path}`, { headers: { host: `${slug}.localhost:${s.port}` } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, text: async () => body });
        });
      });
      req.on('error', reject);
      req.end();
    });
  };

  async function home(): Promise<{ id: string; sections: Section[] }> {
    const pages = (await owner('GET', `/api/v1/apps/${appId}/pages`)).body as unknown as Array<{
      id: string;
      isHome: boolean;
    }>;
    const id = pages.find((p) => p.isHome)?.id as string;
    const page = (await owner('GET', `/api/v1/apps/${appId}/pages/${id}`)).body as { sections: Section[] };
    return { id, sections: page.sections };
  }

  it('serves the starter home page at /s/<slug>/ and at <slug>.localhost, with the site name', async () => {
    const byPath = await get(`/s/${slug}/`);
    expect(byPath.status).toBe(200);
    expect(byPath.headers.get('content-type')).toContain('text/html');
    const html = await byPath.text();
    expect(html).toContain('<main id="main">');
    expect(html).toMatch(/<h1[ >]/);
    // The starter's sample business name is replaced by the App's own, titles included.
    expect(html).toMatch(/<title>[^<]*Mama Oliech Café/);
    expect(html).not.toContain('Jahazi Café');
    const byHost = await viaHost('/');
    expect(byHost.status).toBe(200);
    expect(await byHost.text()).toContain('<main id="main">');
  });

  it('shows an edit at once after publishing, through both URL forms, and restoring brings the old content back', async () => {
    const { id, sections } = await home();
    const hero = sections.find((x) => x.type === 'hero') as Section;
    const before = String(hero.props.heading);
    const changed = sections.map((x) =>
      x.id === hero.id ? { ...x, props: { ...x.props, heading: 'Chai ya tangawizi, fresh daily' } } : x,
    );
    expect(
      (
        await owner('PUT', `/api/v1/apps/${appId}/pages/${id}`, {
          sections: changed,
          message: 'New headline',
        })
      ).status,
    ).toBe(200);
    // A draft is not public.
    expect(await (await get(`/s/${slug}/`)).text()).not.toContain('Chai ya tangawizi');
    expect((await owner('POST', `/api/v1/apps/${appId}/pages/${id}/publish`, {})).status).toBe(200);
    expect(await (await get(`/s/${slug}/`)).text()).toContain('Chai ya tangawizi, fresh daily');
    expect(await (await viaHost('/')).text()).toContain('Chai ya tangawizi, fresh daily');

    const versions = (await owner('GET', `/api/v1/apps/${appId}/pages/${id}/versions`)).body
      ?.versions as Array<{ id: string; number: number }>;
    const first = versions.find((v) => v.number === 1) as { id: string };
    expect(
      (await owner('POST', `/api/v1/apps/${appId}/pages/${id}/versions/${first.id}/restore`)).status,
    ).toBe(200);
    expect((await owner('POST', `/api/v1/apps/${appId}/pages/${id}/publish`, {})).status).toBe(200);
    const restored = await (await get(`/s/${slug}/`)).text();
    expect(restored).not.toContain('Chai ya tangawizi');
    expect(restored).toContain(before.replace(/&/g, '&amp;').replace(/'/g, '&#x27;').slice(0, 12));
  });

  it('answers a custom domain by its Host header, once mapped; one App per domain', async () => {
    const viaDomain = async (host: string) => {
      const { request } = await import('node:http');
      return new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${s.url}/`, { headers: { host } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
        });
        req.on('error', reject);
        req.end();
      });
    };
    expect((await viaDomain('www.mama-oliech.co.ke')).status).toBe(404);
    const set = await owner('PUT', `/api/v1/apps/${appId}/settings/domain`, {
      domain: 'WWW.Mama-Oliech.co.ke',
    });
    expect(set.status).toBe(200);
    expect(set.body?.customDomain).toBe('www.mama-oliech.co.ke');
    const mapped = await viaDomain('www.mama-oliech.co.ke');
    expect(mapped.status).toBe(200);
    expect(mapped.body).toContain('<link rel="canonical" href="http://www.mama-oliech.co.ke/">');

    const other = as(s, await signedInUser(s, 'rival@example.test'));
    const rival = await other('POST', '/api/v1/apps', {
      name: 'Rival',
      slug: 'rival-cafe',
      starter: 'shops-soko',
    });
    const taken = await other('PUT', `/api/v1/apps/${String(rival.body?.id)}/settings/domain`, {
      domain: 'www.mama-oliech.co.ke',
    });
    expect(taken.status).toBe(409);
    expect(taken.body?.error?.code).toBe('sites.domain_taken');
    const bad = await owner('PUT', `/api/v1/apps/${appId}/settings/domain`, { domain: 'http://x/y' });
    expect(bad.status).toBe(400);
    const platform = await owner('PUT', `/api/v1/apps/${appId}/settings/domain`, {
      domain: 'shop.localhost',
    });
    expect(platform.body?.error?.message).toContain('belongs to this Q-Space platform');
    expect(
      (await owner('PUT', `/api/v1/apps/${appId}/settings/domain`, { domain: null })).body?.customDomain,
    ).toBeNull();
  });

  it('renders draft sections for the editor preview with the site’s CSS, and reports an invalid one without failing the rest', async () => {
    const { sections } = await home();
    const hero = sections.find((x) => x.type === 'hero') as Section;
    const res = await owner('POST', `/api/v1/apps/${appId}/render`, {
      sections: [
        { ...hero, props: { ...hero.props, heading: 'Preview only, not saved' } },
        { id: 'broken', type: 'faq', props: { nonsense: true } },
      ],
    });
    expect(res.status).toBe(200);
    const body = res.body as unknown as {
      css: string;
      sections: Array<{ id: string; html: string; issues: unknown[] }>;
    };
    expect(body.css).toContain('--qs-primary');
    expect(body.sections[0]?.html).toContain('Preview only, not saved');
    expect(body.sections[1]).toMatchObject({ id: 'broken', html: '' });
    expect(JSON.stringify(body.sections[1]?.issues)).toContain('nonsense');
    expect(await (await get(`/s/${slug}/`)).text()).not.toContain('Preview only, not saved');
  });

  it('shows a photo uploaded a moment ago in the editor preview and the draft preview, before it is published', async () => {
    const form = new FormData();
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    form.set('file', new Blob([png], { type: 'image/png' }), 'fresh-samaki.png');
    const upload = await s.request(`/api/v1/apps/${appId}/media`, {
      method: 'POST',
      headers: { cookie, origin: s.url },
      body: form,
    });
    expect(upload.status).toBe(201);
    const media = (await upload.json()) as { id: string; url: string };
    const alt = 'Fresh samaki on the grill';
    const registry = (await owner('GET', '/api/v1/sections')).body as unknown as {
      sections: Array<{ type: string; defaults: Json }>;
    };
    const defaults = registry.sections.find((x) => x.type === 'image-text')?.defaults;
    const section = {
      id: 'fresh-photo',
      type: 'image-text',
      props: { ...defaults, image: { src: `media:${media.id}`, alt } },
    };
    const rendered = await owner('POST', `/api/v1/apps/${appId}/render`, { sections: [section] });
    const html = String(
      (rendered.body as unknown as { sections: Array<{ html: string }> }).sections[0]?.html,
    );
    expect(html).toContain(`alt="${alt}"`);
    expect(html).toContain(new URL(media.url, s.url).pathname);

    // The same photo in a draft page shows in the authenticated draft preview, not on the live site.
    const { id, sections } = await home();
    const saved = await owner('PUT', `/api/v1/apps/${appId}/pages/${id}`, {
      sections: [...sections.slice(0, 1), section, ...sections.slice(1)],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const preview = await s.request(`/preview/${appId}/${id}`, { headers: { cookie } });
    const previewHtml = await preview.text();
    expect(previewHtml).toContain(new URL(media.url, s.url).pathname);
    expect(await (await get(`/s/${slug}/`)).text()).not.toContain(alt);
    expect((await owner('PUT', `/api/v1/apps/${appId}/pages/${id}`, { sections })).status).toBe(200);
  });

  it('answers 304 to a matching ETag and compresses with brotli or gzip', async () => {
    const first = await get(`/s/${slug}/`);
    const etag = first.headers.get('etag') as string;
    const plain = Buffer.from(await first.arrayBuffer());
    expect(etag).toMatch(/^"v\d+-/);
    const notModified = await get(`/s/${slug}/`, { headers: { 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
    // The revalidation keeps the page's own framing rules (the dashboard previews sites in frames).
    expect(notModified.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(notModified.headers.get('content-security-policy')).toContain('frame-ancestors');

    // fetch() would decode transparently; read the raw bytes with a node request instead.
    const raw = async (encoding: string) => {
      const { request } = await import('node:http');
      return new Promise<{ enc: string | undefined; body: Buffer }>((resolve, reject) => {
        const req = request(`${s.url}/s/${slug}/`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ enc: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
    };
    const br = await raw('gzip, deflate, br');
    expect(br.enc).toBe('br');
    expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);
    const gz = await raw('gzip');
    expect(gz.enc).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.length / 3);
  });

  it('serves fingerprinted assets with immutable caching', async () => {
    const html = await (await get(`/s/${slug}/`)).text();
    const font = /href="(\/_site\/fonts\/[^"]+\.woff2)"/.exec(html)?.[1] as string;
    const res = await get(font);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('font/woff2');
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('publishes sitemap.xml, robots.txt and an RSS feed, with canonical links and structured data', async () => {
    const sitemap = await (await get(`/s/${slug}/sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${s.url}/s/${slug}/</loc>`);
    expect(sitemap).toContain('/blog/');
    const robots = await (await get(`/s/${slug}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${s.url}/s/${slug}/sitemap.xml`);
    const rss = await get(`/s/${slug}/rss.xml`);
    expect(rss.headers.get('content-type')).toContain('application/rss+xml');
    expect(await rss.text()).toContain('<item>');
    const html = await (await get(`/s/${slug}/`)).text();
    expect(html).toContain(`<link rel="canonical" href="${s.url}/s/${slug}/">`);
    expect(html).toContain('"@type":"Organization"');
    const postUrl = /<link>([^<]+\/blog\/[a-z0-9-]+)<\/link>/.exec(
      await (await get(`/s/${slug}/rss.xml`)).text(),
    )?.[1];
    const postPage = await (await get(new URL(postUrl as string).pathname)).text();
    expect(postPage).toContain('"@type":"BlogPosting"');
  });

  it('answers unknown paths with the site’s own 404 page, and unknown sites with a plain 404', async () => {
    const missing = await get(`/s/${slug}/no-such-page`);
    expect(missing.status).toBe(404);
    const html = await missing.text();
    expect(html).toContain('We could not find that page');
    expect(html).toContain('noindex');
    expect((await get('/s/no-such-site-here/')).status).toBe(404);
  });

  it('shows drafts only through the authenticated preview', async () => {
    const { id, sections } = await home();
    const hero = sections.find((x) => x.type === 'hero') as Section;
    const draft = sections.map((x) =>
      x.id === hero.id ? { ...x, props: { ...x.props, heading: 'Secret draft headline' } } : x,
    );
    await owner('PUT', `/api/v1/apps/${appId}/pages/${id}`, { sections: draft });
    expect(await (await get(`/s/${slug}/`)).text()).not.toContain('Secret draft headline');
    expect((await get(`/preview/${appId}/${id}`)).status).toBe(401);
    const stranger = await signedInUser(s, 'stranger@example.test');
    expect((await get(`/preview/${appId}/${id}`, { headers: { cookie: stranger } })).status).toBe(404);
    const preview = await get(`/preview/${appId}/${id}`, { headers: { cookie } });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('cache-control')).toContain('no-store');
    expect(await preview.text()).toContain('Secret draft headline');
  });

  it('takes a contact form into the inbox and mails the owner; drops a honeypot hit silently; limits floods', async () => {
    const pages = (await owner('GET', `/api/v1/apps/${appId}/pages`)).body as unknown as Array<{
      id: string;
      slug: string;
    }>;
    let form: {
      pageSlug: string;
      sectionId: string;
      fields: Array<{ name: string; type: string; options: string[] }>;
    } | null = null;
    for (const p of pages) {
      const detail = (await owner('GET', `/api/v1/apps/${appId}/pages/${p.id}`)).body as {
        sections: Section[];
      };
      const contact = detail.sections.find((x) => x.type === 'contact');
      if (contact) {
        form = { pageSlug: p.slug, sectionId: contact.id, fields: contact.props.fields as never };
        break;
      }
    }
    if (!form) throw new Error('the starter has no contact form');
    const values = new URLSearchParams({ _section: form.sectionId, company_website: '' });
    for (const f of form.fields) {
      values.set(
        f.name,
        f.type === 'email'
          ? 'achieng@example.test'
          : f.type === 'tel'
            ? '+254 712 345678'
            : f.type === 'select'
              ? (f.options[0] ?? '')
              : 'Karibu! Table for six on Saturday?',
      );
    }
    const post = (body: URLSearchParams) =>
      get(`/s/${slug}/_forms/${form.sectionId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
      });
    const sent = await post(values);
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toContain(`sent=${form.sectionId}`);
    const inbox = (await owner('GET', `/api/v1/apps/${appId}/submissions`)).body as {
      submissions: unknown[];
      unread: number;
    };
    expect(inbox.submissions).toHaveLength(1);
    expect(JSON.stringify(inbox.submissions)).toContain('Table for six');
    const mail = await waitFor(async () => {
      const list = (await (await get('/api/dev/mailbox?to=owner%40mama-oliech.test')).json()) as {
        messages: Array<{ template: string }>;
      };
      return list.messages.find((m) => m.template === 'form_submission');
    });
    expect(mail).toBeTruthy();

    const bot = new URLSearchParams(values);
    bot.set('company_website', 'http://spam.example');
    const dropped = await post(bot);
    expect(dropped.status).toBe(303);
    expect(
      ((await owner('GET', `/api/v1/apps/${appId}/submissions`)).body as { submissions: unknown[] })
        .submissions,
    ).toHaveLength(1);

    // RATE_LIMIT_FORMS_PER_IP is 3 here: the 4th post in the window is refused.
    expect((await post(values)).status).toBe(303);
    const limited = await post(values);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
  });
});
