import type { FastifyInstance } from 'fastify';

/**
 * Swagger UI's page links its styles and scripts relatively, so it works at one
 * address only; `/docs/` (as browsers and people often type it) is sent to `/docs`.
 */
export function registerDocsSlashRedirect(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    const [path, query] = (request.url ?? '').split(/\?(.*)/s, 2);
    if (path === '/docs/' && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.redirect(`/docs${query ? `?${query}` : ''}`, 301);
    }
  });
}
