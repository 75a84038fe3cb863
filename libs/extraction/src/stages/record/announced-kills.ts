import type { ExtractedEvent } from '../../extraction-record.js';
import { GROUP_CODES } from '../../lexicon/actor-table.js';
import { REPELLING } from '../../lexicon/triggers/clash-context.js';
import type { Token } from '../../text/tokens.js';
import type { Draft } from '../drafts/draft.js';
import { HOSTILE } from '../drafts/trigger-drafts.js';

const REPELS: ReadonlySet<string> = new Set(REPELLING);

/**
 * «أعلن حزب العمال الكردستاني مقتل 5 جنود أتراك في هجوم على قاعدة», «قالت حركة الشباب إنها قتلت 12 جنديا صوماليا في
 * هجوم»: an armed group that counts the enemy's dead in its own sentence tells its own attack, not one on it. When the
 * attack's author was only guessed from the dyad (no attacker named, no side attacked), and the same claimant's toll
 * in that sentence counts soldiers of one other side only, the claimant attacked that side. Not when it repelled the
 * attack («صد هجوما … ومقتل 10 من المهاجمين»). `tokensOf` gives a sentence's tokens.
 */
export function announcedKills(
  events: readonly ExtractedEvent[],
  drafts: readonly Draft[],
  tokensOf: (sentence: number) => readonly Token[],
): ExtractedEvent[] {
  const enemyDead = new Map<number, { claimant: string; side: string }>();
  events.forEach((e, k) => {
    const side = enemyCounted(e);
    if (side) enemyDead.set(drafts[k]!.sentence, { claimant: e.claimant.party!, side });
  });
  if (!enemyDead.size) return [...events];
  return events.map((e, k) => {
    const dr = drafts[k]!;
    const dead = enemyDead.get(dr.sentence);
    if (!dead || !HOSTILE.has(e.type) || e.claimant.party !== dead.claimant) return e;
    if (dr.accused || dr.target || dr.attackerUnnamed || repels(tokensOf(dr.sentence))) return e;
    return { ...e, accused: dead.claimant, target: dead.side };
  });
}

/** The one other side whose soldiers an armed group's toll counts (killed or captured), if that is all it counts. */
function enemyCounted(e: ExtractedEvent): string | undefined {
  const claimant = e.claimant.party;
  if (e.type !== 'CasualtiesClaimed' || !claimant || !GROUP_CODES.has(claimant) || !e.casualties.length) return undefined;
  const side = e.casualties[0]!.party;
  const enemy = e.casualties.every((c) => c.party === side && c.affiliation === 'military' && c.category !== 'wounded');
  return enemy && side && side !== claimant ? side : undefined;
}

const repels = (tokens: readonly Token[]): boolean => tokens.some((t) => t.variants.some((v) => REPELS.has(v)));
