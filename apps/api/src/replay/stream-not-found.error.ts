import { DomainError } from '../../../../libs/domain/src/shared/domain-error.js';

export class StreamNotFoundError extends DomainError {
  override readonly name = 'StreamNotFoundError';
  constructor(streamId: string) {
    super('STREAM_NOT_FOUND', `No events in stream ${streamId}.`, { streamId });
  }
}
