import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The frontend builds into frontend/dist, which the server serves; /api and /static are the
// server's (the stylesheet lives in /static/app.css, overridable from custom_frontend/static/).
// The development watcher (QUICKSCALE_FRONTEND_WATCH) keeps the last build in place while it
// rebuilds, so the server never finds frontend/dist empty.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: process.env.QUICKSCALE_FRONTEND_WATCH !== '1' },
});
