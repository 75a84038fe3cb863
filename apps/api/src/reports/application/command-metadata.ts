import { randomUUID } from 'node:crypto';
import type { CommandMetadata } from '@sitrep/domain';

/** The application layer is where time and correlation enter: the domain only ever receives them. */
export function commandMetadata(correlationId?: string, causationId?: string, now: Date = new Date()): CommandMetadata {
  return {
    now: now.toISOString(),
    correlationId: correlationId ?? randomUUID(),
    ...(causationId ? { causationId } : {}),
  };
}
