import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiProblem } from '../../http/api-problem.decorator.js';
import { ApiQueryOf, parseQuery } from '../../http/query-schema.js';
import { WaitFor } from '../../replay/wait-for/wait-for.interceptor.js';
import { CachedRead } from '../shared/read-cache/read-cache.interceptor.js';
import { ReadModel } from '../shared/read-model.service.js';
import { incidentListQuery, incidentMapPage } from './incident-list.query.js';
import { AsOfDto } from './incident.dto.js';
import { INCIDENT_ROW_PROJECTIONS } from '../shared/incident-row-projections.js';

export const MAP_DEFAULT_LIMIT = 2000;
export const MAP_MAX_LIMIT = 10_000;

/** The list's filters with a larger default page and cap. */
const MAP_QUERY = incidentListQuery({ fallback: MAP_DEFAULT_LIMIT, max: MAP_MAX_LIMIT });

/** One incident as the map and list draw it: no place labels, party names or casualty table. */
export class IncidentMapRowDto {
  @ApiProperty({ example: 'inc-3f2a9c0d1e2b3a4c5d6e' }) id!: string;
  @ApiProperty({ enum: ['violence', 'ceasefire', 'ceasefire-violation', 'mobilization', 'assistance-request'] }) kind!: string;
  @ApiProperty({ type: [String], example: ['ShellingReported'] }) types!: string[];
  @ApiProperty({ example: '2022-09-13' }) dateFrom!: string;
  @ApiProperty({ example: '2022-09-14' }) dateTo!: string;
  @ApiProperty({ type: [String], example: ['am-jermuk'] }) placeIds!: string[];
  @ApiProperty({ type: [String], example: ['AM', 'AZ'] }) parties!: string[];
  @ApiProperty() eventCount!: number;
  @ApiProperty({ example: 'Shelling — Jermuk — 2022-09-13 — AM, AZ — 49 AM military killed' }) headline!: string;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Latitude of its most precise place with coordinates' }) lat!:
    number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Longitude of that place' }) lon!: number | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'The highest killed figure claimed for any victim side (running tolls left out); null when no figure is claimed',
  })
  fatalities!: number | null;
}

export class IncidentMapPageDto {
  @ApiProperty({ type: [IncidentMapRowDto] }) items!: IncidentMapRowDto[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Pass as ?cursor= for the next page' }) nextCursor!: string | null;
  @ApiProperty({ type: AsOfDto }) asOf!: AsOfDto;
}

/**
 * The dashboard draws every incident at once. A cursor is known only once its
 * page is in, so a second page waits for the first to arrive and be parsed on a
 * main thread busy drawing; this route answers the same filters and cursor as
 * `GET /incidents` in pages of up to 10,000 compact rows.
 */
@ApiTags('incidents')
@Controller('incidents/map')
export class IncidentMapHttpController {
  constructor(private readonly read: ReadModel) {}

  @Get()
  @CachedRead(...INCIDENT_ROW_PROJECTIONS)
  @WaitFor(...INCIDENT_ROW_PROJECTIONS)
  @ApiOperation({ summary: 'Every incident for the map: compact rows, the filters and paging of GET /incidents, larger pages' })
  @ApiQueryOf(MAP_QUERY)
  @ApiProblem(404, ['LOCATION_NOT_FOUND'], 'no place in the gazetteer has that id or name')
  @ApiOkResponse({ type: IncidentMapPageDto })
  async list(@Query() q: Record<string, unknown>): Promise<IncidentMapPageDto> {
    const query = parseQuery(MAP_QUERY, q);
    return incidentMapPage(this.read, query, this.read.placeIds(query.location));
  }
}
