import { DomainError } from '@sitrep/domain';

export class StreamNotFoundError extends DomainError {
  override readonly name = 'StreamNotFoundError';
  constructor(streamId: string) {
    super('STREAM_NOT_FOUND', `No events in stream ${streamId}.`, { streamId });
  }
}
