import { ACTORS } from '../../lexicon/parties.js';
import type { Token } from '../../text/tokens.js';
import type { FigureSentence } from './figure-sentence.js';

const STATE_CODE = /^[A-Z]{2}$/;
const soleStates = new WeakMap<readonly unknown[], string | null>();

/**
 * The one state a sentence is set in: every place it names lies in that state, and it names no other state's side
 * (a nisba, a country, a state's forces). «وفي بوركينا فاسو، قتل 15 جنديا في هجوم»: BF. Null when it names no
 * place, places in two states, or a second state («في غارة إسرائيلية على جنوب لبنان»). Armed groups are no state
 * and do not count («في هجوم شنه تنظيم الدولة»). Computed once per sentence.
 */
export function soleStateOf(sentence: FigureSentence): string | null {
  const known = soleStates.get(sentence.tokens);
  if (known !== undefined) return known;
  const found = findSoleState(sentence);
  soleStates.set(sentence.tokens, found);
  return found;
}

function findSoleState({ places = [], actors, tokens }: FigureSentence): string | null {
  const countries = new Set(places.map((m) => m.place.country).filter((c): c is string => !!c));
  if (countries.size !== 1) return null;
  const [state] = [...countries];
  const other = (party: string | null, at: number) => !!party && STATE_CODE.test(party) && party !== state && !afterBorderWith(tokens, at);
  if (actors.some((a) => a.role !== 'agency' && other(a.party, a.start))) return null;
  // a nisba on any noun («لقافلة عسكرية إثيوبية»): that state's men may be the ones counted
  return tokens.some((t, k) => other(nisbaOf(t), k)) ? null : state;
}

/** The state of a one-word nisba or country name («إثيوبية», «الأمريكي»), else null. */
function nisbaOf(t: Token): string | null {
  if (t.kind !== 'word') return null;
  const m = ACTORS.matchAt([t], 0);
  return m && m.end === 1 && (m.data.role === 'nisba' || m.data.role === 'country') ? m.data.party : null;
}

/** «قرب الحدود مع مالي»: a neighbour named only for its border is no side. */
function afterBorderWith(tokens: FigureSentence['tokens'], at: number): boolean {
  return tokens[at - 1]?.text === 'مع' && BORDER.test(tokens[at - 2]?.text ?? '');
}
const BORDER = /^[وبل]?(?:ال|لل)?حدود(?:ها|ه)?$/u;
