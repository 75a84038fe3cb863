import { DomainError } from '@sitrep/domain';
import { REPORT_EVENT_SCHEMAS } from '@sitrep/domain';
import { firstViolation, type EventSchemas } from '@sitrep/domain';
import type { EventStore, NewEvent } from '@sitrep/event-store';
import { INCIDENT_DECISION_SCHEMAS } from '@sitrep/domain';

/** Every event type the application may append, with its payload and metadata schemas. */
export const EVENT_SCHEMAS: EventSchemas = {
  ...REPORT_EVENT_SCHEMAS,
  ...INCIDENT_DECISION_SCHEMAS,
};

/** An event that does not match its schema; nothing of its batch was appended. */
export class EventSchemaViolationError extends DomainError {
  override readonly name = 'EventSchemaViolationError';
  constructor(eventType: string, violation: string) {
    super('EVENT_SCHEMA_VIOLATION', `A ${eventType} event was not stored: ${violation}.`, { eventType, violation });
  }
}

/** The first violation of a batch, as `Type: path: reason`, or null. */
export function validateEvents(events: readonly NewEvent[], schemas = EVENT_SCHEMAS): { type: string; violation: string } | null {
  for (const event of events) {
    const schema = schemas[event?.type];
    if (!schema) return { type: String(event?.type), violation: 'unknown event type (no schema)' };
    const violation = firstViolation(schema.data, event.data) ?? firstViolation(schema.metadata, event.metadata ?? {});
    if (violation) return { type: event.type, violation };
  }
  return null;
}

/**
 * The store as the application sees it: every batch is checked against the
 * event schemas before it is appended, so an event that does not validate is
 * never stored (EVENT_SCHEMA_VIOLATION, 422). Reads pass through.
 */
export function validatingEventStore<S extends EventStore>(store: S, schemas = EVENT_SCHEMAS): S {
  const append: EventStore['append'] = async (streamId, events, options) => {
    const failed = validateEvents(events, schemas);
    if (failed) throw new EventSchemaViolationError(failed.type, failed.violation);
    return store.append(streamId, events, options);
  };
  // A proxy, so whatever else the concrete store offers (beyond the EventStore interface) still works.
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'append') return append;
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
