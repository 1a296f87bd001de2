import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The frontend builds into frontend/dist, which the server serves; /api and /static are the
// server's (the stylesheet lives in /static/app.css, overridable from custom_frontend/static/).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
});
