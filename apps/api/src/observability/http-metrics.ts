import type { FastifyInstance } from 'fastify';
import type { MetricsService } from './metrics.service.js';

/** Counts and times every answer by its route pattern (`/reports/:id`), so ids do not explode the label space. */
export function registerHttpMetrics(fastify: FastifyInstance, metrics: MetricsService): void {
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions?.url ?? 'unmatched';
    const labels = { method: request.method, route, status: String(reply.statusCode) };
    metrics.httpRequests.inc(labels);
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
  });
}
