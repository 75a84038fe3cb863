import { appendFileSync } from 'node:fs';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    chaosSummaryFile: string;
  }
}

/** Named counters of one scenario, printed as `name: a=1 b=2` and collected for the end-of-run summary. */
export class Tally {
  readonly counts = new Map<string, number>();
  readonly notes: string[] = [];

  constructor(readonly scenario: string) {}

  add(name: string, by = 1): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + by);
  }

  set(name: string, value: number): void {
    this.counts.set(name, value);
  }

  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** A sample of what went wrong, kept short. */
  note(message: string): void {
    if (this.notes.length < 20) this.notes.push(message);
  }

  line(headline?: string): string {
    const counts = [...this.counts].map(([k, v]) => `${k}=${v}`).join(' ');
    return `[chaos] ${this.scenario}: ${headline ? `${headline} | ` : ''}${counts}`;
  }

  /** Prints now and records for the summary that the global teardown prints. */
  report(headline?: string): void {
    const line = this.line(headline);
    process.stdout.write(`${line}\n`);
    for (const n of this.notes) process.stdout.write(`[chaos]   ${n}\n`);
    const file = inject('chaosSummaryFile');
    if (file)
      appendFileSync(
        file,
        `${JSON.stringify({ scenario: this.scenario, headline, counts: Object.fromEntries(this.counts), notes: this.notes })}\n`,
      );
  }
}
