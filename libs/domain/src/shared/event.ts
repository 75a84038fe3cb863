/**
 * Domain events, Emmett style: a type alias per event over `Event<Type, Data, Meta>`,
 * collected in one union per stream. `type` strings are stable forever.
 */
export type Event<
  EventType extends string = string,
  EventData extends object = object,
  EventMetadata extends object | undefined = undefined,
> = Readonly<{
  type: EventType;
  data: Readonly<EventData>;
  metadata: EventMetadata;
}>;

/** What every command carries besides its data: ids and time come from the caller, never from a clock in here. */
export interface CommandMetadata {
  /** When the command was received (ISO 8601). */
  now: string;
  /** Ties together everything a single request caused. */
  correlationId: string;
  /** The id of the message that caused this one, when there is one. */
  causationId?: string;
}
