import { Body, Controller, HttpStatus, Post, Query, Req, Res } from '@nestjs/common';
import { REPORT_INPUT_PROBLEMS } from './report-input.problems.js';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { submitReportInputSchema } from '@sitrep/domain';
import { ApiProblem } from '../../../http/api-problem.decorator.js';
import { openApiSchemaOf } from '../../../http/openapi-schema.js';
import { ApiQueryOf } from '../../../http/query-schema.js';
import { HttpProblem } from '../../../http/http-problem.error.js';
import { isJsonMediaType, mediaTypeOf } from '../../../http/media-type.js';
import { commandMetadata } from '../../application/command-metadata.js';
import { SubmitReportCommand } from './submit-report.command.js';
import { SubmitReportResponseDto } from './submit-report.response.dto.js';

/** With text/plain the body is the text and the other fields of the report come as query parameters, checked by the body's schema. */
const TEXT_PLAIN_FIELDS = submitReportInputSchema.omit({ text: true });

/** Query parameters of a text/plain post become the report's metadata fields; repeated ones are an error. */
export function queryToFields(query: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query ?? {})) {
    if (key === 'text')
      throw new HttpProblem('UNKNOWN_FIELD', 'With text/plain the body is the text; "text" is not a query parameter.', {
        fields: ['text'],
      });
    if (Array.isArray(value)) throw new HttpProblem('INVALID_QUERY', `Query parameter "${key}" is given more than once.`, { field: key });
    fields[key] = value;
  }
  return fields;
}

/** A re-post changes nothing: say so when what was sent and what is stored disagree, or the report was retracted. */
function storedNotice(id: string, retracted: boolean, differences: readonly { field: string }[]): { notice?: string } {
  const parts: string[] = [];
  if (retracted) parts.push(`report ${id} was retracted; its events do not count`);
  if (differences.length > 0)
    parts.push(`the stored report keeps its own ${differences.map((d) => d.field).join(', ')} (correct it with PATCH /reports/${id})`);
  return parts.length ? { notice: `Already stored: ${parts.join('; ')}.` } : {};
}

@ApiTags('reports')
@Controller('reports')
export class SubmitReportHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({
    summary: 'Submit a report',
    description:
      'JSON `{text, publishedOn?, source?, url?, title?, language?}`, or the bare text as text/plain with the other fields as query parameters. ' +
      'The id is derived from the normalised text and source: posting the same report again answers 200 with the stored result.',
  })
  @ApiConsumes('application/json', 'text/plain')
  @ApiBody({
    required: true,
    schema: { oneOf: [openApiSchemaOf(submitReportInputSchema), { type: 'string', description: 'text/plain report text' }] },
  })
  @ApiQueryOf(TEXT_PLAIN_FIELDS)
  @ApiCreatedResponse({ type: SubmitReportResponseDto, description: 'A new report: its events were appended.' })
  @ApiOkResponse({ type: SubmitReportResponseDto, description: 'The report was already stored; nothing was written.' })
  @ApiProblem(400, ['MALFORMED_JSON', 'INVALID_QUERY'])
  @ApiProblem(413, ['REPORT_TOO_LARGE', 'PAYLOAD_TOO_LARGE'], 'text over 1 MiB; body over SITREP_BODY_LIMIT')
  @ApiProblem(415, ['UNSUPPORTED_MEDIA_TYPE'], 'not application/json or text/plain, or not UTF-8')
  @ApiProblem(422, REPORT_INPUT_PROBLEMS)
  @ApiProblem(
    503,
    ['EXTRACTOR_BUSY', 'EXTRACTOR_UNAVAILABLE'],
    'every extraction worker busy and the queue full, or shutting down; retry after Retry-After',
  )
  @ApiProblem(500, ['EXTRACTION_FAILED'], 'the extractor threw, crashed its worker twice or timed out on this report; nothing stored')
  async submit(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Body() body: unknown,
    @Query() query: Record<string, unknown>,
  ): Promise<SubmitReportResponseDto> {
    const type = mediaTypeOf(request);
    let raw: unknown;
    if (isJsonMediaType(type)) {
      raw = body;
    } else if (type === 'text/plain') {
      raw = { ...queryToFields(query), text: body ?? '' };
    } else {
      throw new HttpProblem(
        'UNSUPPORTED_MEDIA_TYPE',
        `POST /reports accepts application/json or text/plain, not ${type || 'a body without Content-Type'}.`,
      );
    }
    const command = SubmitReportCommand.from(raw, commandMetadata(String(request.id)));
    const { id, created, position, events, warnings, retracted, differences } = await this.commandBus.execute(command);
    reply.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    if (created) reply.header('location', `/reports/${id}`);
    if (created) return { id, position, events, warnings };
    return { id, position, events, warnings, retracted, differences, ...storedNotice(id, retracted ?? false, differences ?? []) };
  }
}
