// Vite build of the dashboard into dist/web, which the API serves at `/`
// (apps/api/src/dashboard). `npm run build:web` runs it; `npx vite apps/web`
// serves it for development against an API on :3000.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { dashboardSizes } from '../../scripts/dashboard-size.mjs';

const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Prints the built dashboard's weight (the browser test holds it under 500 KB gzipped). */
const printSize = {
  name: 'sitrep-dashboard-size',
  apply: 'build',
  async closeBundle() {
    const sizes = await dashboardSizes(outDir);
    console.error(`dashboard: ${(sizes.gzip / 1024).toFixed(1)} KB gzipped JS+CSS (${(sizes.raw / 1024).toFixed(0)} KB raw), fonts aside`);
  },
};

// SITREP_API: the API the dev server forwards to.
const api = process.env.SITREP_API ?? 'http://127.0.0.1:3000';
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  plugins: [printSize],
  build: {
    outDir,
    emptyOutDir: true,
    // Fonts, images and the basemap stay files: cached apart, and kept out of the JS+CSS budget.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    // SITREP_WEB_MINIFY=0 keeps names readable in a CPU profile.
    minify: process.env.SITREP_WEB_MINIFY !== '0',
    chunkSizeWarningLimit: 1000,
    // Rolldown's note on slow plugin hooks reports the machine's load, not a fault of the build.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    proxy: Object.fromEntries(['/incidents', '/locations', '/events', '/reports', '/ceasefires', '/health'].map((p) => [p, api])),
  },
});
