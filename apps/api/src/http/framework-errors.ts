import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem } from './http-problem.error.js';
import { toProblem } from './problem-details.filter.js';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { ERROR_STATUS, PROBLEM_CONTENT_TYPE, problemType, titleFor, type ErrorCode } from './problem-details.js';
import { SECURITY_HEADERS } from './security-headers.js';

/** Fastify's router errors, raised before any hook or Nest filter could run. */
const ROUTER_ERRORS: Record<string, { code: ErrorCode; detail: string }> = {
  FST_ERR_MAX_PARAM_LENGTH: { code: 'URI_TOO_LONG', detail: 'A path segment of this URL is too long.' },
  FST_ERR_BAD_URL: { code: 'BAD_URL', detail: 'The URL is not validly percent-encoded.' },
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
    known ? new HttpProblem(known.code, known.detail) : error,
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

const CLIENT_ERRORS: Record<string, { code: ErrorCode; detail: string }> = {
  HPE_HEADER_OVERFLOW: { code: 'HEADERS_TOO_LARGE', detail: 'The request headers are too large.' },
  ERR_HTTP_REQUEST_TIMEOUT: { code: 'REQUEST_TIMEOUT', detail: 'The whole request did not arrive in time.' },
};

/**
 * fastify's `clientErrorHandler`: a request Node's HTTP parser refused (a
 * malformed request line, oversized headers) never becomes a request object,
 * so neither Nest's filter nor fastify's hooks see it. Answered here in the same
 * problem+json shape, with a fresh request id that is also logged by the caller.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) return;
  const known: { code: ErrorCode; detail: string } = CLIENT_ERRORS[error.code ?? ''] ?? {
    code: 'BAD_REQUEST',
    detail: 'The request could not be parsed as HTTP/1.1 (a malformed request line or header).',
  };
  const status = ERROR_STATUS[known.code];
  const requestId = randomUUID();
  const body = JSON.stringify({
    type: problemType(known.code),
    title: titleFor(status),
    status,
    detail: known.detail,
    code: known.code,
    instance: '/',
    requestId,
  });
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': PROBLEM_CONTENT_TYPE,
    'content-length': String(Buffer.byteLength(body)),
    'x-request-id': requestId,
    connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  socket.end(`HTTP/1.1 ${status} ${titleFor(status)}\r\n${head}\r\n\r\n${body}`);
}
