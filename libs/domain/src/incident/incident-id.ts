import { createHash } from 'node:crypto';

/** A stable incident id from the id of the event (or decision) that created it. */
export function incidentIdFor(seedEventId: string): string {
  return `inc-${createHash('sha256').update(seedEventId).digest('hex').slice(0, 20)}`;
}
