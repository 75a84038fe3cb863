import type { ExtractedEvent } from '@sitrep/extraction';

/** The payload of one extracted event: the extraction record's event minus `type`, plus where it came from. */
export type ExtractedEventData = Omit<ExtractedEvent, 'type'> & {
  reportId: string;
  extractionId: string;
  /** 0-based position in its extraction, stable for a given extractor version and input. */
  ordinal: number;
};
