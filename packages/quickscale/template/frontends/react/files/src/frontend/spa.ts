/**
 * Serves the React frontend's build (frontend/dist): hashed assets with a year of caching, and
 * index.html for every other page address so the app's own router takes over. In development the
 * build is kept fresh by `vite build --watch`, started here.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { definePart } from '../kernel/part.js';

const DIST = resolve('frontend', 'dist');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export default definePart({
  name: 'frontend-react',
  setup(ctx) {
    if (ctx.config.NODE_ENV !== 'development') return;
    const watcher = spawn(
      process.execPath,
      [
        resolve('node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--watch',
        '--config',
        'frontend/vite.config.ts',
        '--logLevel',
        'warn',
      ],
      { stdio: 'inherit', env: { ...process.env, QUICKSCALE_FRONTEND_WATCH: '1' } },
    );
    watcher.on('error', (error) => ctx.logger.warn({ err: error }, 'the frontend watcher did not start'));
    ctx.onStop(() => {
      watcher.kill();
    });
  },
  routes(app) {
    app.get('/assets/*', (c) => {
      const file = resolve(DIST, c.req.path.slice(1));
      if (!file.startsWith(DIST + sep) || !existsSync(file) || !statSync(file).isFile()) return c.notFound();
      return c.body(new Uint8Array(readFileSync(file)), 200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'public, max-age=31536000, immutable',
      });
    });
    // Anything no route answered: the API says 404 in JSON, a page address gets the app.
    app.notFound((c) => {
      const index = join(DIST, 'index.html');
      const page = c.req.method === 'GET' && !/^\/(api|static|dev|assets)\//.test(c.req.path);
      if (!page)
        return c.json({ error: { code: 'not_found', message: 'Nothing exists at this address.' } }, 404);
      if (!existsSync(index)) {
        return c.text(
          'The frontend is not built yet: run `npm run build` (npm run dev and npm start do it).',
          503,
        );
      }
      return c.html(readFileSync(index, 'utf8'), 200, { 'Cache-Control': 'no-cache' });
    });
  },
});
