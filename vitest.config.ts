import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { isDriverConnectionError } from './libs/database/src/driver-rejections.js';
import { toleratingKilledSessions } from './libs/testing/src/killed-session-rejections.js';

// SWC instead of esbuild because NestJS needs emitted decorator metadata.
export default defineConfig({
  plugins: [swc.vite({ swcrc: true })],
  test: {
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.ci/out/vitest.json' },
    // Postgres.js's own unheard rejections when a session-killing spec ends a session (see the module).
    onUnhandledError: toleratingKilledSessions(isDriverConnectionError),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['apps/**/*.spec.ts', 'libs/**/*.spec.ts', 'migrations/**/*.spec.ts', 'test/**/*.spec.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['**/*.int-spec.ts', '**/*.e2e-spec.ts'],
          exclude: ['node_modules/**', 'dist/**'],
          globalSetup: ['libs/testing/src/global-setup.ts'],
          // Generous: these bound real work (containers, concurrent writers) on 2 shared cores, not speed.
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // Two cores: more workers only contend for the same database server.
          maxWorkers: 2,
        },
      },
    ],
  },
});
