import { setTimeout as sleep } from 'node:timers/promises';
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
import { catchError, type Observable, throwError } from 'rxjs';
import { READ_SOURCE_HEADER, type ReadRoute, ReadRouter, type ReadSource } from '../../infrastructure/read-router.js';
import { READ_ROUTER } from '../../infrastructure/tokens.js';
import { z } from 'zod';
import { ApiQueryOf, parseQuery, query as field } from '../../http/query-schema.js';
import { SqlProjectionPositions } from './sql-projection-positions.js';
import { PROJECTION_POSITIONS, type ProjectionPositions, WAIT_FOR_OPTIONS, type WaitForOptions } from './projection-positions.port.js';
import { WaitForTimeoutError } from './wait-for-timeout.error.js';
import { waitUntilPosition } from './wait-until-position.js';

const WAIT_FOR_PROJECTIONS = 'sitrep:wait-for-projections';

const waitForQuery = (projections: readonly string[]) =>
  z.object({
    waitFor: field
      .position()
      .describe(`Answer only once the ${projections.join(', ')} projection(s) applied this global position (read-your-writes).`),
    waitTimeout: field.position().describe('Milliseconds to wait for `waitFor` (capped).'),
  });

/** What the interceptor reads; the route's own schema reads the rest of the query. */
const WAIT_FOR_QUERY = waitForQuery([]);

/**
 * Read-your-writes for a query endpoint: with `?waitFor=POSITION` (the
 * `position` that `POST /reports` answered), the handler runs only once every
 * named projection has applied that position, or the request fails with
 * 504 `WAIT_FOR_TIMEOUT` after `waitTimeout` ms (default 5000, capped).
 *
 * With a read replica (DATABASE_READ_URL) the request reads there, and a
 * `waitFor` first waits (at most SITREP_REPLICA_WAIT_MS) for the replica's own
 * checkpoints to reach that position — a checkpoint commits with its
 * projection's rows, so a replica that has replayed it holds them too. A
 * replica still behind then hands the request to the primary. Either way the
 * answer says where it came from: `Sitrep-Read-Source: replica | primary`.
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
    ApiQueryOf(waitForQuery(projections)),
  );

@Injectable()
export class WaitForInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(PROJECTION_POSITIONS) private readonly positions: ProjectionPositions,
    @Inject(WAIT_FOR_OPTIONS) private readonly options: WaitForOptions,
    @Inject(READ_ROUTER) private readonly router: ReadRouter,
  ) {
    this.replicaPositions = router.replica ? new SqlProjectionPositions(router.replica) : null;
  }

  private readonly replicaPositions: SqlProjectionPositions | null;

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<{ query?: Record<string, unknown> }>();
    // The response, not the request: a request's 'close' fires once its body is read.
    const reply = http.getResponse<{ raw?: NodeJS.EventEmitter; header?: (name: string, value: string) => unknown }>();
    const response = reply.raw;
    const query = request.query ?? {};
    const { waitFor, waitTimeout: requested } = parseQuery(WAIT_FOR_QUERY, query);
    const route: ReadRoute = {
      source: this.router.preferred,
      onChange: (source) => reply.header?.(READ_SOURCE_HEADER, source),
    };
    reply.header?.(READ_SOURCE_HEADER, route.source);
    if (waitFor !== undefined && waitFor !== 0) {
      const timeoutMs = Math.min(requested ?? this.options.defaultTimeoutMs, this.options.maxTimeoutMs);
      const projections =
        this.reflector.getAllAndOverride<string[] | undefined>(WAIT_FOR_PROJECTIONS, [context.getHandler(), context.getClass()]) ?? [];
      // A client that hangs up stops the polling.
      const gone = new AbortController();
      const onClose = () => gone.abort();
      response?.once('close', onClose);
      try {
        const started = performance.now();
        if (route.source === 'replica' && (await this.sourceFor(projections, waitFor, timeoutMs, gone.signal)) !== 'replica') {
          route.source = 'primary';
          route.onChange?.('primary');
        }
        if (route.source === 'primary') {
          for (const projection of projections) {
            const left = Math.max(0, timeoutMs - (performance.now() - started));
            const outcome = await waitUntilPosition(() => this.positions.position(projection), waitFor, {
              timeoutMs: left,
              signal: gone.signal,
            });
            if (!outcome.reached) throw new WaitForTimeoutError(projection, waitFor, outcome.position, timeoutMs);
          }
        }
      } finally {
        response?.off('close', onClose);
      }
    }
    // next.handle() binds the async context it is called in: the handler's reads see this route.
    return this.router
      .run(route, () => next.handle())
      .pipe(
        catchError((error: unknown) => {
          // A replica that fails mid-request: the same request again, on the primary.
          if (route.source !== 'replica' || !this.router.replicaFailed(error)) return throwError(() => error);
          route.source = 'primary';
          route.onChange?.('primary');
          return this.router.run(route, () => next.handle());
        }),
      );
  }

  /**
   * Where a `waitFor` read can be answered first: the replica once its own checkpoints
   * have reached the position; the primary once it has had the position for
   * SITREP_REPLICA_WAIT_MS while the replica still lacks it (replay lag, a paused
   * or failed replica); null when neither has it in `timeoutMs`. While the
   * projections themselves are behind, both are, and the replica is still preferred.
   */
  private async sourceFor(
    projections: readonly string[],
    position: number,
    timeoutMs: number,
    signal: AbortSignal,
  ): Promise<ReadSource | null> {
    const replica = this.replicaPositions!;
    const started = performance.now();
    let primarySince: number | null = null;
    let interval = 5;
    for (;;) {
      try {
        if (await reachedAll(replica, projections, position)) return 'replica';
      } catch (error) {
        this.router.replicaFailed(error);
        return 'primary';
      }
      const now = performance.now();
      if (primarySince === null && (await reachedAll(this.positions, projections, position))) primarySince = now;
      if (primarySince !== null && now - primarySince >= this.router.replicaWaitMs) return 'primary';
      if (now - started >= timeoutMs || signal.aborted) return primarySince === null ? null : 'primary';
      await sleep(Math.min(interval, timeoutMs - (now - started)), undefined, { signal }).catch(() => undefined);
      interval = Math.min(interval * 2, 100);
    }
  }
}

async function reachedAll(positions: ProjectionPositions, projections: readonly string[], position: number): Promise<boolean> {
  for (const projection of projections) if ((await positions.position(projection)) < position) return false;
  return true;
}
