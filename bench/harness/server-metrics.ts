/** Sums and counts of the server's own histograms (`GET /metrics`), to split a request's time into phases. */

export interface HistogramTotals {
  /** Seconds observed in all. */
  sum: number;
  count: number;
}

export interface PhaseTotals {
  /** POST /reports answered 201: the whole request as the server timed it (Fastify's elapsed time). */
  created: HistogramTotals;
  /** Extraction of a report: the wait for a free worker and the worker's run. */
  extraction: HistogramTotals;
}

const number = (text: string, pattern: RegExp): number => Number(pattern.exec(text)?.[1] ?? 0);

export async function phaseTotals(serverUrl: string): Promise<PhaseTotals | null> {
  try {
    const text = await (await fetch(`${serverUrl}/metrics`)).text();
    const labels = String.raw`\{(?=[^}]*method="POST")(?=[^}]*route="/reports")(?=[^}]*status="201")[^}]*\}`;
    return {
      created: {
        sum: number(text, new RegExp(String.raw`^sitrep_http_request_duration_seconds_sum${labels} (\S+)$`, 'm')),
        count: number(text, new RegExp(String.raw`^sitrep_http_request_duration_seconds_count${labels} (\S+)$`, 'm')),
      },
      extraction: {
        sum: number(text, /^sitrep_extraction_duration_seconds_sum (\S+)$/m),
        count: number(text, /^sitrep_extraction_duration_seconds_count (\S+)$/m),
      },
    };
  } catch {
    return null;
  }
}

/** Mean milliseconds of what was observed between two readings, or null when nothing was. */
export function meanMs(before: HistogramTotals, after: HistogramTotals): number | null {
  const count = after.count - before.count;
  return count > 0 ? ((after.sum - before.sum) / count) * 1000 : null;
}
