/**
 * Entry point of one extraction worker thread: loads libs/extraction once, warms
 * it up, says it is ready, then answers one task at a time. The extractor is pure and never
 * throws by contract; if it does, the error goes back as a message and the
 * worker carries on.
 */
import { parentPort } from 'node:worker_threads';
import { EXTRACTOR_VERSION, extract } from '@sitrep/extraction';
import type { FromWorker, ToWorker } from './extraction-worker.protocol.js';

const port = parentPort;
if (!port) throw new Error('extraction.worker runs as a worker thread (ExtractionPool starts it)');

const send = (message: FromWorker) => port.postMessage(message);

port.on('message', (task: ToWorker) => {
  try {
    send({ type: 'result', id: task.id, record: extract(task.input) });
  } catch (error) {
    send({ type: 'error', id: task.id, message: error instanceof Error ? error.message : String(error) });
  }
});
// The extractor reads some tables on first use (the world gazetteer: ~0.6 s, then under 1 ms a report).
// One report before `ready` pays that here, so the first real report after a worker (re)start is not
// the one that runs over the pool's time limit.
extract({ text: 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم.', publishedOn: '2022-09-13', source: null, language: null });
send({ type: 'ready', version: EXTRACTOR_VERSION });
