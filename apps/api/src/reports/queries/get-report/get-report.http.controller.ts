import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblem } from '../../../http/api-problem.decorator.js';
import { GetReportQuery } from './get-report.query.js';
import { ReportView } from './get-report.response.dto.js';

@ApiTags('reports')
@Controller('reports')
export class GetReportHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'A report, its events and its retraction state' })
  @ApiParam({ name: 'id', description: '24 hex characters, as returned by POST /reports' })
  @ApiOkResponse({ type: ReportView })
  @ApiProblem(404, ['REPORT_NOT_FOUND', 'INVALID_REPORT_ID'])
  get(@Param('id') id: string): Promise<ReportView> {
    return this.queryBus.execute(new GetReportQuery(id));
  }
}
