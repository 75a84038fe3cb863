// A test double of extraction.worker.js that says it is ready with its V8 resource limits as the version, so a
// test can read what the pool started it with.
import { parentPort, resourceLimits } from 'node:worker_threads';

parentPort.postMessage({ type: 'ready', version: JSON.stringify(resourceLimits) });
