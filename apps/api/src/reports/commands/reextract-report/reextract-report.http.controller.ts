import { Controller, HttpCode, HttpStatus, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AdminOnly } from '../../../http/admin-token.guard.js';
import { InvalidQueryParameterError } from '../../../replay/query-params.js';
import { commandMetadata } from '../../application/command-metadata.js';
import { ReextractReportCommand, type ReextractReportResult } from './reextract-report.command.js';

function parseForce(raw: unknown): boolean {
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new InvalidQueryParameterError('force', raw, 'true or false');
}

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
  @ApiQuery({ name: 'force', required: false, type: Boolean, description: 'Re-extract even when the extractor version is unchanged' })
  @ApiOkResponse({ description: '{ id, outcome: "reextracted" | "unchanged", code?, extractorVersion, position, events }' })
  @ApiNotFoundResponse({ description: 'REPORT_NOT_FOUND / INVALID_REPORT_ID' })
  @ApiConflictResponse({ description: 'REPORT_ALREADY_RETRACTED, or CONCURRENCY_CONFLICT after retries' })
  reextract(@Req() request: FastifyRequest, @Param('id') id: string, @Query('force') force: unknown): Promise<ReextractReportResult> {
    return this.commandBus.execute(new ReextractReportCommand(id, commandMetadata(String(request.id)), parseForce(force)));
  }
}
