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
import { moveRoute, READ_SOURCE_HEADER, ReadRouter, sourceOf } from '../../infrastructure/read-router.js';
import { READ_ROUTER } from '../../infrastructure/tokens.js';
import { z } from 'zod';
import { ApiQueryOf, parseQuery, query as field } from '../../http/query-schema.js';
import { SqlProjectionPositions } from './sql-projection-positions.js';
import { PROJECTION_POSITIONS, type ProjectionPositions, WAIT_FOR_OPTIONS, type WaitForOptions } from './projection-positions.port.js';
import { replicaFor, type ReplicaChoice } from './replica-for.js';
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
 * With read replicas (DATABASE_READ_URL) the request reads the next healthy
 * one in turn, and a `waitFor` first waits (at most SITREP_REPLICA_WAIT_MS once
 * the primary has the position) for that replica's own checkpoints to reach it
 * — a checkpoint commits with its projection's rows, so a replica that has
 * replayed it holds them too. A replica still behind then hands the request to
 * another replica that has the position already, or else to the primary. Either
 * way the answer says where it came from: `Sitrep-Read-Source: replica | primary`.
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
    const replicaPositions = new Map(router.replicas.map((r) => [r, new SqlProjectionPositions(r.db)]));
    this.choice = {
      primary: positions,
      positionsOf: (replica) => replicaPositions.get(replica)!,
      others: (except) => router.healthyReplicas(except),
      replicaWaitMs: router.replicaWaitMs,
      failed: (error, replica) => void router.replicaFailed(error, replica),
    };
  }

  private readonly choice: ReplicaChoice;

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<{ query?: Record<string, unknown> }>();
    // The response, not the request: a request's 'close' fires once its body is read.
    const reply = http.getResponse<{ raw?: NodeJS.EventEmitter; header?: (name: string, value: string) => unknown }>();
    const response = reply.raw;
    const query = request.query ?? {};
    const { waitFor, waitTimeout: requested } = parseQuery(WAIT_FOR_QUERY, query);
    const route = this.router.route((source) => reply.header?.(READ_SOURCE_HEADER, source));
    reply.header?.(READ_SOURCE_HEADER, sourceOf(route));
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
        if (route.replica) moveRoute(route, await replicaFor(this.choice, route.replica, projections, waitFor, timeoutMs, gone.signal));
        if (!route.replica) {
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
          if (!this.router.replicaFailed(error, route.replica)) return throwError(() => error);
          moveRoute(route, null);
          return this.router.run(route, () => next.handle());
        }),
      );
  }
}
