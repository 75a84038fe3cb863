import { Injectable } from '@nestjs/common';
import type { ExtractionInput, ExtractionRecord } from '@sitrep/extraction';
import type { ReportExtractor } from './extractor.port.js';

type ExtractionModule = typeof import('@sitrep/extraction');

/** libs/extraction, in-process; loaded on first use so that the API and `sitrep --help` start without the lexicons. */
@Injectable()
export class InProcessExtractor implements ReportExtractor {
  private module: Promise<ExtractionModule> | null = null;

  private load(): Promise<ExtractionModule> {
    return (this.module ??= import('@sitrep/extraction'));
  }

  async extract(input: ExtractionInput): Promise<ExtractionRecord> {
    return (await this.load()).extract(input);
  }

  async version(): Promise<string> {
    return (await this.load()).EXTRACTOR_VERSION;
  }
}
