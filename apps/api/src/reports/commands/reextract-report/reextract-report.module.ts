import { Module } from '@nestjs/common';
import { AdminTokenGuard } from '../../../http/admin-token.guard.js';
import { ReportsModule } from '../../reports.module.js';
import { ReextractReportHandler } from './reextract-report.handler.js';
import { ReextractReportHttpController } from './reextract-report.http.controller.js';
import { ReextractReportsHandler } from './reextract-reports.handler.js';

/** `POST /reports/:id/reextract` (admin) and the ReextractReport command, also used by `sitrep reextract`; ReextractReports for `--all`. */
@Module({
  imports: [ReportsModule],
  controllers: [ReextractReportHttpController],
  providers: [ReextractReportHandler, ReextractReportsHandler, AdminTokenGuard],
})
export class ReextractReportModule {}
