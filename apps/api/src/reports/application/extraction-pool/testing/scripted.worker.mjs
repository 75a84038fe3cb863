// A test double of extraction.worker.js: the real extractor (from the build in dist/), steered by a
// marker at the start of the text so tests can make a worker crash, hang, throw or be slow on purpose.
//   [[crash]]            the worker exits (code 3) on every attempt
//   [[crash-once:FILE]]  exits the first time (creating FILE), answers on the retry
//   [[hang]]             never answers (a busy loop)
//   [[throw]]            the extractor throws
//   [[throw-once:FILE]]  throws the first time (creating FILE), would answer if asked again
//   [[slow:MS]]          blocks MS milliseconds, then answers
import { existsSync, writeFileSync } from 'node:fs';
import { parentPort, threadId } from 'node:worker_threads';

const { extract, EXTRACTOR_VERSION } = await import(
  new URL('../../../../../../../dist/libs/extraction/src/index.js', import.meta.url).href
);

function firstTime(file) {
  if (existsSync(file)) return false;
  writeFileSync(file, 'done');
  return true;
}

function run(text) {
  const [, what, arg] = /^\[\[([a-z-]+)(?::([^\]]+))?\]\]/.exec(text) ?? [];
  if (what === 'crash' || (what === 'crash-once' && firstTime(arg))) process.exit(3);
  if (what === 'hang') for (;;);
  if (what === 'throw' || (what === 'throw-once' && firstTime(arg))) throw new Error('scripted failure');
  if (what === 'slow') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(arg));
}

export default function handle(task) {
  if (task.type === 'version') return { type: 'version', version: EXTRACTOR_VERSION };
  if (task.type === 'extract-batch') return { type: 'batch', answers: task.inputs.map(extractOne) };
  return extractOne(task.input);
}

function extractOne(input) {
  try {
    run(input.text);
    return { type: 'result', record: extract(input) };
  } catch (error) {
    return { type: 'error', message: error.message };
  }
}

// Warmed up before `ready`, as extraction.worker.ts is.
extract({ text: 'قصفت القوات الأذربيجانية مدينة جرموك بالمدفعية صباح اليوم.', publishedOn: '2022-09-13', source: null, language: null });
parentPort.postMessage({ type: 'ready', threadId, version: EXTRACTOR_VERSION });
