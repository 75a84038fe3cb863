/** Timing and memory helpers shared by the benchmark scripts. */

export const now = (): number => performance.now();

/** Samples resident memory while a phase runs: the peak, and the growth over the phase's start. */
export class RssSampler {
  private timer: NodeJS.Timeout | null = null;
  private startRss = 0;
  private peakRss = 0;

  start(intervalMs = 100): this {
    this.startRss = process.memoryUsage.rss();
    this.peakRss = this.startRss;
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    return this;
  }

  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peakRss) this.peakRss = rss;
  }

  /** The peak so far, in bytes. */
  get peak(): number {
    return this.peakRss;
  }

  stop(): { startMiB: number; peakMiB: number; growthMiB: number } {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return { startMiB: mib(this.startRss), peakMiB: mib(this.peakRss), growthMiB: mib(this.peakRss - this.startRss) };
  }
}

export const mib = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Latency samples in milliseconds; percentiles by nearest rank. */
export class Latencies {
  private readonly samples: number[] = [];
  add(ms: number): void {
    this.samples.push(ms);
  }
  get count(): number {
    return this.samples.length;
  }
  percentile(p: number): number {
    if (!this.samples.length) return Number.NaN;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  }
}

/**
 * Runs `workers` loops in parallel until `durationMs` has passed; each loop
 * calls `step(worker, iteration)`, which returns how many events it wrote.
 */
export async function runWorkers(
  workers: number,
  durationMs: number,
  step: (worker: number, iteration: number) => Promise<number>,
): Promise<{ events: number; seconds: number; operations: number }> {
  const started = now();
  const deadline = started + durationMs;
  let events = 0;
  let operations = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; now() < deadline; i++) {
        // Not `events += await step()`: that reads `events` before the await and drops the other workers' counts.
        const written = await step(worker, i);
        events += written;
        operations++;
      }
    }),
  );
  return { events, operations, seconds: (now() - started) / 1000 };
}

/** A positive number from the environment; with `zeroSkips`, 0 too (a rate of 0 skips its run). */
export function envInt(name: string, fallback: number, zeroSkips = false): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(n) || n < 0 || (n === 0 && !zeroSkips))
    throw new Error(`${name}=${JSON.stringify(raw)} must be a positive number${zeroSkips ? ' or 0' : ''}`);
  return n;
}

export const log = (message: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
};
