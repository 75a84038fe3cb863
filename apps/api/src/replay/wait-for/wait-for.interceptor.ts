import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiQuery } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import { parsePosition } from '../query-params.js';
import { PROJECTION_POSITIONS, type ProjectionPositions, WAIT_FOR_OPTIONS, type WaitForOptions } from './projection-positions.port.js';
import { WaitForTimeoutError } from './wait-for-timeout.error.js';
import { waitUntilPosition } from './wait-until-position.js';

const WAIT_FOR_PROJECTIONS = 'sitrep:wait-for-projections';

/**
 * Read-your-writes for a query endpoint: with `?waitFor=POSITION` (the
 * `position` that `POST /reports` answered), the handler runs only once every
 * named projection has applied that position, or the request fails with
 * 504 `WAIT_FOR_TIMEOUT` after `waitTimeout` ms (default 5000, capped).
 *
 * ```ts
 * @Get('incidents')
 * @WaitFor('incidents')
 * list(@Query() q: ListIncidentsQuery) { ... }
 * ```
 */
export const WaitFor = (...projections: [string, ...string[]]) =>
  applyDecorators(
    SetMetadata(WAIT_FOR_PROJECTIONS, projections),
    UseInterceptors(WaitForInterceptor),
    ApiQuery({
      name: 'waitFor',
      required: false,
      type: Number,
      description: `Answer only once the ${projections.join(', ')} projection(s) applied this global position (read-your-writes).`,
    }),
    ApiQuery({ name: 'waitTimeout', required: false, type: Number, description: 'Milliseconds to wait for `waitFor` (capped).' }),
  );

@Injectable()
export class WaitForInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(PROJECTION_POSITIONS) private readonly positions: ProjectionPositions,
    @Inject(WAIT_FOR_OPTIONS) private readonly options: WaitForOptions,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<{ query?: Record<string, unknown> }>();
    // The response, not the request: a request's 'close' fires once its body is read.
    const response = http.getResponse<{ raw?: NodeJS.EventEmitter }>().raw;
    const query = request.query ?? {};
    const waitFor = parsePosition('waitFor', query.waitFor);
    const requested = parsePosition('waitTimeout', query.waitTimeout);
    if (waitFor === undefined || waitFor === 0) return next.handle();
    const timeoutMs = Math.min(requested ?? this.options.defaultTimeoutMs, this.options.maxTimeoutMs);
    const projections = this.reflector.getAllAndOverride<string[] | undefined>(WAIT_FOR_PROJECTIONS, [
      context.getHandler(),
      context.getClass(),
    ]);
    // A client that hangs up stops the polling.
    const gone = new AbortController();
    const onClose = () => gone.abort();
    response?.once('close', onClose);
    try {
      const started = performance.now();
      for (const projection of projections ?? []) {
        const left = Math.max(0, timeoutMs - (performance.now() - started));
        const outcome = await waitUntilPosition(() => this.positions.position(projection), waitFor, {
          timeoutMs: left,
          signal: gone.signal,
        });
        if (!outcome.reached) throw new WaitForTimeoutError(projection, waitFor, outcome.position, timeoutMs);
      }
    } finally {
      response?.off('close', onClose);
    }
    return next.handle();
  }
}
