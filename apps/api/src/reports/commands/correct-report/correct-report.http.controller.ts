import { Body, Controller, HttpCode, HttpStatus, Param, Patch, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { metadataCorrectionSchema } from '@sitrep/domain';
import { AdminOnly } from '../../../http/admin-token.guard.js';
import { ApiProblem } from '../../../http/api-problem.decorator.js';
import { HttpProblem } from '../../../http/http-problem.error.js';
import { isJsonMediaType, mediaTypeOf } from '../../../http/media-type.js';
import { openApiSchemaOf } from '../../../http/openapi-schema.js';
import { commandMetadata } from '../../application/command-metadata.js';
import { CorrectReportCommand, type CorrectReportResult } from './correct-report.command.js';

class MetadataFieldsDto {
  @ApiPropertyOptional({ nullable: true, type: String }) publishedOn?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) source?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) url?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) title?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) language?: string | null;
}

class CorrectReportResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['corrected', 'unchanged'] }) outcome!: 'corrected' | 'unchanged';
  @ApiProperty({ type: MetadataFieldsDto }) changes!: MetadataFieldsDto;
  @ApiProperty({ type: MetadataFieldsDto }) previous!: MetadataFieldsDto;
  @ApiProperty({ description: 'The text was extracted again (publishedOn, source or language changed)' }) reextracted!: boolean;
  @ApiProperty({ description: 'Global position of the last event written; pass as ?waitFor=' }) position!: number;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) events!: unknown[];
}

@ApiTags('reports')
@Controller('reports')
export class CorrectReportHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Patch(':id')
  @HttpCode(HttpStatus.OK)
  @AdminOnly()
  @ApiOperation({
    summary: 'Correct a report’s metadata (admin)',
    description:
      'Appends ReportMetadataCorrected (the history keeps the old values). A corrected publishedOn, source or language re-extracts the text ' +
      '(ReportReextracted in the same append), so incidents and figures follow. Sending the stored values again writes nothing.',
  })
  @ApiBody({ schema: openApiSchemaOf(metadataCorrectionSchema) })
  @ApiOkResponse({ type: CorrectReportResponseDto })
  @ApiProblem(404, ['REPORT_NOT_FOUND', 'INVALID_REPORT_ID'])
  @ApiProblem(409, ['REPORT_ALREADY_RETRACTED', 'CONCURRENCY_CONFLICT'])
  @ApiProblem(415, ['UNSUPPORTED_MEDIA_TYPE'])
  @ApiProblem(422, [
    'INVALID_BODY',
    'UNKNOWN_FIELD',
    'INVALID_FIELD',
    'FIELD_TOO_LONG',
    'INVALID_DATE',
    'PUBLISHED_IN_FUTURE',
    'INVALID_URL',
    'INVALID_LANGUAGE',
  ])
  correct(@Req() request: FastifyRequest, @Param('id') id: string, @Body() body: unknown): Promise<CorrectReportResult> {
    if (!isJsonMediaType(mediaTypeOf(request))) {
      throw new HttpProblem('UNSUPPORTED_MEDIA_TYPE', 'A correction is application/json: {"publishedOn": "2022-09-13", "reason": "..."}.', {
        accepted: ['application/json'],
      });
    }
    return this.commandBus.execute(CorrectReportCommand.from(id, body as unknown, commandMetadata(String(request.id))));
  }
}
