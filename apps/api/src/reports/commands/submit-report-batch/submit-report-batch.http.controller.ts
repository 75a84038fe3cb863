import { Controller, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiProblem } from '../../../http/api-problem.decorator.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import type { SitrepConfig } from '@sitrep/config';
import { eagerBody } from '../../../http/eager-body.js';
import { HttpProblem } from '../../../http/http-problem.error.js';
import { CONFIG } from '../../../infrastructure/tokens.js';
import { mediaTypeOf } from '../../../http/media-type.js';
import { BATCH_LIMITS, submitReportBatch } from './submit-report-batch.js';

const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/jsonlines'];

@ApiTags('reports')
@Controller('reports')
export class SubmitReportBatchHttpController {
  private readonly logger = new Logger(SubmitReportBatchHttpController.name);

  constructor(
    private readonly commandBus: CommandBus,
    @Inject(CONFIG) private readonly config: SitrepConfig,
  ) {}

  @Post('batch')
  @ApiOperation({
    summary: 'Submit many reports as ndjson',
    description:
      `One JSON report per line (the POST /reports body). The answer streams one ndjson line per report as it is stored — ` +
      `{line, status, id, created, position, events} or {line, status, error: problem} — then {summary}. ` +
      `At most ${BATCH_LIMITS.maxReports} reports per batch.`,
  })
  @ApiConsumes('application/x-ndjson')
  @ApiProduces('application/x-ndjson')
  @ApiBody({ schema: { type: 'string', example: '{"text":"...","publishedOn":"2022-09-13"}\n{"text":"..."}\n' } })
  @ApiOkResponse({
    description:
      'Streamed ndjson results, one line per report ({line, status, id, position, events} or {line, status, error}), then a summary line.',
    content: {
      'application/x-ndjson': {
        schema: {
          type: 'string',
          example:
            '{"line":1,"status":201,"id":"…","position":77,"events":[…]}\n{"summary":{"lines":1,"created":1,"existing":0,"failed":0,"truncated":false}}\n',
        },
      },
    },
  })
  @ApiProblem(413, ['BATCH_TOO_LARGE', 'REPORT_TOO_LARGE'], 'over 1000 reports; a line over the size limit')
  @ApiProblem(415, ['UNSUPPORTED_MEDIA_TYPE'])
  async submitBatch(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const type = mediaTypeOf(request);
    if (!NDJSON_TYPES.includes(type)) {
      throw new HttpProblem(
        'UNSUPPORTED_MEDIA_TYPE',
        `POST /reports/batch accepts application/x-ndjson, not ${type || 'a body without Content-Type'}.`,
      );
    }
    const body = eagerBody((request.body ?? []) as AsyncIterable<Buffer>, this.config.bodyLimit);
    const results = submitReportBatch(this.commandBus, body, { correlationId: String(request.id), instance: '/reports/batch' });
    const logger = this.logger;
    const lines = Readable.from(
      (async function* () {
        try {
          for await (const result of results) yield `${JSON.stringify(result)}\n`;
        } catch (error) {
          // Only a broken request stream gets here: every line's own failure is already an answer line.
          logger.warn({ err: error, requestId: request.id }, 'batch aborted');
        }
      })(),
    );
    await reply.status(200).header('content-type', 'application/x-ndjson; charset=utf-8').header('cache-control', 'no-store').send(lines);
  }
}
