import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { getIncident, getIncidentCasualties, successorOf } from '@sitrep/projections';
import { AdminOnly } from '../../http/admin-token.guard.js';
import { ApiProblem } from '../../http/api-problem.decorator.js';
import { WaitFor } from '../../replay/wait-for/wait-for.interceptor.js';
import { CachedRead } from '../shared/read-cache/read-cache.interceptor.js';
import { commandMetadata } from '../../reports/application/command-metadata.js';
import { ReadModel } from '../shared/read-model.service.js';
import { ApiQueryOf, parseQuery } from '../../http/query-schema.js';
import { asOfQuery, incidentListQuery, incidentPage } from './incident-list.query.js';
import { incidentPageJson, JSON_CONTENT_TYPE } from './incident-page.json.js';
import { IncidentNotFoundError } from '@sitrep/domain';
import { MergeIncidentsCommand, SplitIncidentCommand } from './decisions/incident-decision.commands.js';
import {
  DecisionAcceptedDto,
  IncidentCasualtiesDto,
  IncidentDetailDto,
  IncidentPageDto,
  MergeIncidentsRequestDto,
  SplitIncidentRequestDto,
} from './incident.dto.js';
import { INCIDENT_ROW_PROJECTIONS } from '../shared/incident-row-projections.js';

const INCIDENT_LIST_QUERY = incidentListQuery();
const INCIDENT_QUERY = asOfQuery();

@ApiTags('incidents')
@Controller('incidents')
export class IncidentsHttpController {
  constructor(
    private readonly read: ReadModel,
    private readonly commandBus: CommandBus,
  ) {}

  @Get()
  @CachedRead(...INCIDENT_ROW_PROJECTIONS)
  @WaitFor(...INCIDENT_ROW_PROJECTIONS)
  @ApiOperation({ summary: 'Incidents, newest first, with filters and keyset pagination' })
  @ApiQueryOf(INCIDENT_LIST_QUERY)
  @ApiProblem(404, ['LOCATION_NOT_FOUND'], 'no place in the gazetteer has that id or name')
  @ApiOkResponse({ type: IncidentPageDto })
  // The page's JSON bytes, written with its labels' bytes made once (incident-page.json.ts).
  @Header('content-type', JSON_CONTENT_TYPE)
  async list(@Query() q: Record<string, unknown>): Promise<Buffer> {
    const query = parseQuery(INCIDENT_LIST_QUERY, q);
    return incidentPageJson(await incidentPage(this.read, query, this.read.placeIds(query.location)));
  }

  @Post('merge')
  @HttpCode(HttpStatus.OK)
  @AdminOnly()
  @ApiOperation({
    summary: 'Merge incidents (admin)',
    description: 'Appends IncidentsMerged to the incident-decisions stream; every rebuild honours it.',
  })
  @ApiOkResponse({ type: DecisionAcceptedDto })
  @ApiProblem(422, ['MERGE_INVALID', 'INVALID_BODY'], 'fewer than two incidents, unknown ones, or different kinds')
  @ApiProblem(409, ['CONCURRENCY_CONFLICT'])
  merge(@Req() req: FastifyRequest, @Body() body: MergeIncidentsRequestDto): Promise<DecisionAcceptedDto> {
    return this.commandBus.execute(MergeIncidentsCommand.from(body as unknown, commandMetadata(String(req.id))));
  }

  @Get(':id')
  @CachedRead(...INCIDENT_ROW_PROJECTIONS)
  @WaitFor(...INCIDENT_ROW_PROJECTIONS)
  @ApiOperation({ summary: 'One incident: its events (claims), competing casualty figures and source reports' })
  @ApiQueryOf(INCIDENT_QUERY)
  @ApiOkResponse({ type: IncidentDetailDto })
  @ApiNotFoundResponse({ description: 'INCIDENT_NOT_FOUND' })
  async get(@Param('id') id: string, @Query() q: Record<string, unknown>): Promise<IncidentDetailDto> {
    const position = await this.read.asOfPosition(parseQuery(INCIDENT_QUERY, q).asOf, INCIDENT_ROW_PROJECTIONS);
    const incident = await getIncident(this.read.db, id, position);
    if (!incident) throw new IncidentNotFoundError(id, position, await successorOf(this.read.db, id, position));
    return { ...incident, asOf: { position } };
  }

  @Get(':id/casualties')
  @CachedRead(...INCIDENT_ROW_PROJECTIONS)
  @WaitFor(...INCIDENT_ROW_PROJECTIONS)
  @ApiOperation({ summary: 'Every casualty claim of an incident and the summary per victim side and category' })
  @ApiQueryOf(INCIDENT_QUERY)
  @ApiOkResponse({ type: IncidentCasualtiesDto })
  @ApiNotFoundResponse({ description: 'INCIDENT_NOT_FOUND' })
  async casualties(@Param('id') id: string, @Query() q: Record<string, unknown>): Promise<IncidentCasualtiesDto> {
    const position = await this.read.asOfPosition(parseQuery(INCIDENT_QUERY, q).asOf, INCIDENT_ROW_PROJECTIONS);
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
  @ApiProblem(422, ['SPLIT_INVALID', 'INVALID_BODY'], 'no events, events not in the incident, or all of them')
  @ApiProblem(404, ['INCIDENT_NOT_FOUND'])
  @ApiProblem(409, ['CONCURRENCY_CONFLICT'])
  split(@Req() req: FastifyRequest, @Param('id') id: string, @Body() body: SplitIncidentRequestDto): Promise<DecisionAcceptedDto> {
    return this.commandBus.execute(SplitIncidentCommand.from(id, body as unknown, commandMetadata(String(req.id))));
  }
}
