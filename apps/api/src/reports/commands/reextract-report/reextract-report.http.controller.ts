import { Controller, HttpCode, HttpStatus, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiProblem } from '../../../http/api-problem.decorator.js';
import type { FastifyRequest } from 'fastify';
import { AdminOnly } from '../../../http/admin-token.guard.js';
import { ApiQueryOf, parseQuery, query } from '../../../http/query-schema.js';
import { commandMetadata } from '../../application/command-metadata.js';
import { ReextractReportCommand, type ReextractReportResult } from './reextract-report.command.js';

const REEXTRACT_QUERY = z.object({
  force: query.flag().describe('1 or true: re-extract even when the extractor version is unchanged'),
});

@ApiTags('reports')
@Controller('reports')
export class ReextractReportHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/reextract')
  @HttpCode(HttpStatus.OK)
  @AdminOnly()
  @ApiOperation({
    summary: 'Re-extract a report with the current extractor (admin)',
    description:
      "When the extractor version differs from the one behind the report's latest extraction, appends ReportReextracted and the new " +
      'extracted events to the report stream (expected version), superseding the old extraction; projections follow. ' +
      'The same version is a no-op answered with outcome "unchanged" and code REEXTRACTION_UNCHANGED.',
  })
  @ApiQueryOf(REEXTRACT_QUERY)
  @ApiOkResponse({
    description: 'Re-extracted, or unchanged (code REEXTRACTION_UNCHANGED)',
    schema: {
      type: 'object',
      required: ['id', 'outcome', 'extractorVersion', 'position', 'events'],
      properties: {
        id: { type: 'string' },
        outcome: { type: 'string', enum: ['reextracted', 'unchanged'] },
        code: { type: 'string', example: 'REEXTRACTION_UNCHANGED' },
        extractorVersion: { type: 'string' },
        previousExtractorVersion: { type: 'string' },
        extractionId: { type: 'string' },
        extractionNumber: { type: 'integer' },
        eventCount: { type: 'integer' },
        position: { type: 'integer' },
        events: { type: 'array', items: { type: 'object' } },
      },
    },
  })
  @ApiProblem(404, ['REPORT_NOT_FOUND', 'INVALID_REPORT_ID'])
  @ApiProblem(409, ['REPORT_ALREADY_RETRACTED', 'CONCURRENCY_CONFLICT'], 'retracted, or a conflict after retries')
  reextract(@Req() request: FastifyRequest, @Param('id') id: string, @Query() q: Record<string, unknown>): Promise<ReextractReportResult> {
    const { force } = parseQuery(REEXTRACT_QUERY, q);
    return this.commandBus.execute(new ReextractReportCommand(id, commandMetadata(String(request.id)), force));
  }
}
