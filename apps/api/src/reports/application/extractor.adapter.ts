import { Injectable } from '@nestjs/common';
import type { ExtractionInput, ExtractionRecord } from '../../../../../libs/extraction/src/extraction-record.js';
import type { ReportExtractor } from './extractor.port.js';

interface ExtractionModule {
  extract(input: ExtractionInput): ExtractionRecord;
  EXTRACTOR_VERSION: string;
}

// Loaded on first use so that the HTTP app and `sitrep --help` start without paying for gazetteers and lexicons.
const EXTRACTION_MODULE = '../../../../../libs/extraction/src/index.js';

/** libs/extraction, in-process. */
@Injectable()
export class InProcessExtractor implements ReportExtractor {
  private module: Promise<ExtractionModule> | null = null;

  private load(): Promise<ExtractionModule> {
    return (this.module ??= import(EXTRACTION_MODULE) as Promise<ExtractionModule>);
  }

  async extract(input: ExtractionInput): Promise<ExtractionRecord> {
    return (await this.load()).extract(input);
  }

  async version(): Promise<string> {
    return (await this.load()).EXTRACTOR_VERSION;
  }
}
