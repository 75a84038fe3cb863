import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { listReports } from '@sitrep/projections';
import { ApiQueryOf, encodeCursor, parseQuery } from '../../http/query-schema.js';
import { WaitFor } from '../../replay/wait-for/wait-for.interceptor.js';
import { ReadModel } from '../shared/read-model.service.js';
import { REPORT_STATUSES, reportListQuery } from './report-list.query.js';

class ReportListItemDto {
  @ApiProperty({ example: '3f5c0e9a1b2d4c6e8f0a1b2c' }) id!: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: (typeof REPORT_STATUSES)[number];
  @ApiPropertyOptional({ nullable: true, type: String }) source!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) title!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) url!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) language!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) publishedOn!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) referenceDate!: string | null;
  @ApiProperty({ description: 'The first 200 characters of the text' }) excerpt!: string;
  @ApiProperty({ description: 'Global position of its submission' }) position!: number;
}

class ReportListDto {
  @ApiProperty({ type: [ReportListItemDto] }) items!: ReportListItemDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as ?cursor= for the next page; null on the last page' })
  nextCursor!: string | null;
}

@ApiTags('reports')
@Controller('reports')
export class ReportListHttpController {
  constructor(private readonly read: ReadModel) {}

  @Get()
  @WaitFor('incidents')
  @ApiOperation({ summary: 'Reports, newest publication first (undated last), with filters and keyset pagination' })
  @ApiQueryOf(reportListQuery)
  @ApiOkResponse({ type: ReportListDto })
  async list(@Query() q: Record<string, unknown>): Promise<ReportListDto> {
    const { cursor, ...filters } = parseQuery(reportListQuery, q);
    const page = await listReports(this.read.db, { ...filters, after: cursor });
    return { items: page.items, nextCursor: page.next ? encodeCursor([page.next.day, page.next.id]) : null };
  }
}
