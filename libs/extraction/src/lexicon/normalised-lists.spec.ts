import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../text/normalize.js';
import * as equipmentModels from './figures/equipment-models.js';
import * as habitual from './habitual-words.js';
import * as materielContext from './figures/materiel-context.js';
import * as aftermath from './triggers/aftermath.js';
import * as aircraft from './triggers/aircraft-context.js';
import * as arms from './triggers/arms-context.js';
import * as attack from './triggers/attack-context.js';
import * as attackVerbs from './triggers/attack-verbs.js';
import * as captured from './triggers/captured-context.js';
import * as ceasefire from './triggers/ceasefire-context.js';
import * as clash from './triggers/clash-context.js';
import * as condolence from './triggers/condolence.js';
import * as control from './triggers/control-context.js';
import * as deathIdioms from './triggers/death-idioms.js';
import * as declare from './triggers/declare-verbs.js';
import * as losses from './triggers/losses-context.js';
import * as mobilize from './triggers/mobilize-verbs.js';
import * as notCasualties from './triggers/not-casualties.js';
import * as positions from './triggers/positions.js';
import * as request from './triggers/request-context.js';
import * as requestObjects from './triggers/request-objects.js';
import * as territory from './triggers/territory.js';
import * as calendar from './time/calendar-names.js';
import * as dateWords from './time/date-words.js';
import * as modifiers from './time/modifiers.js';
import * as ordinals from './time/ordinals.js';
import * as recap from './time/recap-words.js';
import * as relative from './time/relative-words.js';

/**
 * These word lists are compared with the variants of normalised tokens («أوائل» is «اوايل», «القتلى» is «القتلي»,
 * «خسائر» is «خساير»): a word written otherwise can never match, silently. Every word must be in normal form.
 */
const MODULES = {
  equipmentModels,
  habitual,
  materielContext,
  aftermath,
  aircraft,
  arms,
  attack,
  attackVerbs,
  captured,
  ceasefire,
  clash,
  condolence,
  control,
  deathIdioms,
  declare,
  losses,
  mobilize,
  notCasualties,
  positions,
  request,
  requestObjects,
  territory,
  calendar,
  dateWords,
  modifiers,
  ordinals,
  recap,
  relative,
};

function wordsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value instanceof RegExp || typeof value === 'number' || typeof value === 'function') return [];
  if (Array.isArray(value)) return value.flatMap(wordsOf);
  if (value instanceof Set) return [...value].flatMap(wordsOf);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...wordsOf(v)]);
  return [];
}

describe('trigger and time word lists are written as the normaliser writes tokens', () => {
  const rows = Object.entries(MODULES).flatMap(([module, exports]) =>
    Object.entries(exports).flatMap(([name, value]) =>
      wordsOf(value)
        .filter((w) => /[\u0621-\u064a]/.test(w))
        .map((word) => ({ at: `${module}.${name}`, word })),
    ),
  );

  it('has words to check', () => {
    expect(rows.length).toBeGreaterThan(300);
  });

  it('every word is in normal form', () => {
    const wrong = rows.filter(({ word }) => normalizeArabic(word).text !== word).map(({ at, word }) => `${at}: ${word}`);
    expect(wrong).toEqual([]);
  });
});
