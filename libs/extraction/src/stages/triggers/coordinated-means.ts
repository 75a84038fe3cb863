import type { Cue } from '../../lexicon/cues.js';
import type { LexMatch } from '../../lexicon/lexicon.js';
import type { Token } from '../../text/tokens.js';

/**
 * One phrase that tells several means: «قصف مدفعي وجوي», «قصف جوي وبري وبحري», «هجوم بري وجوي». The adjectives
 * joined to a word of bombardment or of a ground attack each name a means of their own: «جوي» the air half (an air
 * strike), «بري»/«بحري» after an air word the ground or naval half (a shelling). Alone, «جوي» is no cue («الدفاع
 * الجوي», «المجال الجوي»), and «القوات البرية والجوية» joins no word of bombardment or attack.
 * «مدفعي» and «صاروخي» are cues of their own and only carry the chain on.
 */
export function coordinatedMeans(tokens: readonly Token[], cue: LexMatch<Cue>): LexMatch<Cue>[] {
  const head = headOf(tokens, cue);
  if (!head) return [];
  const parts: LexMatch<Cue>[] = [];
  for (let k = cue.end; k < Math.min(tokens.length, cue.end + CHAIN_REACH); k++) {
    const adjective = MEANS_ADJECTIVE.exec(tokens[k]!.text);
    if (!adjective) break;
    const joined = !!adjective[1];
    const means = adjective[2]!;
    if (joined && AIR.test(means) && head !== 'air') parts.push({ start: k, end: k + 1, data: AIR_PART });
    if (joined && SURFACE.test(means) && head === 'air') parts.push({ start: k, end: k + 1, data: SURFACE_PART });
  }
  return parts;
}

/** What the chain hangs on: a bombardment word (shelling or air), or a ground attack («هجوم بري», «عملية برية»). */
function headOf(tokens: readonly Token[], cue: LexMatch<Cue>): 'shell' | 'air' | 'ground' | null {
  const kind = cue.data.kind;
  if (kind === 'shell' || kind === 'air') return kind;
  if (kind === 'clash' && GROUND.test(tokens[cue.end - 1]!.text)) return 'ground';
  // «هجوم» then «بري» written after it: «شنت القوات هجوما بريا وجويا»
  if (kind === 'attack' && GROUND.test(tokens[cue.end]?.text ?? '')) return 'ground';
  return null;
}

/** «جوي», «وجويا», «والجوية», «وبري», «وبحري», «ومدفعي», «وصاروخيا» (normalised: «ة» is «ه»). */
const MEANS_ADJECTIVE = /^(و)?(?:ال)?(جوي|بري|بحري|مدفعي|صاروخي)(?:ه|ا|يا)?$/;
const AIR = /^جوي$/;
const SURFACE = /^(?:بري|بحري)$/;
const GROUND = /^(?:ال)?بري(?:ه|ا)?$/;
/** A bombardment's adjectives, one after another («قصف جوي وبري وبحري»). */
const CHAIN_REACH = 4;

const AIR_PART: Cue = { kind: 'air', weapon: 'aircraft', joined: true };
const SURFACE_PART: Cue = { kind: 'shell', weapon: 'artillery', joined: true };
