import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// `npm run test:cluster`: several `sitrep serve` nodes (built into dist/) on a primary and a streaming
// replica of their own (embedded PostgreSQL binaries), under load and kills; needs no test database.
export default defineConfig({
  plugins: [swc.vite({ swcrc: true })],
  test: {
    name: 'cluster',
    include: ['test/cluster/**/*.cluster-spec.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 300_000,
    hookTimeout: 180_000,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.ci/out/vitest-cluster.json' },
  },
});
