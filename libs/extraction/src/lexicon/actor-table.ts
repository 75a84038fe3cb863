import { ACTOR_TABLE } from '@sitrep/domain';
import type { Actor } from './actor.js';
import { Lexicon } from './lexicon.js';
import { normalizeKey } from '../text/normalize.js';

/**
 * Organisations and non-state armed groups as the actor lexicon reads them,
 * straight from the project's actor table (libs/domain/src/actors): a group's
 * code, English name and Arabic names live there and nowhere else.
 */
export const TABLE_ACTORS: ReadonlyArray<{ names: readonly string[]; actor: Actor }> = ACTOR_TABLE.flatMap((entry) => {
  const actor: Actor =
    entry.kind === 'organisation'
      ? { role: 'org', party: entry.code, name: entry.name }
      : { role: 'group', party: entry.code, name: entry.name, military: true };
  const rows = [{ names: entry.arabic, actor }];
  // a common noun («الثوار») names the group only in a report about its home country
  if (entry.generic?.length && entry.country) rows.push({ names: entry.generic, actor: { ...actor, homeOnly: entry.country } });
  return rows;
});

/** English names of table codes, for labels («Rapid Support Forces spokesman»). */
export const TABLE_NAMES: ReadonlyMap<string, string> = new Map(ACTOR_TABLE.map((e) => [e.code, e.name]));

/** Codes of the non-state armed groups and de facto authorities: sides of a report's dyad like states. */
export const GROUP_CODES: ReadonlySet<string> = new Set(ACTOR_TABLE.filter((e) => e.kind === 'group').map((e) => e.code));

/**
 * Armed groups without an army of their own: their counts of «جنود» are of the state they fight. De facto
 * authorities (Karabakh, the Houthis, Haftar's army, the Peshmerga) have soldiers and are not here.
 */
export const IRREGULAR_CODES: ReadonlySet<string> = new Set(ACTOR_TABLE.filter((e) => e.kind === 'group' && !e.deFacto).map((e) => e.code));

/**
 * Groups whose every name of several words opens with a noun in construct, without the article («جيش محمد», «جيش
 * العزة»), by code: those first words, normalised. «الضابط بالجيش محمد علي» (the army, then a man's name) is not «جيش
 * محمد»: the names never take the article on that word, so a mention that has it is another phrase.
 */
export const CONSTRUCT_FIRST_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  ACTOR_TABLE.flatMap((e) => {
    const firsts = e.arabic.map((n) => normalizeKey(n).split(' ').filter(Boolean));
    const construct = firsts.every((w) => w.length > 1 && !/^ال/.test(w[0]!));
    return construct ? [[e.code, new Set(firsts.map((w) => w[0]!))] as const] : [];
  }),
);

/** Organisations (UN, ICRC, …): they count the dead of others, never their own unless they say so. */
export const ORG_CODES: ReadonlySet<string> = new Set(ACTOR_TABLE.filter((e) => e.kind === 'organisation').map((e) => e.code));

/** Groups not at war with their home state, with that state («LB-HEZBOLLAH» → LB): never two sides of one report. */
export const HOME_ALLIES: ReadonlyMap<string, string> = new Map(
  ACTOR_TABLE.filter((e) => e.homeAlly && e.country).map((e) => [e.code, e.country!]),
);

/** A state and the group allied to it at home (LB and LB-HEZBOLLAH): one side, never attacker and target. */
export function homeAllied(a: string | null, b: string | null): boolean {
  return !!a && !!b && (HOME_ALLIES.get(a) === b || HOME_ALLIES.get(b) === a);
}

/** Eras of codes whose names change meaning on a day («طالبان» is the state AF after August 2021). */
export const CODE_ERAS: ReadonlyMap<string, { until: string; successor: string | null }> = new Map(
  ACTOR_TABLE.filter((e) => e.until).map((e) => [e.code, { until: e.until!, successor: e.successor ?? null }]),
);

const DAY_MS = 86_400_000;
const FORCES = 'قوات ';

/** The code a name stands for on a day (days since the epoch; null: the report's day is unknown, the name's own code). */
export function partyOnDay(party: string | null, day: number | null): string | null {
  const era = party ? CODE_ERAS.get(party) : undefined;
  if (!era || day === null) return party;
  return day * DAY_MS > Date.parse(era.until) ? era.successor : party;
}

/**
 * The groups whose table names are «قوات X» («قوات القيادة العامة», «قوات حفتر»), by X: what a unit «التابعة لـX» or
 * «الموالية لـX» belongs to.
 */
export const FORCES_OF = new Lexicon<string>();
for (const e of ACTOR_TABLE)
  if (e.kind === 'group')
    FORCES_OF.addAll(
      e.arabic.filter((n) => n.startsWith(FORCES)).map((n) => n.slice(FORCES.length)),
      e.code,
    );
