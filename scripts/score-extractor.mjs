// Scores the built extractor on a gold corpus (default ../shared/corpus/dev), in process:
// type, event and figure F1 per conflict group (the gold files' "conflict" field) and overall.
// The README's per-group table is this script's output.
//
//   npm run -s build:node && node scripts/score-extractor.mjs [--misses] [--min-event-f1 X] [GOLD_DIR]
//   npm run score:extract
//
// Matching rules (the project's reading of shared/spec/event-taxonomy.md):
// - only scored types count; background events are not predictions;
// - an event matches a gold event of the same type when the claimant party is the gold one
//   (if the gold names one), the day range covers the gold day (if any) and one location
//   matches (same name or alias, or within the gold radius, 25 km by default);
// - a figure is a (party, category, value) triple; a casualty figure has a value only when it is
//   precise (not vague, min stated and max equal to it or open); a materiel figure by its count;
// - gold events marked optional neither reward nor penalise.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { extract, SCORED_EVENT_TYPES } = await import(join(root, 'dist/libs/extraction/src/index.js'));

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const valueOf = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--min-event-f1');
const goldDir = positional[0] ?? join(root, '../shared/corpus/dev');
const minEventF1 = valueOf('--min-event-f1') === undefined ? null : Number(valueOf('--min-event-f1'));
const showMisses = flag('--misses');

const scored = new Set(SCORED_EVENT_TYPES);
const files = statSync(goldDir).isDirectory()
  ? readdirSync(goldDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(goldDir, f))
  : [goldDir];

const fold = (s) =>
  String(s ?? '')
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\u2010-\u2015-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
const EARTH_DIAMETER_KM = 12742;
function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return EARTH_DIAMETER_KM * Math.asin(Math.sqrt(h));
}
function samePlace(predicted, gold) {
  const names = [gold.name, ...(gold.aliases ?? [])].map(fold);
  if (predicted.name && names.includes(fold(predicted.name))) return true;
  return Number.isFinite(predicted.lat) && Number.isFinite(predicted.lon) && distanceKm(predicted, gold) <= (gold.radiusKm ?? 25);
}
function coversDay(predicted, gold) {
  if (!gold.date) return true;
  const from = predicted.occurredOn?.from;
  const to = predicted.occurredOn?.to ?? from;
  return !!from && from <= gold.date && to >= (gold.dateFrom ?? gold.date);
}
function sameEvent(predicted, gold) {
  if (predicted.type !== gold.type || !coversDay(predicted, gold)) return false;
  if (gold.claimant && predicted.claimant?.party !== gold.claimant) return false;
  const places = gold.locations ?? [];
  return !places.length || predicted.locations.some((p) => places.some((g) => samePlace(p, g)));
}

/** (party, category or kind, value) of every figure that states one number. */
function figureKeys(events, fromGold) {
  const keys = new Set();
  for (const e of events) {
    for (const c of (fromGold ? e.figures : e.casualties) ?? []) {
      const precise = !c.vague && c.min != null && (c.max == null || c.max === c.min);
      const value = fromGold ? c.value : precise ? c.min : null;
      if (value != null) keys.add(`${c.party ?? '?'}|${c.category}|${value}`);
    }
    for (const m of e.materiel ?? []) if (m.count != null) keys.add(`${m.party ?? '?'}|${m.kind}|${m.count}`);
  }
  return keys;
}

const counts = () => ({ tp: 0, fp: 0, fn: 0 });
const tallies = () => ({ type: counts(), event: counts(), figure: counts(), reports: 0 });
function f1({ tp, fp, fn }) {
  const p = tp + fp ? tp / (tp + fp) : fn ? 0 : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
/** Adds one outcome to every tally given (the group's and the total). */
const bump = (ts, kind, field) => ts.forEach((t) => t[kind][field]++);

/** Scores one report into the tallies; returns its misses. */
function scoreReport(gold, ts) {
  const record = extract({ text: gold.text, publishedOn: gold.publishedOn ?? null, language: gold.language ?? 'ar' });
  const predicted = record.events.filter((e) => scored.has(e.type) && !e.background);
  const goldEvents = gold.events.filter((e) => scored.has(e.type));
  const required = goldEvents.filter((e) => !e.optional);
  const misses = [];

  const goldTypes = new Set(required.map((e) => e.type));
  const optionalTypes = new Set(goldEvents.filter((e) => e.optional).map((e) => e.type));
  for (const t of new Set(predicted.map((e) => e.type))) {
    if (goldTypes.has(t)) bump(ts, 'type', 'tp');
    else if (!optionalTypes.has(t)) bump(ts, 'type', 'fp');
  }
  for (const t of goldTypes) if (!predicted.some((e) => e.type === t)) bump(ts, 'type', 'fn');

  const used = new Set();
  for (const g of [...required, ...goldEvents.filter((e) => e.optional)]) {
    const i = predicted.findIndex((p, k) => !used.has(k) && sameEvent(p, g));
    if (i >= 0) {
      used.add(i);
      if (!g.optional) bump(ts, 'event', 'tp');
    } else if (!g.optional) {
      bump(ts, 'event', 'fn');
      misses.push(`event missed: ${g.type} ${g.date ?? ''} ${g.claimant ?? ''}`);
    }
  }
  predicted.forEach((p, k) => {
    if (used.has(k) || goldEvents.some((g) => sameEvent(p, g))) return;
    bump(ts, 'event', 'fp');
    misses.push(`event false alarm: ${p.type} ${p.occurredOn?.from ?? ''} ${p.claimant?.party ?? ''}`);
  });

  const goldFigures = figureKeys(required, true);
  const optionalFigures = figureKeys(
    goldEvents.filter((e) => e.optional),
    true,
  );
  const predictedFigures = figureKeys(predicted, false);
  for (const k of predictedFigures) {
    if (goldFigures.has(k)) bump(ts, 'figure', 'tp');
    else if (!optionalFigures.has(k)) {
      bump(ts, 'figure', 'fp');
      misses.push(`figure false alarm: ${k}`);
    }
  }
  for (const k of goldFigures) {
    if (predictedFigures.has(k)) continue;
    bump(ts, 'figure', 'fn');
    misses.push(`figure missed: ${k}`);
  }
  return misses;
}

const total = tallies();
const groups = new Map();
for (const file of files) {
  const gold = JSON.parse(readFileSync(file, 'utf8'));
  const name = gold.conflict ?? 'unlabelled';
  if (!groups.has(name)) groups.set(name, tallies());
  const group = groups.get(name);
  group.reports++;
  total.reports++;
  const misses = scoreReport(gold, [group, total]);
  if (showMisses && misses.length) console.log(`${gold.id}:\n  ${misses.join('\n  ')}`);
}

const cell = (t, kind) => {
  const { p, r, f } = f1(t[kind]);
  return `${kind} F1 ${f.toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)})`;
};
console.log('| group | reports | event F1 | figure F1 | type F1 |');
console.log('| --- | ---: | ---: | ---: | ---: |');
const row = (name, t) =>
  console.log(`| ${name} | ${t.reports} | ${f1(t.event).f.toFixed(3)} | ${f1(t.figure).f.toFixed(3)} | ${f1(t.type).f.toFixed(3)} |`);
for (const [name, t] of [...groups].sort(([a], [b]) => a.localeCompare(b))) row(name, t);
row('**all**', total);
console.log(`${cell(total, 'type')} | ${cell(total, 'event')} | ${cell(total, 'figure')}`);
process.exit(minEventF1 !== null && !(f1(total.event).f >= minEventF1) ? 1 : 0);
