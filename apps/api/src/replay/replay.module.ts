import { Module } from '@nestjs/common';
import { EventsController } from './events.controller.js';
import { REPLAY_OPTIONS, replayOptionsFromEnv } from './replay.options.js';
import { WaitForModule } from './wait-for/wait-for.module.js';

/** Replay: `GET /events`, `GET /events/stream` (SSE), `GET /streams/:id`, and `@WaitFor()` for query endpoints. */
@Module({
  imports: [WaitForModule],
  controllers: [EventsController],
  providers: [{ provide: REPLAY_OPTIONS, useFactory: () => replayOptionsFromEnv() }],
})
export class ReplayModule {}
