import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the dashboard in Debian's Chromium (playwright-core, no browser download)
// against a built `sitrep serve`. One file at a time: each holds a server and a browser on two cores.
export default defineConfig({
  plugins: [swc.vite({ swcrc: true })],
  test: {
    name: 'browser',
    include: ['test/browser/**/*.browser-spec.ts'],
    globalSetup: ['libs/testing/src/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.ci/out/vitest-browser.json' },
  },
});
