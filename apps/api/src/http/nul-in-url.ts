import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemType, titleFor, type ProblemDetails } from './problem-details.js';

const hasNul = (url: string) => url.includes('\u0000') || /%00/i.test(url);

/**
 * No path or query parameter may hold a NUL character: PostgreSQL text cannot
 * store one, so it would surface as a database error (a 500) wherever a
 * parameter reaches SQL unvalidated. Refused up front as 400 BAD_URL.
 */
export function registerNulInUrlGuard(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const url = request.raw.url ?? '';
    if (!hasNul(url)) return;
    const path = url.split('?')[0]!;
    const problem: ProblemDetails = {
      type: problemType('BAD_URL'),
      title: titleFor(400),
      status: 400,
      detail: 'The URL contains a NUL character (%00), which no parameter may hold.',
      code: 'BAD_URL',
      instance: path.length > 200 ? `${path.slice(0, 200)}…` : path,
      requestId: String(request.id),
    };
    await reply.status(400).header('content-type', PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
    return reply;
  });
}
