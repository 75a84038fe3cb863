// node .ci/flaky.mjs FIRST.json RERUN.json: the tests FIRST failed that RERUN (their files run once
// more, alone) passed. Prints one line per such test, then the count alone on the last line. A test
// that failed again, or that the rerun did not run, is not flaky: it stays failed.
import { readFileSync } from 'node:fs';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const key = (file, test) => `${file.name} › ${test.fullName}`;
const byStatus = (report, status) =>
  new Set(report.testResults.flatMap((f) => f.assertionResults.filter((t) => t.status === status).map((t) => key(f, t))));

const [first, rerun] = process.argv.slice(2).map(read);
const passedOnRerun = byStatus(rerun, 'passed');
const flaky = [...byStatus(first, 'failed')].filter((k) => passedOnRerun.has(k));
for (const k of flaky) console.log(k);
console.log(flaky.length);
