import { Query } from '@nestjs/cqrs';
import { assertReportId } from '@sitrep/domain';
import type { ReportView } from './get-report.response.dto.js';

export class GetReportQuery extends Query<ReportView> {
  constructor(readonly reportId: string) {
    super();
    assertReportId(reportId);
  }
}
