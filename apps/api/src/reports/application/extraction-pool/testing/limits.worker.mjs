// A test double of extraction.worker.js that says it is ready with its V8 resource limits as the version, so a
// test can read what the pool started it with.
import { parentPort, resourceLimits, threadId } from 'node:worker_threads';

const version = JSON.stringify(resourceLimits);

export default function handle(task) {
  return task.type === 'version' ? { type: 'version', version } : { type: 'error', message: 'limits.worker only answers version' };
}

parentPort.postMessage({ type: 'ready', threadId, version });
