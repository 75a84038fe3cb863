import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where `npm run build:web` puts the Vite build of apps/web: dist/web, which is
 * four folders above this module once compiled (dist/apps/api/src/dashboard/).
 * SITREP_DASHBOARD_DIR points elsewhere (a dashboard built apart).
 */
export function dashboardDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITREP_DASHBOARD_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'web');
}

/**
 * Serves the dashboard at `/` when a build is present and reports whether it
 * did, so that a caller can fall back (a redirect to /docs) when the front end
 * was not built. The top-level files (index.html) get a route each, so unknown
 * paths still reach the API's problem+json 404; `/assets/` is served by a
 * wildcard, so a rebuild's new hashed names work without a restart. Hashed
 * assets are cached for a year; index.html is revalidated on every load.
 */
export async function registerDashboard(fastify: FastifyInstance, root = dashboardDir()): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) return false;
  // Swagger UI already decorates the reply with sendFile: neither registration may do it again.
  await fastify.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    globIgnore: ['assets/**'],
    index: ['index.html'],
    decorateReply: false,
    setHeaders: (reply) => void reply.header('cache-control', 'no-cache'),
  });
  await fastify.register(fastifyStatic, {
    root: join(root, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    setHeaders: (reply) => void reply.header('cache-control', 'public, max-age=31536000, immutable'),
  });
  return true;
}
