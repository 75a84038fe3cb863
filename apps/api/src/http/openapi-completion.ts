import { getSchemaPath } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ProblemDetailsDto } from './api-problem.decorator.js';

type Operation = {
  parameters?: { name: string; in: string; schema?: Record<string, unknown> }[];
  responses: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
  requestBody?: unknown;
  security?: unknown[];
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * The errors every operation can answer whatever its controller says: they
 * come from cross-cutting layers (the query-parameter guard, the database
 * breaker, the body parsers, the rate limit, waitFor), so they are added to the
 * document here, in one place, rather than repeated on every route.
 */
function crossCuttingProblems(method: string, op: Operation): [number, string[], string][] {
  const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
  const out: [number, string[], string][] = [
    [400, ['UNKNOWN_PARAMETER'], 'a query parameter this operation does not take (the answer lists the allowed ones)'],
    [500, ['INTERNAL_ERROR'], 'logged with the request id; no detail is sent'],
    [503, ['SERVICE_UNAVAILABLE'], 'the database does not answer; retry after Retry-After'],
  ];
  if (query.length > 0)
    out.push([422, ['INVALID_QUERY_PARAMETER'], 'a query parameter with a value it does not take (the answer names the accepted ones)']);
  if (query.includes('waitFor') || query.includes('asOf'))
    out.push([504, ['WAIT_FOR_TIMEOUT'], 'the projections did not reach the position in time']);
  if (method !== 'get') {
    out.push([429, ['RATE_LIMITED'], 'over SITREP_WRITE_RATE_LIMIT; retry after Retry-After']);
    if (op.requestBody) {
      out.push([413, ['PAYLOAD_TOO_LARGE'], 'body over SITREP_BODY_LIMIT']);
      out.push([415, ['UNSUPPORTED_MEDIA_TYPE'], 'a media type this operation does not take (the answer lists the accepted ones)']);
      out.push([400, ['MALFORMED_JSON'], 'the body is not JSON']);
    }
  }
  if (op.security?.length) {
    out.push([401, ['ADMIN_TOKEN_REQUIRED'], 'no bearer token']);
    out.push([403, ['ADMIN_TOKEN_INVALID', 'ADMIN_DISABLED'], 'wrong token, or SITREP_ADMIN_TOKEN unset']);
  }
  return out;
}

/** The codes a response documents: the leading `CODE, CODE —` of its description. */
export const documentedCodes = (response: { description?: string } | undefined): string[] =>
  (response?.description ?? '')
    .split(' — ')[0]!
    .split(/[,/ ]+/)
    .filter((w) => /^[A-Z][A-Z0-9_]{2,}$/.test(w));

function addProblem(op: Operation, status: number, codes: string[], why: string): void {
  const key = String(status);
  const existing = op.responses[key];
  const known = documentedCodes(existing);
  const missing = codes.filter((c) => !known.includes(c));
  if (existing?.content?.['application/problem+json'] && missing.length === 0) return;
  // What the existing description says beyond its codes, then the new reason.
  const said = existing?.description ? (known.length ? existing.description.split(' — ').slice(1).join(' — ') : existing.description) : '';
  const reasons = [...new Set([said, why].filter((r) => r && !/^[A-Z0-9_, /]+$/.test(r)))];
  op.responses[key] = {
    description: `${[...known, ...missing].join(', ')}${reasons.length ? ` — ${reasons.join('; ')}` : ''}`,
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
  };
}

/**
 * Completes the generated document: the cross-cutting error answers on every
 * operation, problem+json bodies on every error answer, and a plain bearer
 * admin scheme (Nest's default calls it a JWT; the admin token is an opaque string).
 */
export function completeOpenApi(document: OpenAPIObject): OpenAPIObject {
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = (operations as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      for (const [status, codes, why] of crossCuttingProblems(method, op)) addProblem(op, status, codes, why);
      for (const [status, response] of Object.entries(op.responses)) {
        // /health answers its own report when the database is down, not a problem.
        if (path === '/health' && status === '503') continue;
        if (Number(status) >= 400 && !response.content?.['application/problem+json']) {
          response.content = undefined;
          addProblem(op, Number(status), documentedCodes(response), response.description ?? '');
        }
      }
    }
  }
  const admin = document.components?.securitySchemes?.admin as Record<string, unknown> | undefined;
  if (admin) delete admin.bearerFormat;
  return document;
}
