import { Lexicon } from './lexicon.js';
import type { Actor } from './actor.js';
import { TABLE_ACTORS, TABLE_NAMES } from './actor-table.js';
import { CONTEXTUAL, HEADS, LOCAL_HEADS } from './heads.js';
import { MEDIA } from './media.js';
import { PERSONS } from './persons.js';
import { REGIONAL_NAMES } from './regional-names.js';
import { stateCodes } from '@sitrep/domain';
import { normalizeKey } from '../text/normalize.js';
import {
  CAPITALS,
  COUNTRIES,
  NISBA,
  NISBA_EXTRA,
  nisbaForms,
  PARTY_ADJECTIVE,
  PRESS_COUNTRY_NAMES,
  STATE_FORCES,
  worldCountries,
} from './states.js';
import { WORLD_ADJECTIVES, WORLD_NISBA, WORLD_NISBA_EXTRA } from './world-nisba.js';

export { PARTY_ADJECTIVE };
export type { Actor, ActorRole } from './actor.js';

/**
 * Parties and actors. Party codes follow ../shared/spec/actors.md: ISO 3166-1
 * alpha-2 for states; organisations and non-state armed groups come from the
 * project's actor table (libs/domain/src/actors/actor-table.ts, read by
 * actor-table.ts here), so a group is named in one place.
 *
 * International wire services (Reuters, AFP, AP, dpa) are channels, not
 * parties: their party is null. State media carry their state's code, a
 * group's outlet the group's (media.ts).
 */

/** Organisations without a party code of their own (not in the actor table). */
const ORGS_NULL: Array<[string, string[]]> = [
  ['Organisation of Islamic Cooperation', ['منظمة التعاون الإسلامي']],
  ['Human Rights Watch', ['هيومن رايتس ووتش']],
  ['Amnesty International', ['منظمة العفو الدولية']],
  ['Syrian Observatory for Human Rights', ['المرصد السوري لحقوق الإنسان', 'المرصد السوري']],
  // the rescue service of the opposition-held north-west (the White Helmets), not the Syrian state's
  ['Syria Civil Defence (White Helmets)', ['الدفاع المدني السوري', 'الخوذ البيضاء', 'منظمة الخوذ البيضاء']],
];

/**
 * Unnamed eyewitness sources («قال شهود عيان», «بحسب ناشطين», «أفاد سكان محليون»): they speak for no party, and a
 * report's fighters after them are what they saw, not who said it.
 */
const WITNESSES: Array<[string, string[]]> = [
  ['witnesses', ['شهود عيان', 'شاهد عيان', 'شهود', 'الشهود']],
  ['activists', ['ناشطون', 'ناشطين', 'نشطاء', 'ناشطون محليون', 'ناشطين محليين', 'ناشطون ميدانيون']],
  ['residents', ['سكان محليون', 'سكان محليين', 'الأهالي']],
];

/** Armed groups named too loosely for a code (several factions, or a name two groups use). */
const LOOSE_GROUPS: Array<[string, string[]]> = [
  ['Palestinian factions', ['فصائل المقاومة', 'المقاومة الفلسطينية']],
  ['Axis of Resistance', ['محور المقاومة']],
  // several states under one name: not the forces of the report's country («قوات التحالف» in Syria or Yemen)
  ['Coalition', ['التحالف', 'التحالف الدولي', 'التحالف العربي', 'تحالف دعم الشرعية', 'قوات التحالف', 'طيران التحالف']],
];

const ENGLISH = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** A state's English name from its ISO code (ICU), else the code itself. */
const englishName = (party: string): string => (/^[A-Z]{2}$/.test(party) ? ENGLISH.of(party) : undefined) ?? party;
/** A state's English adjective for labels: the hand-written ones, the world's (world-nisba.ts), else its name. */
const adjectiveOf = (party: string): string | undefined => PARTY_ADJECTIVE[party] ?? WORLD_ADJECTIVES[party];

