import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import type { EventStore } from '../../../../libs/event-store/src/event-store.types.js';
import { resolveAsOf } from '../../../../libs/projections/src/shared/as-of.js';
import { InjectEventStore } from '../infrastructure/tokens.js';
import { ReadModel } from '../queries/shared/read-model.service.js';
import { WaitFor } from '../replay/wait-for/wait-for.interceptor.js';
import { parseExportParams } from './export-params.js';
import { EXPORT_FORMATS, exportFileName, exportPosition, exportStream, type ExportFormat } from './export-streams.js';

const FILTERS = [
  { name: 'location', required: false, description: 'Gazetteer id or English/Arabic name; places inside it count' },
  { name: 'type', required: false, description: 'An event type, e.g. ShellingReported (ACLED: also selects the rows)' },
  { name: 'party', required: false, description: 'A party code, e.g. AM, SD-RSF' },
  { name: 'from', required: false, description: 'YYYY-MM-DD' },
  { name: 'to', required: false, description: 'YYYY-MM-DD' },
  { name: 'asOf', required: false, description: 'A global position or an ISO 8601 timestamp; default: now, fixed when the export starts' },
  { name: 'publishedBefore', required: false, description: 'YYYY-MM-DD: only events from reports published on or before that day' },
];
const BOM = { name: 'bom', required: false, description: '1: start with a UTF-8 byte order mark (for spreadsheet programs)' };

const Filters = () => (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
  for (const q of FILTERS) ApiQuery(q)(target, key, descriptor);
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
  @Filters()
  @ApiQuery(BOM)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'RFC 4180 CSV, UTF-8' })
  acled(@Query() q: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Readable> {
    return this.export('acled', q, reply);
  }

  @Get('ged.csv')
  @WaitFor('incidents', 'casualties')
  @ApiOperation({ summary: 'UCDP GED-style CSV: one row per incident of organised violence, with low / best / high deaths' })
  @Filters()
  @ApiQuery(BOM)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'RFC 4180 CSV, UTF-8' })
  ged(@Query() q: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Readable> {
    return this.export('ged', q, reply);
  }

  @Get('incidents.geojson')
  @WaitFor('incidents', 'casualties')
  @ApiOperation({ summary: 'GeoJSON FeatureCollection (RFC 7946): one Point feature per incident with its claims summary' })
  @Filters()
  @ApiProduces('application/geo+json')
  @ApiOkResponse({ description: 'RFC 7946 GeoJSON' })
  geojson(@Query() q: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Readable> {
    return this.export('geojson', q, reply);
  }

  @Get('events.ndjson')
  @ApiOperation({ summary: 'Every stored event in global order, one JSON per line, with PLOVER and CAMEO codes' })
  @Filters()
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ description: 'NDJSON' })
  ndjson(@Query() q: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<Readable> {
    return this.export('ndjson', q, reply);
  }

  private async export(format: ExportFormat, q: Record<string, unknown>, reply: FastifyReply): Promise<Readable> {
    const spec = EXPORT_FORMATS[format];
    const params = parseExportParams(q, { csv: spec.contentType.startsWith('text/csv'), projections: spec.reads === 'projections' });
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
