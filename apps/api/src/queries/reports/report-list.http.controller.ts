import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiQuery, ApiTags } from '@nestjs/swagger';
import { listReports } from '@sitrep/projections';
import { ApiProblem } from '../../http/api-problem.decorator.js';
import { InvalidQueryParameterError } from '../../replay/query-params.js';
import { WaitFor } from '../../replay/wait-for/wait-for.interceptor.js';
import { ReadModel } from '../shared/read-model.service.js';
import { dayRange, limit, text } from '../shared/read-query-params.js';

class ReportListItemDto {
  @ApiProperty({ example: '3f5c0e9a1b2d4c6e8f0a1b2c' }) id!: string;
  @ApiProperty({ enum: ['active', 'retracted'] }) status!: 'active' | 'retracted';
  @ApiPropertyOptional({ nullable: true, type: String }) source!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) title!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) url!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) language!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) publishedOn!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date' }) referenceDate!: string | null;
  @ApiProperty({ description: 'The first 200 characters of the text' }) excerpt!: string;
  @ApiProperty({ description: 'Global position of its submission' }) position!: number;
}

class ReportListDto {
  @ApiProperty({ type: [ReportListItemDto] }) items!: ReportListItemDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as ?cursor= for the next page; null on the last page' })
  nextCursor!: string | null;
}

/** Opaque keyset cursor: base64url of [published day, id]. */
const encodeCursor = (next: { day: string; id: string } | null) =>
  next ? Buffer.from(JSON.stringify([next.day, next.id])).toString('base64url') : null;

function decodeCursor(raw: unknown): { day: string; id: string } | null {
  if (raw === undefined || raw === '') return null;
  // Not trimmed: a cursor is what a previous page gave, byte for byte.
  const s = typeof raw === 'string' && raw.length <= 400 ? raw : undefined;
  if (s === undefined) throw new InvalidQueryParameterError('cursor', raw, 'a cursor returned by a previous page');
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return { day: v[0], id: v[1] };
  } catch {
    /* fall through */
  }
  throw new InvalidQueryParameterError('cursor', raw, 'a cursor returned by a previous page');
}

function status(raw: unknown): 'active' | 'retracted' | undefined {
  const s = text('status', raw, 20);
  if (s === undefined || s === 'active' || s === 'retracted') return s;
  throw new InvalidQueryParameterError('status', raw, 'one of active, retracted', { accepted: ['active', 'retracted'] });
}

@ApiTags('reports')
@Controller('reports')
export class ReportListHttpController {
  constructor(private readonly read: ReadModel) {}

  @Get()
  @WaitFor('incidents')
  @ApiOperation({ summary: 'Reports, newest publication first (undated last), with filters and keyset pagination' })
  @ApiQuery({ name: 'source', required: false, type: String, description: 'Outlet contains this (case-insensitive)' })
  @ApiQuery({ name: 'from', required: false, type: String, format: 'date', description: 'Published on or after (YYYY-MM-DD)' })
  @ApiQuery({
    name: 'to',
    required: false,
    type: String,
    format: 'date',
    description: 'Published on or before (YYYY-MM-DD); not before `from`',
  })
  @ApiQuery({ name: 'q', required: false, type: String, description: 'Text or title contains this (case-insensitive)' })
  @ApiQuery({ name: 'status', required: false, enum: ['active', 'retracted'] })
  @ApiQuery({ name: 'limit', required: false, type: Number, description: 'Page size, default 50, capped at 200' })
  @ApiQuery({ name: 'cursor', required: false, type: String, description: 'The `nextCursor` of the previous page' })
  @ApiOkResponse({ type: ReportListDto })
  @ApiProblem(422, ['INVALID_QUERY_PARAMETER'])
  async list(@Query() q: Record<string, unknown>): Promise<ReportListDto> {
    const page = await listReports(this.read.db, {
      source: text('source', q.source),
      q: text('q', q.q),
      status: status(q.status),
      ...dayRange(q),
      limit: limit(q.limit),
      after: decodeCursor(q.cursor),
    });
    return { items: page.items, nextCursor: encodeCursor(page.next) };
  }
}
