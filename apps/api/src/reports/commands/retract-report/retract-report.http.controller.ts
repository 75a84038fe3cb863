import { Body, Controller, HttpCode, HttpStatus, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblem } from '../../../http/api-problem.decorator.js';
import type { FastifyRequest } from 'fastify';
import { AdminOnly } from '../../../http/admin-token.guard.js';
import { HttpProblem } from '../../../http/http-problem.error.js';
import { isJsonMediaType, mediaTypeOf } from '../../../http/media-type.js';
import { commandMetadata } from '../../application/command-metadata.js';
import { SubmitReportResponseDto } from '../submit-report/submit-report.response.dto.js';
import { RetractReportCommand } from './retract-report.command.js';
import { RetractReportRequestDto } from './retract-report.request.dto.js';

@ApiTags('reports')
@Controller('reports')
export class RetractReportHttpController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':id/retract')
  @HttpCode(HttpStatus.OK)
  @AdminOnly()
  @ApiOperation({
    summary: 'Retract a report (admin)',
    description: 'Appends ReportRetracted: the report stays in the history but its events stop counting in every projection.',
  })
  @ApiOkResponse({ type: SubmitReportResponseDto })
  @ApiProblem(404, ['REPORT_NOT_FOUND', 'INVALID_REPORT_ID'])
  @ApiProblem(409, ['REPORT_ALREADY_RETRACTED'])
  @ApiProblem(422, ['INVALID_FIELD', 'UNKNOWN_FIELD', 'FIELD_TOO_LONG', 'INVALID_BODY'])
  async retract(
    @Req() request: FastifyRequest,
    @Param('id') id: string,
    @Body() body: RetractReportRequestDto,
  ): Promise<SubmitReportResponseDto> {
    if (!isJsonMediaType(mediaTypeOf(request))) {
      throw new HttpProblem('UNSUPPORTED_MEDIA_TYPE', 'A retraction is application/json: {"reason": "..."}.');
    }
    const command = RetractReportCommand.from(id, body as unknown, commandMetadata(String(request.id)));
    return this.commandBus.execute(command);
  }
}
