import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, of, type Observable } from 'rxjs';
import { READ_SOURCE_HEADER } from '../../../infrastructure/read-router.js';
import { z } from 'zod';
import { query as field, queryViolation } from '../../../http/query-schema.js';
import { ReadCacheService, type ServingCheckpoints } from './read-cache.service.js';

const CACHED_READ_PROJECTIONS = 'sitrep:cached-read-projections';
const JSON_TYPE = 'application/json; charset=utf-8';
/** Parameters that change when an answer may be given, not what it is. */
const NOT_IN_KEY = new Set(['waitFor', 'waitTimeout']);
/** The two parameters that decide whether an answer may come from the cache, by the routes' own fields. */
const VERSIONING_QUERY = z.object({ asOf: field.asOf(), waitFor: field.position() });

/**
 * Answers a query GET from memory while the projections it reads have not
 * moved. The version of a cached answer is the serving build and checkpoint of
 * each named projection; `asOf` a position those checkpoints have passed is
 * history, versioned by build alone. Before a lookup the checkpoints are read
 * afresh (one shared read for concurrent requests, begun after this request
 * arrived), so an answer is never older than what the projections held when the
 * request came, and `waitFor` is honoured: a request whose `waitFor` is ahead of
 * the checkpoints bypasses the cache. Concurrent misses for the same answer and
 * version share one query. Not cached: `asOf` a timestamp, errors.
 *
 * Put it above `@WaitFor`: decorators apply bottom-up, so the wait then runs
 * first and the cache reads checkpoints that have reached `waitFor` (below it,
 * such a request would bypass the cache: correct, but never cached).
 *
 * ```ts
 * @Get(':id/casualties')
 * @CachedRead('incidents', 'casualties')
 * @WaitFor('incidents', 'casualties')
 * casualties(...) { ... }
 * ```
 */
export const CachedRead = (...projections: [string, ...string[]]) =>
  applyDecorators(SetMetadata(CACHED_READ_PROJECTIONS, projections), UseInterceptors(ReadCacheInterceptor));

@Injectable()
export class ReadCacheInterceptor implements NestInterceptor {
  /** Misses being answered, by key and version: concurrent requests for the same answer share one query. */
  private readonly pending = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly reads: ReadCacheService,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const route = request.routeOptions?.url ?? 'unmatched';
    const projections = this.reflector.getAllAndOverride<string[] | undefined>(CACHED_READ_PROJECTIONS, [
      context.getHandler(),
      context.getClass(),
    ]);
    const cache = this.reads.cache;
    const lookup = cache && projections && request.method === 'GET' ? await this.version(request, projections) : null;
    if (!cache || !lookup) {
      this.reads.count(route, 'bypass');
      return next.handle();
    }
    // A hit, or an answer shared with a request already asking, is as fresh as the checkpoints that version it;
    // a request that runs the query itself gets the header of its own route from @WaitFor.
    reply.header(READ_SOURCE_HEADER, this.reads.versionSource);
    const key = `${route} ${JSON.stringify(request.params ?? {})} ${canonicalQuery(request.query)}`;
    const hit = cache.get(key, lookup);
    if (hit !== undefined) {
      this.reads.count(route, 'hit');
      reply.header('content-type', JSON_TYPE);
      return of(hit);
    }
    this.reads.count(route, 'miss');
    const flight = `${key}\n${lookup}`;
    let answer = this.pending.get(flight);
    if (!answer) {
      answer = lastValueFrom(next.handle()).then((body: unknown) => {
        // A route may answer its JSON's bytes itself (the incident lists: incidents/incident-page.json.ts).
        const json = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
        cache.set(key, lookup, json);
        return json;
      });
      this.pending.set(flight, answer);
      const forget = () => this.pending.delete(flight);
      answer.then(forget, forget);
    }
    // An error (404, 504) reaches every request that shared the query, through the problem filter as usual.
    return from(
      answer.then((json) => {
        reply.header('content-type', JSON_TYPE);
        return json;
      }),
    );
  }

  /** The version an answer to this request would have, or null when it must not come from the cache. */
  private async version(request: FastifyRequest, projections: readonly string[]): Promise<string | null> {
    const parsed = queryViolation(VERSIONING_QUERY, (request.query ?? {}) as Record<string, unknown>);
    if (!parsed.ok) return null; // the handler (or WaitFor) answers the bad parameter
    const { asOf, waitFor } = parsed.value;
    if (asOf && !('position' in asOf)) return null; // a timestamp's position can still change near "now"
    let checkpoints: ServingCheckpoints;
    try {
      checkpoints = await this.reads.servingCheckpoints();
    } catch {
      return null; // the query itself will meet (and report) the same database trouble
    }
    const serving = projections.map((name) => ({ name, ...checkpoints.get(name) }));
    if (serving.some((s) => s.build === undefined || s.position === undefined)) return null;
    if (waitFor !== undefined && serving.some((s) => s.position! < waitFor)) return null;
    const history = asOf !== null && serving.every((s) => asOf.position <= s.position!);
    return serving.map((s) => (history ? `${s.name}:${s.build}` : `${s.name}:${s.build}@${s.position}`)).join(',');
  }
}

function canonicalQuery(query: unknown): string {
  const entries = Object.entries((query ?? {}) as Record<string, unknown>).filter(([k]) => !NOT_IN_KEY.has(k));
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}
