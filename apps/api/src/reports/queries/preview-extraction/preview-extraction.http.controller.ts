import { Body, Controller, HttpCode, HttpStatus, Inject, Post, Req } from '@nestjs/common';
import { REPORT_INPUT_PROBLEMS } from '../../commands/submit-report/report-input.problems.js';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { parseSubmitReportInput, submitReportInputSchema } from '@sitrep/domain';
import type { ExtractionRecord } from '@sitrep/extraction';
import { ApiProblem } from '../../../http/api-problem.decorator.js';
import { HttpProblem } from '../../../http/http-problem.error.js';
import { openApiSchemaOf } from '../../../http/openapi-schema.js';
import { isJsonMediaType, mediaTypeOf } from '../../../http/media-type.js';
import { REPORT_EXTRACTOR, type ReportExtractor } from '../../application/extractor.port.js';

/**
 * What POST /reports would extract from a text, without storing anything: the
 * dashboard's form shows it before the report is posted. The same validation
 * as a submission and the same extractor (the worker pool), so the preview is
 * what would be stored — by this extractor version, today.
 */
@ApiTags('reports')
@Controller('extract')
export class PreviewExtractionHttpController {
  constructor(@Inject(REPORT_EXTRACTOR) private readonly extractor: ReportExtractor) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Extract a report without storing it (dry run)',
    description:
      'The body of POST /reports as JSON `{text, publishedOn?, source?, url?, title?, language?}`; the answer is the extraction record ' +
      '(report, events with their evidence spans, warnings) and the extractor version. Nothing is written.',
  })
  @ApiBody({ required: true, schema: openApiSchemaOf(submitReportInputSchema) })
  @ApiOkResponse({
    description: 'The extraction record, as libs/extraction returns it',
    schema: {
      type: 'object',
      required: ['extractorVersion', 'report', 'events'],
      properties: {
        extractorVersion: { type: 'string' },
        report: { type: 'object', additionalProperties: true },
        events: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: true,
            description: 'An event with `evidence: {text, start, end}` (offsets in the text)',
          },
        },
        warnings: { type: 'array', items: { type: 'string' } },
      },
    },
  })
  @ApiProblem(400, ['MALFORMED_JSON'])
  @ApiProblem(413, ['REPORT_TOO_LARGE', 'PAYLOAD_TOO_LARGE'], 'text over 1 MiB; body over SITREP_BODY_LIMIT')
  @ApiProblem(415, ['UNSUPPORTED_MEDIA_TYPE'], 'not application/json')
  @ApiProblem(422, REPORT_INPUT_PROBLEMS)
  @ApiProblem(503, ['EXTRACTOR_BUSY', 'EXTRACTOR_UNAVAILABLE'], 'every extraction worker busy and the queue full, or shutting down')
  @ApiProblem(500, ['EXTRACTION_FAILED'], 'the extractor threw, crashed its worker twice or timed out on this text')
  async preview(@Req() request: FastifyRequest, @Body() body: unknown): Promise<ExtractionRecord & { extractorVersion: string }> {
    const type = mediaTypeOf(request);
    if (!isJsonMediaType(type)) {
      throw new HttpProblem(
        'UNSUPPORTED_MEDIA_TYPE',
        `POST /extract accepts application/json, not ${type || 'a body without Content-Type'}.`,
      );
    }
    const input = parseSubmitReportInput(body, new Date().toISOString());
    const [record, extractorVersion] = await Promise.all([
      this.extractor.extract({ text: input.text, publishedOn: input.publishedOn, language: input.language, source: input.source }),
      this.extractor.version(),
    ]);
    return { extractorVersion, ...record };
  }
}
