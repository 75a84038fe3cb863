/**
 * Entry point of one extraction worker thread: loads libs/extraction once, says
 * it is ready, then answers one task at a time. The extractor is pure and never
 * throws by contract; if it does, the error goes back as a message and the
 * worker carries on.
 */
import { parentPort } from 'node:worker_threads';
import { EXTRACTOR_VERSION, extract } from '../../../../../../libs/extraction/src/index.js';
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
send({ type: 'ready', version: EXTRACTOR_VERSION });
