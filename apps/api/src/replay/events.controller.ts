import { Controller, Get, Header, Headers, Inject, type OnModuleDestroy, Param, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import type { EventStore } from '@sitrep/event-store';
import { InjectEventStore, InjectKysely } from '../infrastructure/tokens.js';
import { ApiQueryOf, parseQuery } from '../http/query-schema.js';
import { eventStreamQuery, eventsPageQuery, resumePosition, streamIdParam, streamQuery } from './replay-query.js';
import { ApiProblem } from '../http/api-problem.decorator.js';
import { EventsPageDto, StreamEventsDto } from './events.dto.js';
import { type RecordedEventJson, toRecordedEventJson } from './recorded-event.json.js';
import { REPLAY_OPTIONS, type ReplayOptions } from './replay.options.js';
import { sseEventStream } from './sse/event-stream.js';
import { StreamNotFoundError } from './stream-not-found.error.js';

const SSE_BATCH_SIZE = 100;

/** The paging shape of every list (`items`, `nextCursor`), plus where a poller resumes once caught up. */
export interface EventsPage {
  items: RecordedEventJson[];
  /** Pass as `cursor` for the next page; null once the page reached the head. */
  nextCursor: string | null;
  /** The position to poll from later (`after`), also when caught up. */
  next: number;
  /** The highest position readable right now. */
  head: number;
}

export interface StreamEvents {
  streamId: string;
  /** The stream's last version, whatever range was asked. */
  lastVersion: number;
  events: RecordedEventJson[];
}

/**
 * The history as it was recorded, straight from the event store (no
 * projection involved): a page of the global order, one stream, or a live
 * SSE feed. Thin on purpose: parameters in ./replay-query, framing in ./sse.
 */
@ApiTags('replay')
@Controller()
export class EventsController implements OnModuleDestroy {
  /** Ends every open SSE response on shutdown, so closing the server does not wait for clients to leave. */
  private readonly shutdown = new AbortController();
  private readonly open = new Set<FastifyReply['raw']>();

  constructor(
    @InjectEventStore() private readonly store: EventStore,
    // Kysely<any>: the streams table belongs to libs/event-store; this reads one column of it.
    @InjectKysely() private readonly db: Kysely<any>,
    @Inject(REPLAY_OPTIONS) private readonly options: ReplayOptions,
  ) {}

  onModuleDestroy(): void {
    this.shutdown.abort();
    // A client that stopped reading keeps its response from ending (its socket
    // buffer is full), and the server's close would wait for it: cut it off.
    const stragglers = setTimeout(() => {
      for (const res of this.open) {
        res.destroy();
        res.socket?.destroy();
      }
    }, 2000);
    stragglers.unref();
  }

  @Get('events')
  @ApiOperation({ summary: 'Page through every event in global order' })
  @ApiQueryOf(eventsPageQuery)
  @ApiOkResponse({ type: EventsPageDto })
  async page(@Query() query: Record<string, unknown>): Promise<EventsPage> {
    const q = parseQuery(eventsPageQuery, query);
    const { limit, types } = q;
    const after = q.after ?? q.cursor ?? 0;
    const page = await this.store.readAll({ after, limit });
    // Read after the page so that head >= next.
    const head = await this.store.headPosition();
    const events = types ? page.events.filter((e) => types.has(e.type)) : page.events;
    return {
      items: events.map(toRecordedEventJson),
      nextCursor: page.lastPosition < head ? String(page.lastPosition) : null,
      next: page.lastPosition,
      head,
    };
  }

  @Get('events/stream')
  @Header('Content-Type', 'text/event-stream; charset=utf-8')
  @Header('Cache-Control', 'no-cache, no-transform')
  @Header('X-Accel-Buffering', 'no')
  // The connection is the stream's: once it ends (client gone, shutdown) it is not kept alive for reuse,
  // which would otherwise hold a closing server open until the keep-alive timeout.
  @Header('Connection', 'close')
  @ApiOperation({ summary: 'Server-Sent Events: catch-up from Last-Event-ID (or ?after=), then live' })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      'Server-Sent Events: `id:` the global position, `event:` the type, `data:` the recorded event as JSON; `: heartbeat` comments',
    content: {
      'text/event-stream': { schema: { type: 'string', example: 'id: 1201\nevent: ShellingReported\ndata: {"position":1201,...}\n\n' } },
    },
  })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Resume after this global position (wins over ?after=)' })
  @ApiQueryOf(eventStreamQuery)
  stream(
    @Query() query: Record<string, unknown>,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): AsyncIterableIterator<string> {
    const q = parseQuery(eventStreamQuery, query);
    const after = resumePosition(lastEventId, q.after);
    const { types } = q;
    const signal = AbortSignal.any([this.shutdown.signal, closeSignal(reply)]);
    this.open.add(reply.raw);
    reply.raw.once('close', () => this.open.delete(reply.raw));
    return sseEventStream(this.store, {
      after,
      types,
      signal,
      heartbeatMs: this.options.heartbeatMs,
      retryMs: this.options.retryMs,
      // Small batches: the HTTP layer buffers a few chunks per slow client, so this bounds its memory.
      batchSize: SSE_BATCH_SIZE,
    });
  }

  @Get('streams/:id')
  @ApiOperation({ summary: 'The events of one stream, in stream order' })
  @ApiQueryOf(streamQuery)
  @ApiOkResponse({ type: StreamEventsDto })
  @ApiProblem(404, ['STREAM_NOT_FOUND'])
  async streamEvents(@Param('id') rawId: string, @Query() query: Record<string, unknown>): Promise<StreamEvents> {
    const { id: streamId } = parseQuery(streamIdParam, { id: rawId });
    const { from, to } = parseQuery(streamQuery, query);
    const events = await this.store.readStream(streamId, { from, to });
    const ranged = from !== undefined || to !== undefined;
    // A range may stop short of the stream's end: `lastVersion` is the stream's, not the range's.
    const lastVersion = ranged ? await this.streamVersion(streamId) : (events.at(-1)?.streamVersion ?? 0);
    if (events.length === 0 && lastVersion === 0) throw new StreamNotFoundError(streamId);
    return { streamId, lastVersion, events: events.map(toRecordedEventJson) };
  }

  /** The stream's current version (0 when it does not exist), from the store's `streams` table: one key lookup. */
  private async streamVersion(streamId: string): Promise<number> {
    const row = await this.db.selectFrom('streams').select('version').where('stream_id', '=', streamId).executeTakeFirst();
    return row ? Number(row.version) : 0;
  }
}

/** Aborts when the client goes away: the response's 'close', as a request's fires once its body is read. */
function closeSignal(reply: FastifyReply): AbortSignal {
  const ac = new AbortController();
  const raw = reply.raw;
  if (raw.destroyed || raw.writableFinished) ac.abort();
  else raw.once('close', () => ac.abort());
  return ac.signal;
}
