import { setTimeout as sleep } from 'node:timers/promises';
/**
 * `clients` concurrent loops, each calling `step(client, iteration)` until
 * `signal` aborts or `maxIterations` steps were made in total. Exceptions in a
 * step are collected, never thrown, so one broken client does not stop the load.
 */
export async function runClients(
  clients: number,
  step: (client: number, iteration: number) => Promise<void>,
  options: { signal?: AbortSignal; maxIterations?: number } = {},
): Promise<{ steps: number; errors: unknown[] }> {
  let next = 0;
  const errors: unknown[] = [];
  const max = options.maxIterations ?? Infinity;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (!options.signal?.aborted) {
        const iteration = next++;
        if (iteration >= max) break;
        try {
          await step(client, iteration);
        } catch (error) {
          errors.push(error);
        }
      }
    }),
  );
  return { steps: Math.min(next, max), errors };
}

/** A uniformly random delay in [min, max) ms; Math.random is fine: the suite prints what it did, not a seed. */
export const randomBetween = (min: number, max: number) => min + Math.floor(Math.random() * (max - min));

export { sleep };
