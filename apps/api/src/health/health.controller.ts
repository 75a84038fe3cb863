import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { DatabaseHandle } from '@sitrep/database';
import { DATABASE_RETRY_AFTER_SECONDS } from '../http/database-unavailable.js';
import { DATABASE_HANDLE } from '../infrastructure/tokens.js';

export interface HealthStatus {
  status: 'ok' | 'unavailable';
  database: { status: 'up' | 'down'; mode: 'embedded' | 'external'; latencyMs: number; error?: string };
}

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(@Inject(DATABASE_HANDLE) private readonly handle: DatabaseHandle) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and database reachability (SELECT 1)' })
  @ApiOkResponse({
    description: 'The service and its database answer.',
    schema: {
      type: 'object',
      additionalProperties: true,
      example: { status: 'ok', database: { status: 'up', mode: 'external', latencyMs: 1 } },
    },
  })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer.' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthStatus> {
    const started = performance.now();
    const mode = this.handle.embedded ? 'embedded' : 'external';
    try {
      await withTimeout(this.handle.sql`SELECT 1`, 2_000);
      return { status: 'ok', database: { status: 'up', mode, latencyMs: Math.round(performance.now() - started) } };
    } catch (error) {
      reply.status(503).header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      return {
        status: 'unavailable',
        database: { status: 'down', mode, latencyMs: Math.round(performance.now() - started), error: (error as Error).message },
      };
    }
  }
}

function withTimeout<T>(promise: PromiseLike<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    Promise.resolve(promise).finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]);
}
