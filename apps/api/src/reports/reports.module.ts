import { Module } from '@nestjs/common';
import { InProcessExtractor } from './application/extractor.adapter.js';
import { REPORT_EXTRACTOR, REPORT_EXTRACTOR_OVERRIDE, type ReportExtractor } from './application/extractor.port.js';
import { RetractReportHandler } from './commands/retract-report/retract-report.handler.js';
import { RetractReportHttpController } from './commands/retract-report/retract-report.http.controller.js';
import { SubmitReportBatchHttpController } from './commands/submit-report-batch/submit-report-batch.http.controller.js';
import { SubmitReportHandler } from './commands/submit-report/submit-report.handler.js';
import { SubmitReportHttpController } from './commands/submit-report/submit-report.http.controller.js';
import { GetReportHandler } from './queries/get-report/get-report.handler.js';
import { GetReportHttpController } from './queries/get-report/get-report.http.controller.js';
import { AdminTokenGuard } from '../http/admin-token.guard.js';

/** The write side: submitting, retracting and reading back reports. */
@Module({
  controllers: [
    // batch before :id routes so /reports/batch is never read as an id
    SubmitReportBatchHttpController,
    SubmitReportHttpController,
    RetractReportHttpController,
    GetReportHttpController,
  ],
  providers: [
    {
      provide: REPORT_EXTRACTOR,
      inject: [{ token: REPORT_EXTRACTOR_OVERRIDE, optional: true }],
      useFactory: (override?: ReportExtractor) => override ?? new InProcessExtractor(),
    },
    SubmitReportHandler,
    RetractReportHandler,
    GetReportHandler,
    AdminTokenGuard,
  ],
  exports: [REPORT_EXTRACTOR],
})
export class ReportsModule {}
