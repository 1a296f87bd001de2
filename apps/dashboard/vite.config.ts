/**
 * Vite: `npm run dev -w apps/dashboard` serves the dashboard with hot reload on :5173 and proxies the
 * server's paths to it (start the server with `npm run dev` in another terminal); `vite build` writes
 * fingerprinted files to dist/, which the server serves at / (apps/server/src/http/dashboard.ts).
 */
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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

export default defineConfig({
  plugins: [react(), tailwindcss()],
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
