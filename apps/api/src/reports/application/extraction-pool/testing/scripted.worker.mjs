// A test double of extraction.worker.js: the real extractor (from the build in dist/), steered by a
// marker at the start of the text so tests can make a worker crash, hang, throw or be slow on purpose.
//   [[crash]]            the worker exits (code 3) on every attempt
//   [[crash-once:FILE]]  exits the first time (creating FILE), answers on the retry
//   [[hang]]             never answers (a busy loop)
//   [[throw]]            answers with an error message
//   [[slow:MS]]          blocks MS milliseconds, then answers
import { existsSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

const { extract, EXTRACTOR_VERSION } = await import(
  new URL('../../../../../../../dist/libs/extraction/src/index.js', import.meta.url).href
);

parentPort.on('message', (task) => {
  const marker = /^\[\[([a-z-]+)(?::([^\]]+))?\]\]/.exec(task.input.text);
  const [, what, arg] = marker ?? [];
  if (what === 'crash') process.exit(3);
  if (what === 'crash-once' && !existsSync(arg)) {
    writeFileSync(arg, 'crashed');
    process.exit(3);
  }
  if (what === 'hang') for (;;);
  if (what === 'throw') {
    parentPort.postMessage({ type: 'error', id: task.id, message: 'scripted failure' });
    return;
  }
  if (what === 'slow') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(arg));
  parentPort.postMessage({ type: 'result', id: task.id, record: extract(task.input) });
});
// Warmed up before `ready`, as extraction.worker.ts is.
extract({ text: 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم.', publishedOn: '2022-09-13', source: null, language: null });
parentPort.postMessage({ type: 'ready', version: EXTRACTOR_VERSION });
