// Byte-for-byte snapshot of the extractor's output, for behaviour-preserving
// refactors: every dev-corpus report (with its publication date and without
// one) plus fixed-seed samples of the property spec's arbitraries, one JSON
// record per line. The baseline holds news text, so it lives outside the
// repository (default /tmp/extraction-snapshot.jsonl).
//
//   npm run -s build:node && node scripts/extraction-snapshot.mjs --write   # baseline
//   npm run -s build:node && node scripts/extraction-snapshot.mjs           # compare
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract } = await import(join(root, 'dist/libs/extraction/src/index.js'));
const corpus = join(root, '../shared/corpus/dev');
const baseline = process.env.SNAPSHOT_FILE ?? '/tmp/extraction-snapshot.jsonl';

const inputs = [];
for (const f of readdirSync(corpus).sort()) {
  const raw = readFileSync(join(corpus, f), 'utf8');
  if (f.endsWith('.json')) {
    const g = JSON.parse(raw);
    inputs.push({ id: `${f}`, text: g.text, publishedOn: g.publishedOn ?? null });
    inputs.push({ id: `${f}#undated`, text: g.text, publishedOn: null });
  } else if (f.endsWith('.txt')) inputs.push({ id: f, text: raw, publishedOn: null });
}

// The same vocabulary as extract.property.spec.ts, sampled with fixed seeds.
const { PROPERTY_WORDS: words } = await import(join(root, 'dist/libs/extraction/src/property-words.js'));
const arabicish = fc.array(fc.constantFrom(...words), { maxLength: 80 }).map((ws) => ws.join(' '));
const dated = fc.tuple(arabicish, fc.option(fc.constantFrom('2022-09-13', '2020-02-29', 'not-a-date')));
fc.sample(dated, { seed: 11, numRuns: 500 }).forEach(([text, d], i) => inputs.push({ id: `arabicish-${i}`, text, publishedOn: d }));
fc.sample(fc.string({ unit: 'binary', maxLength: 400 }), { seed: 12, numRuns: 300 }).forEach((text, i) =>
  inputs.push({ id: `unicode-${i}`, text, publishedOn: null }),
);
const mixed = fc.array(fc.oneof(arabicish, fc.string({ maxLength: 30 })), { maxLength: 6 }).map((p) => p.join('\n'));
fc.sample(mixed, { seed: 13, numRuns: 200 }).forEach((text, i) => inputs.push({ id: `mixed-${i}`, text, publishedOn: '2024-01-01' }));
// Every corpus sentence pair on its own, so a change in carried state shows as well.
for (const inp of inputs.filter((x) => x.id.endsWith('.json'))) {
  const paras = inp.text.split('\n').filter((l) => l.trim());
  paras.forEach((p, i) => inputs.push({ id: `${inp.id}/p${i}`, text: p, publishedOn: inp.publishedOn }));
}

const lines = inputs.map((x) => JSON.stringify({ id: x.id, record: extract({ text: x.text, publishedOn: x.publishedOn }) }));
const out = lines.join('\n') + '\n';
const digest = createHash('sha256').update(out).digest('hex');

if (process.argv.includes('--write')) {
  writeFileSync(baseline, out);
  console.log(`snapshot: wrote ${inputs.length} records to ${baseline} (sha256 ${digest})`);
} else {
  if (!existsSync(baseline)) {
    console.error(`snapshot: no baseline at ${baseline} (run with --write on the commit before the change)`);
    process.exit(2);
  }
  const before = readFileSync(baseline, 'utf8').split('\n');
  const now = out.split('\n');
  const diffs = now.map((l, i) => (l === before[i] ? null : i)).filter((i) => i !== null);
  if (diffs.length || before.length !== now.length) {
    console.error(`snapshot: ${diffs.length} of ${inputs.length} records differ (first: ${inputs[diffs[0]]?.id})`);
    process.exit(1);
  }
  console.log(`snapshot: ${inputs.length} records byte-equal to ${baseline} (sha256 ${digest})`);
}
