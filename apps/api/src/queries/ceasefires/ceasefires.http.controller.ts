import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { listCeasefires } from '@sitrep/projections';
import { WaitFor } from '../../replay/wait-for/wait-for.interceptor.js';
import { CachedRead } from '../shared/read-cache/read-cache.interceptor.js';
import { AsOfDto, IncidentSummaryDto } from '../incidents/incident.dto.js';
import { ReadModel } from '../shared/read-model.service.js';
import { ApiQueryOf, parseQuery } from '../../http/query-schema.js';
import { asOfQuery } from '../incidents/incident-list.query.js';

const CEASEFIRE_QUERY = asOfQuery();

class CeasefireDto extends IncidentSummaryDto {
  @ApiProperty({
    type: [String],
    description: 'The ceasefire incidents this entry stands for (one declaration reported on different days)',
  })
  incidentIds!: string[];
  @ApiProperty({
    type: [IncidentSummaryDto],
    description:
      'Violations alleged on or after it, in the area it covers (the same place or one inside it; for a border or the line of contact, ' +
      'any place in the countries or region it runs along), before the next ceasefire there',
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
  @ApiQueryOf(CEASEFIRE_QUERY)
  @ApiOkResponse({ type: CeasefireListDto })
  async list(@Query() q: Record<string, unknown>): Promise<CeasefireListDto> {
    const position = await this.read.asOfPosition(parseQuery(CEASEFIRE_QUERY, q).asOf);
    return {
      items: await listCeasefires(this.read.db, { chain: this.read.chain, directory: this.read.directory }, position),
      asOf: { position },
    };
  }
}
