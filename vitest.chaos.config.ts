import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// `npm run test:chaos`: attacks a running `sitrep serve` (built into dist/) and counts what survives.
// Files run one at a time: each one loads the two cores on its own, and timings (hangs, 50 ms budgets) must mean something.
export default defineConfig({
  plugins: [swc.vite({ swcrc: true })],
  test: {
    name: 'chaos',
    include: ['test/chaos/**/*.chaos-spec.ts'],
    globalSetup: ['libs/testing/src/global-setup.ts', 'test/chaos/harness/summary.global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 240_000,
    hookTimeout: 180_000,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.ci/out/vitest-chaos.json' },
  },
});
