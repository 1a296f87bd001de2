/**
 * @qspace/site-kit in this project: the files its rendered pages link to — section styles, the
 * design systems' fonts, starter images — served at `/_site/*`. Fingerprinted URLs are cached for a
 * year; plain ones for an hour.
 */
import { siteAsset } from '@qspace/site-kit';
import { definePart } from '../kernel/part.js';

export default definePart({
  name: 'site-kit',
  routes(app) {
    app.get('/_site/*', (c) => {
      const found = siteAsset(c.req.path);
      if (!found) return c.notFound();
      if (c.req.header('if-none-match') === found.asset.etag)
        return c.body(null, 304, { ETag: found.asset.etag });
      return c.body(new Uint8Array(found.asset.body), 200, {
        'Content-Type': found.asset.type,
        ETag: found.asset.etag,
        'Cache-Control': found.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
      });
    });
  },
});
