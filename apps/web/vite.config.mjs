// Vite build of the dashboard into dist/web, which the API serves at `/`
// (apps/api/src/dashboard). `scripts/build.mjs` runs it; `npx vite apps/web`
// serves it for development against an API on :3000.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// SITREP_API: the API the dev server forwards to.
const api = process.env.SITREP_API ?? 'http://127.0.0.1:3000';
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Fonts, images and the basemap stay files: cached apart, and kept out of the JS+CSS budget.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    // SITREP_WEB_MINIFY=0 keeps names readable in a CPU profile.
    minify: process.env.SITREP_WEB_MINIFY !== '0',
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: Object.fromEntries(['/incidents', '/locations', '/events', '/reports', '/ceasefires', '/health'].map((p) => [p, api])),
  },
});
