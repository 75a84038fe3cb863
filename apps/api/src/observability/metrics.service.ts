import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The application's Prometheus registry. One instance per app (not the global
 * prom-client registry), so several apps in one test process do not collide.
 * Modules add their own metrics with `metrics.registry`.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'sitrep_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'sitrep_http_request_duration_seconds',
    help: 'HTTP request latency, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly eventsAppended = new Counter({
    name: 'sitrep_events_appended_total',
    help: 'Events appended to the event store, by event type.',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  readonly reportsSubmitted = new Counter({
    name: 'sitrep_reports_submitted_total',
    help: 'SubmitReport commands, by outcome (created, existing, failed).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly extractionDuration = new Histogram({
    name: 'sitrep_extraction_duration_seconds',
    help: 'Time to extract one report; with the worker pool, including the wait for a free worker.',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'sitrep_' });
  }
}
