/**
 * One extraction worker thread, run by piscina: loading this module loads
 * libs/extraction once and warms it up, then piscina calls the default export
 * for each task. The extractor is pure and never throws by contract; if it does,
 * the error goes back as an answer and the worker carries on.
 */
import { parentPort, threadId } from 'node:worker_threads';
import { EXTRACTOR_VERSION, extract } from '@sitrep/extraction';
import type { ExtractionInput } from '@sitrep/extraction';
import type { FromWorker, ReportAnswer, ToWorker, WorkerReady } from './extraction-worker.protocol.js';

if (!parentPort) throw new Error('extraction.worker runs as a worker thread (ExtractionPool starts it)');

export default function handle(task: ToWorker): FromWorker {
  if (task.type === 'version') return { type: 'version', version: EXTRACTOR_VERSION };
  if (task.type === 'extract-batch') return { type: 'batch', answers: task.inputs.map(extractOne) };
  return extractOne(task.input);
}

function extractOne(input: ExtractionInput): ReportAnswer {
  try {
    return { type: 'result', record: extract(input) };
  } catch (error) {
    return { type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

// The extractor reads some tables on first use (the world gazetteer: ~0.6 s, then under 1 ms a report).
// One report before `ready` pays that here, so the first real report after a worker (re)start does not.
extract({ text: 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم.', publishedOn: '2022-09-13', source: null, language: null });
const ready: WorkerReady = { type: 'ready', threadId, version: EXTRACTOR_VERSION };
parentPort.postMessage(ready);
