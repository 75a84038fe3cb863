import type { CallHandler, ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { lastValueFrom, Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { ReadCache } from './read-cache.js';
import { ReadCacheInterceptor } from './read-cache.interceptor.js';
import type { ReadCacheService, ServingCheckpoints } from './read-cache.service.js';

/** The interceptor over fakes of its request, handler and checkpoints (the HTTP behaviour is in test/queries/read-cache.e2e-spec.ts). */
function setup() {
  let position = 10;
  const outcomes: string[] = [];
  const reads = {
    cache: new ReadCache(1 << 20),
    servingCheckpoints: async (): Promise<ServingCheckpoints> => new Map([['incidents', { build: 1, position }]]),
    count: (_route: string, outcome: string) => outcomes.push(outcome),
  } as unknown as ReadCacheService;
  const reflector = { getAllAndOverride: () => ['incidents'] } as unknown as Reflector;
  const interceptor = new ReadCacheInterceptor(reflector, reads);
  const context = (query: Record<string, string>) =>
    ({
      switchToHttp: () => ({
        getRequest: () => ({ method: 'GET', routeOptions: { url: '/incidents' }, params: {}, query }),
        getResponse: () => ({ header: () => undefined }),
      }),
      getHandler: () => undefined,
      getClass: () => undefined,
    }) as unknown as ExecutionContext;
  let queries = 0;
  /** A handler that answers after a tick, so concurrent requests overlap. */
  const handler = (answer: () => unknown): CallHandler => ({
    handle: () =>
      new Observable((subscriber) => {
        queries++;
        setTimeout(() => {
          try {
            subscriber.next(answer());
            subscriber.complete();
          } catch (error) {
            subscriber.error(error);
          }
        }, 10);
      }),
  });
  const call = async (query: Record<string, string>, h: CallHandler) => {
    const answer = await lastValueFrom(await interceptor.intercept(context(query), h));
    return Buffer.isBuffer(answer) ? answer.toString() : answer;
  };
  return { call, handler, outcomes, queries: () => queries, move: () => position++ };
}

describe('ReadCacheInterceptor', () => {
  it('answers concurrent misses for the same answer with one query, then from memory', async () => {
    const t = setup();
    const h = t.handler(() => ({ items: [1, 2] }));
    const answers = await Promise.all(Array.from({ length: 5 }, () => t.call({ location: 'am' }, h)));
    expect(answers).toEqual(Array(5).fill('{"items":[1,2]}'));
    expect(t.queries()).toBe(1);
    expect(await t.call({ location: 'am', waitFor: '7' }, h)).toBe('{"items":[1,2]}');
    expect(t.queries()).toBe(1);
    expect(t.outcomes).toEqual(['miss', 'miss', 'miss', 'miss', 'miss', 'hit']);
  });

  it('queries again once the checkpoint moved', async () => {
    const t = setup();
    let n = 0;
    const h = t.handler(() => ({ n: ++n }));
    expect(await t.call({}, h)).toBe('{"n":1}');
    t.move();
    expect(await t.call({}, h)).toBe('{"n":2}');
    expect(await t.call({}, h)).toBe('{"n":2}');
    expect(t.queries()).toBe(2);
  });

  it('passes an error to every request that shared the query, caches nothing, and queries again next time', async () => {
    const t = setup();
    let fail = true;
    const h = t.handler(() => {
      if (fail) throw new Error('INCIDENT_NOT_FOUND');
      return { ok: true };
    });
    const results = await Promise.allSettled([t.call({ id: 'x' }, h), t.call({ id: 'x' }, h)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await t.call({ id: 'x' }, h)).toBe('{"ok":true}');
    expect(t.queries()).toBe(2);
  });

  it('bypasses the cache when waitFor is ahead of the checkpoints', async () => {
    const t = setup();
    const h = t.handler(() => ({ items: [] }));
    expect(await t.call({ waitFor: '11' }, h)).toEqual({ items: [] });
    expect(t.outcomes).toEqual(['bypass']);
  });
});
