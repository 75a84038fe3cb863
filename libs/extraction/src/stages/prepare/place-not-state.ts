import { ACTORS } from '../../lexicon/parties.js';
import type { Token } from '../../text/tokens.js';
import type { PlaceMatch } from './places.js';

/**
 * «في كويتا» (Quetta): a place the gazetteer knows, that names another state («الكويت») only once an ending is cut
 * from it («كويتا» → «كويت»), is the place and no side: its token keeps only the readings of its whole word, so no rule
 * reads it as that state, its nisba or its capital. A word that names the state whole stays ambiguous («عمان»: Amman
 * or Oman), and so does a place that lies in that state or may («طرابلس»).
 */
export function placesNotStates(tokens: Token[], places: readonly PlaceMatch[], placeAt: readonly number[]): void {
  places.forEach((p, k) => {
    const at = placeAt[k];
    const t = tokens[at];
    if (!t || t.kind !== 'word') return;
    const party = stateReadAt(tokens, at);
    if (!party || inState(p, party)) return;
    const whole = t.variants.filter((v) => t.text.endsWith(v));
    if (whole.length === t.variants.length || stateReadAt([{ ...t, variants: whole, lex: [] }], 0)) return;
    // a memo of its own: the shared one belongs to every token of this form
    tokens[at] = { ...t, variants: whole, lex: [] };
  });
}

/** The state a one-word country name, nisba or capital at `at` names, if any. */
function stateReadAt(tokens: readonly Token[], at: number): string | null {
  const m = ACTORS.matchAt(tokens, at);
  if (!m || m.end !== at + 1 || !m.data.party || !STATE_ROLES.has(m.data.role)) return null;
  return m.data.party;
}
const STATE_ROLES: ReadonlySet<string> = new Set(['country', 'nisba', 'capital']);

function inState(p: PlaceMatch, party: string): boolean {
  return p.place.country === party || !!p.alternatives?.some((a) => a.country === party);
}
