import { applyDecorators, Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import type { EventStore } from '@sitrep/event-store';
import { resolveAsOf } from '@sitrep/projections';
import { ApiProblem } from '../http/api-problem.decorator.js';
import { InjectEventStore } from '../infrastructure/tokens.js';
import { ReadModel } from '../queries/shared/read-model.service.js';
import { WaitFor } from '../replay/wait-for/wait-for.interceptor.js';
import { ApiQueryOf, parseQuery, type QuerySchema } from '../http/query-schema.js';
import { csvExportQuery, exportQueryOf, historyExportQuery, incidentExportQuery, type ExportParams } from './export-params.js';
import { EXPORT_FORMATS, exportFileName, exportPosition, exportStream, type ExportFormat } from './export-streams.js';
import { INCIDENT_ROW_PROJECTIONS } from '../queries/shared/incident-row-projections.js';

const IncidentFilters = (schema: QuerySchema) =>
  applyDecorators(ApiQueryOf(schema), ApiProblem(404, ['LOCATION_NOT_FOUND'], 'no place in the gazetteer has that id or name'));

const FILE_HEADERS = {
  'Content-Disposition': { description: 'attachment; the file name carries the format and the position', schema: { type: 'string' } },
  'X-Sitrep-As-Of': { description: 'The global position the file describes', schema: { type: 'integer' } },
};

/** A streamed file: its media type and what its body is (a text format, so a string schema, or GeoJSON's object). */
const ApiFile = (mediaType: string, description: string, schema: Record<string, unknown> = { type: 'string' }) =>
  ApiOkResponse({ description, headers: FILE_HEADERS, content: { [mediaType]: { schema: { ...schema, description } } } });

const CSV_DESCRIPTION = 'RFC 4180 CSV (CRLF, header row first), UTF-8';
const FEATURE_COLLECTION = {
  type: 'object',
  required: ['type', 'features'],
  properties: {
    type: { type: 'string', enum: ['FeatureCollection'] },
    features: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'geometry', 'properties'],
        properties: {
          type: { type: 'string', enum: ['Feature'] },
          id: { type: 'string' },
          geometry: { type: 'object', nullable: true, description: 'A Point [lon, lat], or null for an incident without a located place' },
          properties: { type: 'object', additionalProperties: true, description: 'The incident and its claims summary' },
        },
      },
    },
  },
};

/**
 * Exports in the shapes researchers load (README "Exports"), streamed: the
 * answer starts with the first page and memory holds one page at a time. The
 * position the file describes is in `X-Sitrep-As-Of` and in the file name.
 */
@ApiTags('exports')
@Controller('exports')
export class ExportsHttpController {
  constructor(
    private readonly read: ReadModel,
    @InjectEventStore() private readonly store: EventStore,
  ) {}

  @Get('acled.csv')
  @WaitFor(...INCIDENT_ROW_PROJECTIONS)
  @ApiOperation({ summary: 'ACLED-style CSV: one row per event of a scored type, ACLED columns in ACLED order' })
  @IncidentFilters(csvExportQuery)
  @ApiFile('text/csv', CSV_DESCRIPTION)
  acled(@Query() q: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Readable> {
    return this.export('acled', q, reply);
  }

  @Get('ged.csv')
  @WaitFor(...INCIDENT_ROW_PROJECTIONS)
  @ApiOperation({ summary: 'UCDP GED-style CSV: one row per incident of organised violence, with low / best / high deaths' })
  @IncidentFilters(csvExportQuery)
  @ApiFile('text/csv', CSV_DESCRIPTION)
  ged(@Query() q: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Readable> {
    return this.export('ged', q, reply);
  }

  @Get('incidents.geojson')
  @WaitFor(...INCIDENT_ROW_PROJECTIONS)
  @ApiOperation({ summary: 'GeoJSON FeatureCollection (RFC 7946): one Point feature per incident with its claims summary' })
  @IncidentFilters(incidentExportQuery)
  @ApiFile('application/geo+json', 'RFC 7946 GeoJSON FeatureCollection, one Point feature per incident', FEATURE_COLLECTION)
  geojson(@Query() q: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Readable> {
    return this.export('geojson', q, reply);
  }

  @Get('events.ndjson')
  @ApiOperation({ summary: 'Every stored event in global order, one JSON per line, with PLOVER and CAMEO codes' })
  @IncidentFilters(historyExportQuery)
  @ApiFile('application/x-ndjson', 'NDJSON: one stored event per line, as GET /events prints it, plus its PLOVER and CAMEO `codes`')
  ndjson(@Query() q: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Readable> {
    return this.export('ndjson', q, reply);
  }

  private async export(format: ExportFormat, q: Record<string, unknown>, reply: FastifyReply): Promise<Readable> {
    const spec = EXPORT_FORMATS[format];
    const params: ExportParams = parseQuery(
      exportQueryOf({ csv: spec.contentType.startsWith('text/csv'), history: spec.reads === 'history' }),
      q,
    );
    const sources = { db: this.read.db, store: this.store, directory: this.read.directory, chain: this.read.chain };
    const placeIds = this.read.placeIds(params.location);
    const asOf =
      spec.reads === 'history'
        ? await resolveAsOf(this.read.db, params.asOf)
        : await this.read.asOfPosition(params.asOf, INCIDENT_ROW_PROJECTIONS);
    const position = await exportPosition(format, sources, asOf);
    reply
      .header('content-type', spec.contentType)
      .header('content-disposition', `attachment; filename="${exportFileName(format, position)}"`)
      .header('x-sitrep-as-of', String(position))
      .header('cache-control', 'no-store');
    return exportStream(
      format,
      sources,
      {
        placeIds,
        type: params.type,
        party: params.party,
        from: params.from,
        to: params.to,
        asOf: position,
        publishedBefore: params.publishedBefore,
      },
      { bom: params.bom ?? false },
    );
  }
}
