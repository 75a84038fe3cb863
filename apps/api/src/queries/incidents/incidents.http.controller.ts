import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  getIncident,
  getIncidentCasualties,
  listIncidents,
  successorOf,
} from '../../../../../libs/projections/src/incidents/incidents.query.js';
import { AdminOnly } from '../../http/admin-token.guard.js';
import { WaitFor } from '../../replay/wait-for/wait-for.interceptor.js';
import { CachedRead } from '../shared/read-cache/read-cache.interceptor.js';
import { commandMetadata } from '../../reports/application/command-metadata.js';
import { ReadModel } from '../shared/read-model.service.js';
import { asOf, dayRange, decodeCursor, encodeCursor, incidentEventType, limit, party, PARTY_EXPECTED, text } from '../shared/read-query-params.js';
import { INCIDENT_EVENT_TYPES } from '../../../../../libs/extraction/src/extraction-record.js';
import { IncidentNotFoundError } from '../shared/read-side.errors.js';
import { MergeIncidentsCommand, SplitIncidentCommand } from './decisions/incident-decision.commands.js';
import {
  DecisionAcceptedDto,
  IncidentCasualtiesDto,
  IncidentDetailDto,
  IncidentPageDto,
  MergeIncidentsRequestDto,
  SplitIncidentRequestDto,
} from './incident.dto.js';

const AS_OF_DOC = {
  name: 'asOf',
  required: false,
  description: 'A global position or an ISO 8601 timestamp: answer as the system knew it then',
};

@ApiTags('incidents')
@Controller('incidents')
export class IncidentsHttpController {
  constructor(
    private readonly read: ReadModel,
    private readonly commandBus: CommandBus,
  ) {}

  @Get()
  @CachedRead('incidents')
  @WaitFor('incidents')
  @ApiOperation({ summary: 'Incidents, newest first, with filters and keyset pagination' })
  @ApiQuery({
    name: 'location',
    required: false,
    description: 'Gazetteer id (am-jermuk) or an English or Arabic name (Jermuk, جرموك); includes places inside it',
  })
  @ApiQuery({ name: 'type', required: false, enum: INCIDENT_EVENT_TYPES, description: 'Incidents with an event of this type' })
  @ApiQuery({ name: 'party', required: false, type: String, description: `Incidents involving this party: ${PARTY_EXPECTED}` })
  @ApiQuery({ name: 'from', required: false, type: String, format: 'date', description: 'Incidents ending on or after this day (YYYY-MM-DD)' })
  @ApiQuery({ name: 'to', required: false, type: String, format: 'date', description: 'Incidents starting on or before this day (YYYY-MM-DD), not before `from`' })
  @ApiQuery(AS_OF_DOC)
  @ApiQuery({ name: 'limit', required: false, description: 'Default 50, capped at 200' })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ type: IncidentPageDto })
  async list(@Query() q: Record<string, unknown>): Promise<IncidentPageDto> {
    const position = await this.read.asOfPosition(asOf(q.asOf));
    const page = await listIncidents(this.read.db, {
      placeIds: this.read.placeIds(text('location', q.location)),
      type: incidentEventType(q.type),
      party: party(q.party),
      ...dayRange(q),
      asOf: position,
      limit: limit(q.limit),
      after: decodeCursor(q.cursor),
    });
    return { items: page.items, nextCursor: encodeCursor(page.next), asOf: { position } };
  }

  @Post('merge')
  @HttpCode(HttpStatus.OK)
  @AdminOnly()
  @ApiOperation({
    summary: 'Merge incidents (admin)',
    description: 'Appends IncidentsMerged to the incident-decisions stream; every rebuild honours it.',
  })
  @ApiOkResponse({ type: DecisionAcceptedDto })
  merge(@Req() req: FastifyRequest, @Body() body: MergeIncidentsRequestDto): Promise<DecisionAcceptedDto> {
    return this.commandBus.execute(MergeIncidentsCommand.from(body as unknown, commandMetadata(String(req.id))));
  }

  @Get(':id')
  @CachedRead('incidents', 'casualties')
  @WaitFor('incidents', 'casualties')
  @ApiOperation({ summary: 'One incident: its events (claims), competing casualty figures and source reports' })
  @ApiQuery(AS_OF_DOC)
  @ApiOkResponse({ type: IncidentDetailDto })
  @ApiNotFoundResponse({ description: 'INCIDENT_NOT_FOUND' })
  async get(@Param('id') id: string, @Query() q: Record<string, unknown>): Promise<IncidentDetailDto> {
    const position = await this.read.asOfPosition(asOf(q.asOf), ['incidents', 'casualties']);
    const incident = await getIncident(this.read.db, id, position);
    if (!incident) throw new IncidentNotFoundError(id, position, await successorOf(this.read.db, id, position));
    return { ...incident, asOf: { position } };
  }

  @Get(':id/casualties')
  @CachedRead('incidents', 'casualties')
  @WaitFor('incidents', 'casualties')
  @ApiOperation({ summary: 'Every casualty claim of an incident and the summary per victim side and category' })
  @ApiQuery(AS_OF_DOC)
  @ApiOkResponse({ type: IncidentCasualtiesDto })
  @ApiNotFoundResponse({ description: 'INCIDENT_NOT_FOUND' })
  async casualties(@Param('id') id: string, @Query() q: Record<string, unknown>): Promise<IncidentCasualtiesDto> {
    const position = await this.read.asOfPosition(asOf(q.asOf), ['incidents', 'casualties']);
    const result = await getIncidentCasualties(this.read.db, id, position);
    if (!result) throw new IncidentNotFoundError(id, position, await successorOf(this.read.db, id, position));
    return { incidentId: id, ...result, asOf: { position } };
  }

  @Post(':id/split')
  @HttpCode(HttpStatus.OK)
  @AdminOnly()
  @ApiOperation({
    summary: 'Split events out of an incident into a new one (admin)',
    description: 'Appends IncidentSplit to the incident-decisions stream.',
  })
  @ApiOkResponse({ type: DecisionAcceptedDto })
  split(@Req() req: FastifyRequest, @Param('id') id: string, @Body() body: SplitIncidentRequestDto): Promise<DecisionAcceptedDto> {
    return this.commandBus.execute(SplitIncidentCommand.from(id, body as unknown, commandMetadata(String(req.id))));
  }
}
