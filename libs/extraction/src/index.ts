/**
 * Arabic news report → extraction record (shared/spec/event-taxonomy.md).
 *
 * ```ts
 * import { extract, EXTRACTOR_VERSION } from '@sitrep/extraction';
 * const record = extract({ text, publishedOn: '2022-09-13' });
 * record.events[0].type; // 'ShellingReported'
 * ```
 */
export { extract, EXTRACTOR_VERSION } from './extract.js';
export * from './extraction-record.js';
export { normalizeArabic, normalizeKey, type NormalizedText } from './text/normalize.js';
export { segmentSentences, type Sentence } from './text/sentences.js';
export { detectLanguage } from './text/language.js';
export { getPlace, preloadWorldPlaces, searchPlaces, worldGazetteer } from './gazetteer/index.js';
export type { Place } from './gazetteer/index.js';
