import { applyDecorators, Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import { REPORT_STREAM_EVENT_TYPES } from '../../../../libs/domain/src/index.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.types.js';
import { INCIDENT_EVENT_TYPES } from '../../../../libs/extraction/src/extraction-record.js';
import { resolveAsOf } from '../../../../libs/projections/src/shared/as-of.js';
import { ApiProblem } from '../http/api-problem.decorator.js';
import { InjectEventStore } from '../infrastructure/tokens.js';
import { AS_OF_QUERY, PUBLISHED_BEFORE_QUERY } from '../queries/incidents/incident-list.query.js';
import { ReadModel } from '../queries/shared/read-model.service.js';
import { PARTY_EXPECTED } from '../queries/shared/read-query-params.js';
import { WaitFor } from '../replay/wait-for/wait-for.interceptor.js';
import { BOM_VALUES, parseExportParams } from './export-params.js';
import { EXPORT_FORMATS, exportFileName, exportPosition, exportStream, type ExportFormat } from './export-streams.js';

/**
 * The filters of every export, as `/incidents` documents them. They are also
 * what the global KnownQueryParametersInterceptor accepts: a misspelt filter is
 * 400 UNKNOWN_PARAMETER, never an export of everything.
 */
const Filters = (types: readonly string[], typeDescription: string) =>
  applyDecorators(
    ApiQuery({
      name: 'location',
      required: false,
      type: String,
      description: 'Gazetteer id or English/Arabic name; places inside it count',
    }),
    ApiQuery({ name: 'type', required: false, enum: types, description: typeDescription }),
    ApiQuery({ name: 'party', required: false, type: String, description: `Involving this party: ${PARTY_EXPECTED}` }),
    ApiQuery({ name: 'from', required: false, type: String, format: 'date', description: 'Going on at or after this day (YYYY-MM-DD)' }),
    ApiQuery({ name: 'to', required: false, type: String, format: 'date', description: 'Begun at or before this day; not before `from`' }),
    ApiQuery({ ...AS_OF_QUERY, description: `${AS_OF_QUERY.description}; default: now, fixed when the export starts` }),
    ApiQuery(PUBLISHED_BEFORE_QUERY),
    ApiProblem(404, ['LOCATION_NOT_FOUND'], 'no place in the gazetteer has that id or name'),
  );
const IncidentFilters = () => Filters(INCIDENT_EVENT_TYPES, 'An event type, e.g. ShellingReported (ACLED: also selects the rows)');
const Bom = () =>
  ApiQuery({
    name: 'bom',
    required: false,
    enum: BOM_VALUES,
    description: '1 or true: start with a UTF-8 byte order mark (for spreadsheet programs)',
  });

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
  @WaitFor('incidents', 'casualties')
  @ApiOperation({ summary: 'ACLED-style CSV: one row per event of a scored type, ACLED columns in ACLED order' })
  @IncidentFilters()
  @Bom()
  @ApiFile('text/csv', CSV_DESCRIPTION)
  acled(@Query() q: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Readable> {
    return this.export('acled', q, reply);
  }

  @Get('ged.csv')
  @WaitFor('incidents', 'casualties')
  @ApiOperation({ summary: 'UCDP GED-style CSV: one row per incident of organised violence, with low / best / high deaths' })
  @IncidentFilters()
  @Bom()
  @ApiFile('text/csv', CSV_DESCRIPTION)
  ged(@Query() q: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Readable> {
    return this.export('ged', q, reply);
  }

  @Get('incidents.geojson')
  @WaitFor('incidents', 'casualties')
  @ApiOperation({ summary: 'GeoJSON FeatureCollection (RFC 7946): one Point feature per incident with its claims summary' })
  @IncidentFilters()
  @ApiFile('application/geo+json', 'RFC 7946 GeoJSON FeatureCollection, one Point feature per incident', FEATURE_COLLECTION)
  geojson(@Query() q: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Readable> {
    return this.export('geojson', q, reply);
  }

  @Get('events.ndjson')
  @ApiOperation({ summary: 'Every stored event in global order, one JSON per line, with PLOVER and CAMEO codes' })
  @Filters(REPORT_STREAM_EVENT_TYPES, 'An event type, report lifecycle types (ReportSubmitted, …) included')
  @ApiFile('application/x-ndjson', 'NDJSON: one stored event per line, as GET /events prints it, plus its PLOVER and CAMEO `codes`')
  ndjson(@Query() q: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Readable> {
    return this.export('ndjson', q, reply);
  }

  private async export(format: ExportFormat, q: Record<string, unknown>, reply: FastifyReply): Promise<Readable> {
    const spec = EXPORT_FORMATS[format];
    const params = parseExportParams(q, { csv: spec.contentType.startsWith('text/csv'), history: spec.reads === 'history' });
    const sources = { db: this.read.db, store: this.store, directory: this.read.directory, chain: this.read.chain };
    const placeIds = this.read.placeIds(params.location);
    const asOf =
      spec.reads === 'history'
        ? await resolveAsOf(this.read.db, params.asOf)
        : await this.read.asOfPosition(params.asOf, ['incidents', 'casualties']);
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
      { bom: params.bom },
    );
  }
}
