import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { NodeRole } from '@sitrep/config';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails, problemType, titleFor } from './problem-details.js';

/** What a projector node still answers: orchestration and the status of the projections it builds. */
const PROJECTOR_PATHS = (path: string) =>
  path === '/health' || path === '/metrics' || path === '/projections' || path.startsWith('/projections/');

/**
 * A `projector` node builds projections and is not an API: every other path is
 * answered 404 NOT_AN_API_NODE, so a proxy that sends it traffic by mistake
 * shows at once instead of splitting writes between roles.
 */
export function registerNodeRole(fastify: FastifyInstance, role: NodeRole): void {
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('sitrep-node-role', role);
    if (role !== 'projector') return;
    const path = (request.url ?? '/').split('?')[0]!;
    if (PROJECTOR_PATHS(path)) return;
    const problem: ProblemDetails = {
      type: problemType('NOT_AN_API_NODE'),
      title: titleFor(404),
      status: 404,
      detail: 'This node runs with --role projector: it builds projections and answers only /health, /metrics and /projections.',
      code: 'NOT_AN_API_NODE',
      instance: path,
      requestId: String(request.id),
    };
    await reply.status(404).header('content-type', PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
    return reply;
  });
}
