import { z } from 'zod';
import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { listLocations } from '@sitrep/projections';
import { WaitFor } from '../../replay/wait-for/wait-for.interceptor.js';
import { CachedRead } from '../shared/read-cache/read-cache.interceptor.js';
import { AsOfDto, IncidentPageDto } from '../incidents/incident.dto.js';
import { ReadModel } from '../shared/read-model.service.js';
import { AS_OF_DESCRIPTION, placeIncidentListQuery, incidentPage } from '../incidents/incident-list.query.js';
import { incidentPageJson, JSON_CONTENT_TYPE } from '../incidents/incident-page.json.js';
import { ApiQueryOf, DEFAULT_LIMIT, encodeCursor, MAX_LIMIT, parseQuery, query } from '../../http/query-schema.js';
import { ApiProblem } from '../../http/api-problem.decorator.js';
import { INCIDENT_ROW_PROJECTIONS } from '../shared/incident-row-projections.js';

const PLACE_INCIDENTS_QUERY = placeIncidentListQuery();
const LOCATION_LIST_QUERY = z.object({
  asOf: query.asOf().describe(AS_OF_DESCRIPTION),
  location: query.text().describe('Only this place (gazetteer id or English/Arabic name)'),
  limit: query.limit().describe(`Page size, default ${DEFAULT_LIMIT}, capped at ${MAX_LIMIT}`),
  cursor: query.locationCursor().describe('The `nextCursor` of the previous page'),
});

class LocationDto {
  @ApiProperty({ example: 'am-jermuk' }) id!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Jermuk' }) name!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'جيرموك' }) nameAr!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) country!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, enum: ['settlement', 'feature', 'district', 'region', 'border', 'country'] })
  precision!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Containing place id' }) parent!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) lat!: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) lon!: number | null;
  @ApiProperty({ description: 'Incidents at this place or at places inside it' }) incidentCount!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { ShellingReported: 2, AirStrikeReported: 1 } })
  byType!: Record<string, number>;
  @ApiProperty() firstDate!: string;
  @ApiProperty() lastDate!: string;
}

class LocationListDto {
  @ApiProperty({ type: [LocationDto] }) items!: LocationDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as ?cursor= for the next page; null on the last page' })
  nextCursor!: string | null;
  @ApiProperty({ type: AsOfDto }) asOf!: AsOfDto;
}

@ApiTags('locations')
@Controller('locations')
export class LocationsHttpController {
  constructor(private readonly read: ReadModel) {}

  @Get()
  @CachedRead('incidents')
  @WaitFor('incidents')
  @ApiOperation({
    summary: 'Places with incidents (rolled up to district, region and country): counts per type, first and last dates, coordinates',
  })
  @ApiQueryOf(LOCATION_LIST_QUERY)
  @ApiOkResponse({ type: LocationListDto })
  @ApiProblem(404, ['LOCATION_NOT_FOUND'], 'no place in the gazetteer has that id or name')
  async list(@Query() q: Record<string, unknown>): Promise<LocationListDto> {
    const { asOf, location, limit: pageSize, cursor: after } = parseQuery(LOCATION_LIST_QUERY, q);
    const position = await this.read.asOfPosition(asOf);
    const placeIds = this.read.placeIds(location);
    const all = await listLocations(this.read.db, this.read.directory, { asOf: position, placeIds });
    // Most incidents first, then by id: the keyset is (incidentCount, id).
    const rest = after ? all.filter((l) => l.incidentCount < after.count || (l.incidentCount === after.count && l.id > after.id)) : all;
    const items = rest.slice(0, pageSize);
    const last = items.at(-1);
    const nextCursor = rest.length > pageSize && last ? encodeCursor([last.incidentCount, last.id]) : null;
    return { items, nextCursor, asOf: { position } };
  }

  @Get(':id/incidents')
  @CachedRead(...INCIDENT_ROW_PROJECTIONS)
  @WaitFor(...INCIDENT_ROW_PROJECTIONS)
  @ApiOperation({ summary: 'Incidents at a place or inside it (id, or English or Arabic name)' })
  @ApiQueryOf(PLACE_INCIDENTS_QUERY)
  @ApiOkResponse({ type: IncidentPageDto })
  @ApiNotFoundResponse({ description: 'LOCATION_NOT_FOUND' })
  // The page's JSON bytes, written with its labels' bytes made once (incidents/incident-page.json.ts).
  @Header('content-type', JSON_CONTENT_TYPE)
  async incidents(@Param('id') id: string, @Query() q: Record<string, unknown>): Promise<Buffer> {
    return incidentPageJson(await incidentPage(this.read, parseQuery(PLACE_INCIDENTS_QUERY, q), this.read.placeIds(id)));
  }
}
