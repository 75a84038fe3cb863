import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@sitrep/domain';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './database-unavailable.js';
import { ERROR_STATUS, PROBLEM_CONTENT_TYPE, problemType, statusOf, titleFor, type ProblemDetails } from './problem-details.js';
import { allowedMethods } from './route-table.js';

/** Fastify's own errors that reach us before a route handler runs. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_NOT_FOUND: 'ROUTE_NOT_FOUND',
};

const FASTIFY_DETAILS: Record<string, string> = {
  UNSUPPORTED_MEDIA_TYPE: 'This endpoint does not accept the Content-Type of the request (see /docs for what it takes).',
  PAYLOAD_TOO_LARGE: 'The request body is larger than this endpoint accepts.',
};

const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'ADMIN_TOKEN_REQUIRED',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  503: 'SERVICE_UNAVAILABLE',
};

/** Maps any thrown value to a problem; unknown errors become a generic 500 and are logged, never echoed. */
export function toProblem(error: unknown, instance: string): { problem: ProblemDetails; internal: boolean } {
  let status = 500;
  let code = 'INTERNAL_ERROR';
  let detail = 'An unexpected error occurred; it has been logged.';
  let extensions: Record<string, unknown> = {};
  let internal = false;

  const e = error as { code?: unknown; statusCode?: unknown; status?: unknown; message?: unknown };
  if (error instanceof DomainError) {
    code = error.code;
    status = statusOf(code, 422);
    detail = error.detail;
    extensions = { ...error.context };
  } else if (error instanceof HttpException) {
    status = error.getStatus();
    code = HTTP_STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
    const response = error.getResponse();
    detail = typeof response === 'string' ? response : String((response as { message?: unknown }).message ?? error.message);
    if (status === 404 && /^Cannot [A-Z]+ /.test(detail)) detail = `No route for ${detail.slice('Cannot '.length)}.`;
    internal = status >= 500;
  } else if (typeof e?.code === 'string' && e.code in FASTIFY_CODES) {
    code = FASTIFY_CODES[e.code]!;
    status = typeof e.statusCode === 'number' ? e.statusCode : statusOf(code, 400);
    detail = FASTIFY_DETAILS[code] ?? (typeof e.message === 'string' ? e.message : code);
  } else if (typeof e?.code === 'string' && e.code in ERROR_STATUS && e.code !== 'INTERNAL_ERROR') {
    // Typed errors of other libraries (the event store's CONCURRENCY_CONFLICT, ...).
    code = e.code;
    status = statusOf(code, 500);
    detail = typeof e.message === 'string' ? e.message : code;
  } else if (isDatabaseUnavailable(error)) {
    // Not a bug: the database is down or restarting. Clients retry after Retry-After (set by the filter).
    code = 'SERVICE_UNAVAILABLE';
    status = 503;
    detail = 'The database is unavailable right now; retry shortly.';
    extensions = { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS };
  } else {
    internal = true;
  }
  if (status >= 500 && code === 'INTERNAL_ERROR') detail = 'An unexpected error occurred; it has been logged.';
  return {
    problem: { type: problemType(code), title: titleFor(status), status, detail, code, instance, ...extensions },
    internal,
  };
}

/**
 * The one place where errors become HTTP answers: application/problem+json
 * (RFC 9457) with a stable `code`, no stack trace. Registered globally by createApp.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const path = (request.url ?? '/').split('?')[0]!;
    if (reply.sent) return;
    const { problem, internal } = toProblem(error, path);
    if (problem.code === 'ROUTE_NOT_FOUND') {
      // `/` has nothing of its own unless the dashboard is installed: the API's docs are the way in.
      if (path === '/' && (request.method === 'GET' || request.method === 'HEAD')) return void reply.redirect('/docs', 302);
      const allowed = allowedMethods(request.server, path);
      if (allowed.length > 0) {
        Object.assign(problem, {
          status: 405,
          title: titleFor(405),
          code: 'METHOD_NOT_ALLOWED',
          type: problemType('METHOD_NOT_ALLOWED'),
          detail: `${request.method} is not allowed on ${path}; it answers ${allowed.join(', ')}.`,
          allowed,
        });
        reply.header('allow', allowed.join(', '));
      }
    }
    problem.requestId = String(request.id);
    if (internal) this.logger.error({ err: error, requestId: request.id }, 'unhandled error');
    if (problem.status === 401) reply.header('www-authenticate', 'Bearer realm="sitrep"');
    if (problem.status === 503) reply.header('retry-after', String(problem.retryAfterSeconds ?? DATABASE_RETRY_AFTER_SECONDS));
    reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
