import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from './http-problem.error.js';
import { toProblem } from './problem-details.filter.js';
import { PROBLEM_CONTENT_TYPE } from './problem-details.js';
import { SECURITY_HEADERS } from './security-headers.js';

/** Fastify's router errors, raised before any hook or Nest filter could run. */
const ROUTER_ERRORS: Record<string, { code: string; status: number; detail: string }> = {
  FST_ERR_MAX_PARAM_LENGTH: { code: 'URI_TOO_LONG', status: 414, detail: 'A path segment of this URL is too long.' },
  FST_ERR_BAD_URL: { code: 'BAD_URL', status: 400, detail: 'The URL is not validly percent-encoded.' },
};

/**
 * fastify's `frameworkErrors` handler: without it, an over-long path parameter
 * or a broken percent-encoding is answered by fastify itself as plain JSON,
 * without our problem+json shape and without the security headers (onSend
 * hooks do not run on that path), so both are set here.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const known = ROUTER_ERRORS[error.code];
  const path = (request.raw.url ?? '/').split('?')[0]!;
  const { problem } = toProblem(
    known ? new HttpProblem(known.code, known.detail, known.status) : error,
    path.length > 200 ? `${path.slice(0, 200)}…` : path,
  );
  problem.requestId = String(request.id);
  void reply
    .headers(SECURITY_HEADERS)
    .header('x-request-id', String(request.id))
    .status(problem.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(problem));
}
