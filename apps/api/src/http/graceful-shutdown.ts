import type { FastifyInstance } from 'fastify';

/**
 * Answers given while the server closes carry `Connection: close`, so a
 * keep-alive client does not hold the server open after its in-flight request
 * finished (Node closes only the connections idle at the moment close starts).
 * New requests meanwhile get 503 (fastify's return503OnClosing).
 */
export function registerGracefulShutdown(fastify: FastifyInstance): void {
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
}
