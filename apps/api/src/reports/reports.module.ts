import { Logger, Module } from '@nestjs/common';
import type { SitrepConfig } from '@sitrep/config';
import { CONFIG } from '../infrastructure/tokens.js';
import { MetricsService } from '../observability/metrics.service.js';
import { InProcessExtractor } from './application/extractor.adapter.js';
import { ExtractionPool } from './application/extraction-pool/extraction-pool.js';
import {
  extractionPoolOptions,
  extractionWorkerFile,
  registerExtractionPoolMetrics,
  WorkerPoolExtractor,
} from './application/extraction-pool/worker-pool.extractor.js';
import { REPORT_EXTRACTOR, REPORT_EXTRACTOR_OVERRIDE, type ReportExtractor } from './application/extractor.port.js';
import { RetractReportHandler } from './commands/retract-report/retract-report.handler.js';
import { RetractReportHttpController } from './commands/retract-report/retract-report.http.controller.js';
import { SubmitReportBatchHttpController } from './commands/submit-report-batch/submit-report-batch.http.controller.js';
import { SubmitReportHandler } from './commands/submit-report/submit-report.handler.js';
import { SubmitReportHttpController } from './commands/submit-report/submit-report.http.controller.js';
import { GetReportHandler } from './queries/get-report/get-report.handler.js';
import { CorrectReportHandler } from './commands/correct-report/correct-report.handler.js';
import { CorrectReportHttpController } from './commands/correct-report/correct-report.http.controller.js';
import { GetReportHttpController } from './queries/get-report/get-report.http.controller.js';
import { PreviewExtractionHttpController } from './queries/preview-extraction/preview-extraction.http.controller.js';
import { AdminTokenGuard } from '../http/admin-token.guard.js';

/**
 * The extractor of this process: a worker-thread pool (SITREP_EXTRACTOR_WORKERS,
 * default one per core), or in-process when that is 0 or no built worker script
 * exists (sources run without a build).
 */
function createExtractor(config: SitrepConfig, metrics: MetricsService): ReportExtractor {
  const logger = new Logger('Extraction');
  if (config.extractorWorkers === 0) return new InProcessExtractor();
  const workerFile = extractionWorkerFile();
  if (!workerFile) {
    logger.warn('no built extraction.worker.js (run the build): extracting on the event loop');
    return new InProcessExtractor();
  }
  const pool = new ExtractionPool(extractionPoolOptions(config, workerFile, (m) => logger.warn(m)));
  pool.start();
  registerExtractionPoolMetrics(metrics, pool);
  return new WorkerPoolExtractor(pool);
}

/** The write side: submitting, retracting and reading back reports. */
@Module({
  controllers: [
    // batch before :id routes so /reports/batch is never read as an id
    SubmitReportBatchHttpController,
    SubmitReportHttpController,
    RetractReportHttpController,
    CorrectReportHttpController,
    GetReportHttpController,
    PreviewExtractionHttpController,
  ],
  providers: [
    {
      provide: REPORT_EXTRACTOR,
      inject: [CONFIG, MetricsService, { token: REPORT_EXTRACTOR_OVERRIDE, optional: true }],
      useFactory: (config: SitrepConfig, metrics: MetricsService, override?: ReportExtractor) =>
        override ?? createExtractor(config, metrics),
    },
    SubmitReportHandler,
    RetractReportHandler,
    CorrectReportHandler,
    GetReportHandler,
    AdminTokenGuard,
  ],
  exports: [REPORT_EXTRACTOR],
})
export class ReportsModule {}
