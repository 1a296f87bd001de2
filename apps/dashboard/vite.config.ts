/**
 * Vite: `npm run dev -w apps/dashboard` serves the dashboard with hot reload on :5173 and proxies the
 * server's paths to it (start the server with `npm run dev` in another terminal); `vite build` writes
 * fingerprinted files to dist/, which the server serves at / (apps/server/src/http/dashboard.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const target = process.env.QSPACE_SERVER_URL ?? 'http://localhost:3000';

// Better Auth refuses cross-origin POSTs: the proxy presents requests as coming from the server's
// own origin (the browser's Origin is :5173 in development).
const proxy = {
  target,
  changeOrigin: true,
  configure: (server: {
    on: (event: 'proxyReq', fn: (req: { setHeader: (k: string, v: string) => void }) => void) => void;
  }) => server.on('proxyReq', (req) => req.setHeader('origin', target)),
};

/**
 * The theme must be on <html> before the first paint, so a blocking script in <head> sets it
 * (src/theme-boot.js). The CSP allows only same-origin script files, so the build emits it as a
 * fingerprinted asset (cached like the others) and adds its tag; the dev server serves the source.
 */
function themeBoot(): Plugin {
  const source = fileURLToPath(new URL('./src/theme-boot.js', import.meta.url));
  let fileName = '';
  return {
    name: 'qspace-theme-boot',
    buildStart() {
      const code = readFileSync(source, 'utf8').replace(/^\/\*[\s\S]*?\*\/\n/, '');
      const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
      fileName = `assets/theme-boot-${hash}.js`;
      if (this.environment?.mode !== 'dev') this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: (_html, ctx) => [
      { tag: 'script', attrs: { src: ctx.server ? '/src/theme-boot.js' : `/${fileName}` }, injectTo: 'head' },
    ],
  };
}

export default defineConfig({
  plugins: [themeBoot(), react(), tailwindcss()],
  server: {
    port: 5173,
    proxy: { '/api': proxy, '/s/': proxy, '/starters/': proxy, '/preview/': proxy, '/favicon.svg': proxy },
  },
  build: {
    // The server's CSP forbids inline scripts and styles: keep every asset a file.
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
});
