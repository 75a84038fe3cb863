import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import { HttpProblem } from './http-problem.error.js';

interface DocumentedParameter {
  name?: string;
  in?: string;
}

/** The query parameters a route documents with `@ApiQuery` (its own and its controller's). */
export function documentedQueryParameters(reflector: Reflector, context: ExecutionContext): string[] {
  const documented = [
    ...(reflector.get<DocumentedParameter[] | undefined>(DECORATORS.API_PARAMETERS, context.getHandler()) ?? []),
    ...(reflector.get<DocumentedParameter[] | undefined>(DECORATORS.API_PARAMETERS, context.getClass()) ?? []),
  ];
  return [...new Set(documented.filter((p) => p.in === 'query' && p.name).map((p) => p.name!))];
}

/**
 * A misspelt parameter (`?loc=Jermuk`, `?types=` where `type=` is meant), if
 * ignored, gives an answer that looks right and is not. Every route
 * accepts exactly the query parameters its OpenAPI operation documents (its zod
 * query schema, through ApiQueryOf), so the document and the behaviour cannot
 * drift apart: anything else is 400 UNKNOWN_PARAMETER naming the allowed ones.
 */
@Injectable()
export class KnownQueryParametersInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  // An interceptor, not a guard: guards (the admin token) answer first, so an
  // unauthenticated caller learns nothing about an admin route's parameters.
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const query = context.switchToHttp().getRequest<{ query?: Record<string, unknown> }>().query ?? {};
      const given = Object.keys(query);
      if (given.length > 0) {
        const allowed = documentedQueryParameters(this.reflector, context);
        const unknown = given.filter((name) => !allowed.includes(name));
        if (unknown.length > 0) throw new UnknownQueryParameterError(unknown, allowed);
      }
    }
    return next.handle();
  }
}

export class UnknownQueryParameterError extends HttpProblem {
  constructor(unknown: string[], allowed: string[]) {
    const list = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
    super(
      'UNKNOWN_PARAMETER',
      `Unknown query parameter${unknown.length > 1 ? 's' : ''} ${list(unknown)}. ` +
        (allowed.length ? `This route accepts ${list(allowed)}.` : 'This route takes no query parameters.'),
      { parameters: unknown, allowed },
    );
  }
}