const WORLD_COUNTRIES = [...worldCountries(stateCodes()), ...PRESS_COUNTRY_NAMES];

/**
 * One-word country names written with the article («العراق», «السعودية»), normalised. A definite token that matched a
 * country and is none of these is its adjective («السورية», «التركية»; «المالية» is also «financial»).
 */
export const DEFINITE_COUNTRY_NAMES: ReadonlySet<string> = new Set(
  [...COUNTRIES, ...WORLD_COUNTRIES]
    .flatMap(([, names]) => names)
    .map(normalizeKey)
    .filter((n) => n.startsWith('ال') && !n.includes(' ')),
);

export const ACTORS = new Lexicon<Actor>();
for (const [party, names] of COUNTRIES) ACTORS.addAll(names, { role: 'country', party, name: PARTY_ADJECTIVE[party] ?? party });
for (const [party, names] of WORLD_COUNTRIES) ACTORS.addAll(names, { role: 'country', party, name: englishName(party) });
for (const [party, names] of STATE_FORCES)
  ACTORS.addAll(names, { role: 'country', party, name: PARTY_ADJECTIVE[party] ?? party, military: true });
for (const [party, names] of CAPITALS) ACTORS.addAll(names, { role: 'capital', party, name: PARTY_ADJECTIVE[party] ?? party });
for (const [party, stems] of NISBA)
  for (const s of stems) ACTORS.addAll(nisbaForms(s), { role: 'nisba', party, name: PARTY_ADJECTIVE[party] ?? party });
for (const [party, forms] of NISBA_EXTRA) ACTORS.addAll(forms, { role: 'nisba', party, name: PARTY_ADJECTIVE[party] ?? party });
// the rest of the world's states; a form that is the country's own name («بوروندي», «كينيا») stays a country
const COUNTRY_NAME_KEYS: ReadonlySet<string> = new Set([...COUNTRIES, ...WORLD_COUNTRIES].flatMap(([, names]) => names).map(normalizeKey));
for (const [party, stems] of WORLD_NISBA)
  for (const s of stems)
    ACTORS.addAll(
      nisbaForms(s).filter((f) => !COUNTRY_NAME_KEYS.has(normalizeKey(f))),
      { role: 'nisba', party, name: adjectiveOf(party) ?? englishName(party) },
    );
for (const [party, forms] of WORLD_NISBA_EXTRA)
  ACTORS.addAll(forms, { role: 'nisba', party, name: adjectiveOf(party) ?? englishName(party) });
for (const { names, actor } of TABLE_ACTORS) ACTORS.addAll(names, actor);
for (const [name, names] of ORGS_NULL) ACTORS.addAll(names, { role: 'org', party: null, name });
for (const [name, names] of WITNESSES) ACTORS.addAll(names, { role: 'org', party: null, name });
for (const [party, name, names] of MEDIA) ACTORS.addAll(names, { role: 'agency', party, name });
for (const { names, regional } of REGIONAL_NAMES)
  ACTORS.addAll(names, { role: 'group', party: null, name: regional.name, military: true, regional });
for (const [name, names] of LOOSE_GROUPS) ACTORS.addAll(names, { role: 'group', party: null, name, military: true });
for (const [party, name, names] of PERSONS) ACTORS.addAll(names, { role: 'person', party, name });
for (const [name, military, names] of HEADS) ACTORS.addAll(names, { role: 'head', party: null, name, military });
for (const [name, military, names] of LOCAL_HEADS) ACTORS.addAll(names, { role: 'head', party: null, name, military, local: true });
for (const [contextual, name, military, names] of CONTEXTUAL)
  ACTORS.addAll(names, { role: 'head', party: null, name, military, contextual });

export function partyLabel(party: string | null, head: string): string {
  const adj = party ? (adjectiveOf(party) ?? TABLE_NAMES.get(party) ?? englishName(party)) : null;
  return adj ? `${adj} ${head}` : head;
}
