import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiQuery, ApiTags } from '@nestjs/swagger';
import { listCeasefires } from '../../../../../libs/projections/src/ceasefires/ceasefires.query.js';
import { WaitFor } from '../../replay/wait-for/wait-for.interceptor.js';
import { CachedRead } from '../shared/read-cache/read-cache.interceptor.js';
import { AsOfDto, IncidentSummaryDto } from '../incidents/incident.dto.js';
import { ReadModel } from '../shared/read-model.service.js';
import { asOf } from '../shared/read-query-params.js';
import { AS_OF_QUERY } from '../incidents/incident-list.query.js';

class CeasefireDto extends IncidentSummaryDto {
  @ApiProperty({
    type: [IncidentSummaryDto],
    description: 'Violations alleged on or after it, in the area it covers, before the next ceasefire there',
  })
  violations!: IncidentSummaryDto[];
}

class CeasefireListDto {
  @ApiProperty({ type: [CeasefireDto] }) items!: CeasefireDto[];
  @ApiProperty({ type: AsOfDto }) asOf!: AsOfDto;
}

@ApiTags('ceasefires')
@Controller('ceasefires')
export class CeasefiresHttpController {
  constructor(private readonly read: ReadModel) {}

  @Get()
  @CachedRead('incidents')
  @WaitFor('incidents')
  @ApiOperation({ summary: 'Each ceasefire with the violations alleged after it, newest first' })
  @ApiQuery(AS_OF_QUERY)
  @ApiOkResponse({ type: CeasefireListDto })
  async list(@Query() q: Record<string, unknown>): Promise<CeasefireListDto> {
    const position = await this.read.asOfPosition(asOf(q.asOf));
    return { items: await listCeasefires(this.read.db, this.read.chain, position), asOf: { position } };
  }
}
