import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { Counter, Gauge } from 'prom-client';
import type { SitrepConfig } from '@sitrep/config';
import type { ReadRouter, ReadSource } from '../../../infrastructure/read-router.js';
import { CONFIG, READ_ROUTER } from '../../../infrastructure/tokens.js';
import { MetricsService } from '../../../observability/metrics.service.js';
import { SqlProjectionPositions } from '../../../replay/wait-for/sql-projection-positions.js';
import { FreshRead } from './fresh-read.js';
import { ReadCache } from './read-cache.js';

export type ServingCheckpoints = Map<string, { build: number; position: number }>;

/**
 * The read cache of this process (null when SITREP_READ_CACHE_MB=0) and the
 * coalesced read of the projections' serving checkpoints that versions it.
 * Hits, misses and bypasses by route, entries, bytes and evictions are on /metrics.
 */
@Injectable()
export class ReadCacheService {
  readonly cache: ReadCache | null;
  /** One coalesced checkpoint read per database (the primary, each replica). */
  private readonly checkpoints = new Map<Kysely<any>, FreshRead<ServingCheckpoints>>();
  private readonly requests: Counter<'route' | 'outcome'>;

  constructor(
    @Inject(CONFIG) config: SitrepConfig,
    @Inject(READ_ROUTER) private readonly router: ReadRouter,
    metrics: MetricsService,
  ) {
    const cache = config.readCacheMb > 0 ? new ReadCache(config.readCacheMb * 1024 * 1024) : null;
    this.cache = cache;
    for (const db of [router.primary, ...router.replicas.map((r) => r.db)]) {
      const positions = new SqlProjectionPositions(db);
      this.checkpoints.set(db, new FreshRead(() => positions.servingCheckpoints()));
    }
    this.requests = new Counter({
      name: 'sitrep_read_cache_requests_total',
      help: 'Cacheable GETs by route and outcome: hit (answered from memory), miss (queried and stored), bypass (not cacheable: asOf a timestamp, waitFor ahead of the projections, cache off).',
      labelNames: ['route', 'outcome'] as const,
      registers: [metrics.registry],
    });
    new Gauge({
      name: 'sitrep_read_cache_entries',
      help: 'Answers held by the read cache.',
      registers: [metrics.registry],
      collect() {
        this.set(cache?.stats().entries ?? 0);
      },
    });
    new Gauge({
      name: 'sitrep_read_cache_bytes',
      help: 'Estimated memory held by the read cache (bounded by SITREP_READ_CACHE_MB).',
      registers: [metrics.registry],
      collect() {
        this.set(cache?.stats().bytes ?? 0);
      },
    });
    new Counter({
      name: 'sitrep_read_cache_evictions_total',
      help: 'Answers dropped from the read cache to stay within its memory bound.',
      registers: [metrics.registry],
      collect() {
        this.reset();
        this.inc(cache?.stats().evictions ?? 0);
      },
    });
  }

  /**
   * Where this request reads (its route's replica, or the primary): the database whose checkpoints version
   * its answer. An answer read there, or on the primary after that replica was found behind, is never older
   * than them (the primary is ahead of its replicas). Replicas replay the same WAL, so equal checkpoints on two
   * replicas mean the same rows, and an answer cached from one serves the other.
   */
  get versionSource(): ReadSource {
    return this.router.source;
  }

  /** The serving builds and checkpoints of this request's database, from a read that began after this call (see FreshRead). */
  servingCheckpoints(): Promise<ServingCheckpoints> {
    return this.checkpoints.get(this.router.db)!.read();
  }

  count(route: string, outcome: 'hit' | 'miss' | 'bypass'): void {
    this.requests.inc({ route, outcome });
  }
}
