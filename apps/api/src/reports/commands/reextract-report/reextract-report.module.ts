import { Module } from '@nestjs/common';
import { AdminTokenGuard } from '../../../http/admin-token.guard.js';
import { ReportsModule } from '../../reports.module.js';
import { ReextractReportHandler } from './reextract-report.handler.js';
import { ReextractReportHttpController } from './reextract-report.http.controller.js';

/** `POST /reports/:id/reextract` (admin) and the ReextractReport command, also used by `sitrep reextract`. */
@Module({
  imports: [ReportsModule],
  controllers: [ReextractReportHttpController],
  providers: [ReextractReportHandler, AdminTokenGuard],
})
export class ReextractReportModule {}
