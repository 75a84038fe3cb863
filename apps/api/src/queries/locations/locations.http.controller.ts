import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiQuery, ApiTags } from '@nestjs/swagger';
import { listIncidents } from '../../../../../libs/projections/src/incidents/incidents.query.js';
import { listLocations } from '../../../../../libs/projections/src/locations/locations.query.js';
import { WaitFor } from '../../replay/wait-for/wait-for.interceptor.js';
import { CachedRead } from '../shared/read-cache/read-cache.interceptor.js';
import { AsOfDto, IncidentPageDto } from '../incidents/incident.dto.js';
import { ReadModel } from '../shared/read-model.service.js';
import { asOf, dayRange, decodeCursor, encodeCursor, incidentEventType, limit, text } from '../shared/read-query-params.js';
import { INCIDENT_EVENT_TYPES } from '../../../../../libs/extraction/src/extraction-record.js';

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
  @ApiQuery({ name: 'asOf', required: false, description: 'A global position or an ISO 8601 timestamp' })
  @ApiQuery({ name: 'location', required: false, description: 'Only this place (gazetteer id or English/Arabic name)' })
  @ApiOkResponse({ type: LocationListDto })
  async list(@Query() q: Record<string, unknown>): Promise<LocationListDto> {
    const position = await this.read.asOfPosition(asOf(q.asOf));
    const items = await listLocations(this.read.db, this.read.directory, {
      asOf: position,
      placeIds: this.read.placeIds(text('location', q.location)),
    });
    return { items, asOf: { position } };
  }

  @Get(':id/incidents')
  @CachedRead('incidents')
  @WaitFor('incidents')
  @ApiOperation({ summary: 'Incidents at a place or inside it (id, or English or Arabic name)' })
  @ApiQuery({ name: 'asOf', required: false, type: String, description: 'A global position or an ISO 8601 timestamp' })
  @ApiQuery({ name: 'type', required: false, enum: INCIDENT_EVENT_TYPES })
  @ApiQuery({ name: 'from', required: false, type: String, format: 'date' })
  @ApiQuery({ name: 'to', required: false, type: String, format: 'date' })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: 'Default 50, capped at 200' })
  @ApiQuery({ name: 'cursor', required: false, type: String, description: 'nextCursor of the previous page' })
  @ApiOkResponse({ type: IncidentPageDto })
  @ApiNotFoundResponse({ description: 'LOCATION_NOT_FOUND' })
  async incidents(@Param('id') id: string, @Query() q: Record<string, unknown>): Promise<IncidentPageDto> {
    const placeIds = this.read.placeIds(id);
    const position = await this.read.asOfPosition(asOf(q.asOf));
    const page = await listIncidents(this.read.db, {
      placeIds,
      type: incidentEventType(q.type),
      ...dayRange(q),
      asOf: position,
      limit: limit(q.limit),
      after: decodeCursor(q.cursor),
    });
    return { items: page.items, nextCursor: encodeCursor(page.next), asOf: { position } };
  }
}
