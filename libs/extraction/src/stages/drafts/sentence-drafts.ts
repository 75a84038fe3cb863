import type { IncidentEventType } from '../../extraction-record.js';
import { attributionAt } from '../attribution/claimants.js';
import type { RawCasualty, RawMateriel } from '../figures/figures.js';
import type { FigureSentence } from '../figures/figure-sentence.js';
import { countedRanks } from '../figures/counted-ranks.js';
import type { Trigger } from '../triggers/triggers.js';
import { suspends } from '../triggers/scope.js';
import { isBackground, spanOf } from './dates.js';
import { placesDatedApart } from './dated-apart.js';
import type { Draft } from './draft.js';
import { splitListedPlaces } from './listed-places.js';
import type { SentenceScene } from './sentence-scene.js';
import { triggerDrafts } from './trigger-drafts.js';
import { datePicked, recalledWithoutDate } from './cue-date.js';
import { datedAsStated, sumUpWar, isRunningTollOnly, keepBroadPlaces } from './running-toll-drafts.js';
import { concurrentApart, addOrFold } from './folded-drafts.js';

/** The sentence's events: one per trigger and claimant (twins folded), then its figures attached to them. */
export function sentenceDrafts(
  scene: SentenceScene,
  triggers: readonly Trigger[],
  figures: { casualties: readonly RawCasualty[]; materiel: readonly RawMateriel[] },
): Draft[] {
  const folded: Draft[] = [];
  const apart = concurrentApart(scene.sentence.tokens);
  const victims = victimSides(figures.casualties, { tokens: scene.sentence.tokens, actors: scene.actors });
  for (const tr of triggers) for (const draft of triggerDrafts(scene, tr, victims)) addOrFold(folded, draft, apart);
  placesDatedApart(folded, scene.sentence);
  // «سيطرت على بلدتي A وB»: each place listed its own control change
  const drafts = splitListedPlaces(folded, scene.sentence);
  // figures attach to the casualty / materiel event of their own claimant
  for (const f of figures.casualties) {
    if (suspends(scene.blocked?.[f.pos])) continue;
    const owner = nearestOfType(drafts, f.pos, 'CasualtiesClaimed');
    if (f.cumulative && owner) datedAsStated(owner, f.cumulative, scene);
    owner?.casualties.push(f);
  }
  for (const d of drafts) if (isRunningTollOnly(d)) keepBroadPlaces(d);
  if (drafts.some(isRunningTollOnly)) sumUpWar(drafts, scene.ref);
  // «نفى الجيش إسقاط طائرة مسيرة», «هددت الفصائل بإسقاط أي طائرة»: a figure under a negation or a threat is no loss
  for (const m of figures.materiel) {
    if (suspends(scene.blocked?.[m.pos])) continue;
    let owner = nearestOfType(drafts, m.pos, 'MaterielLossClaimed');
    if (!owner) drafts.push((owner = materielDraft(scene, m.pos)));
    owner.materiel.push(m);
  }
  return drafts;
}

/**
 * The sides the sentence's own figures count as dead, hurt or taken, named in the figure («مقتل 10 من مسلحي الشباب») or
 * as the ranks its people are of («قتل 4 من عناصر الشرطة», «جنديان من الشرطة الاتحادية»: the police of the place).
 */
function victimSides(casualties: readonly RawCasualty[], sw: FigureSentence): ReadonlySet<string> {
  const out = new Set<string>();
  for (const f of casualties) {
    if (f.attacker || f.cumulative) continue;
    const party = f.party === undefined ? countedRanks(sw, f.pos) : f.party;
    if (party) out.add(party);
  }
  return out;
}

/** The sentence's event of this type whose trigger is nearest the figure. */
function nearestOfType(drafts: readonly Draft[], pos: number, type: IncidentEventType): Draft | undefined {
  let best: Draft | undefined;
  for (const d of drafts) if (d.type === type && (!best || Math.abs(d.pos - pos) < Math.abs(best.pos - pos))) best = d;
  return best;
}

/**
 * A materiel figure with no loss event of its own makes one. (A casualty figure whose cue was
 * suppressed by negation or modality yields none: it is dropped above.)
 */
function materielDraft(scene: SentenceScene, pos: number): Draft {
  const a = attributionAt(scene.attributions, pos, scene.speaker)[0];
  const d = datePicked(scene, pos, null);
  const date = spanOf(d, scene.timing.sentenceDate);
  const pl = scene.placesFor(pos);
  return {
    type: 'MaterielLossClaimed',
    sentence: scene.index,
    pos,
    claimant: a ? { party: a.party, name: a.name } : { party: null, name: scene.source },
    accused: null,
    date,
    background: isBackground(date, scene.ref, d ?? null) || recalledWithoutDate(scene, pos, d),
    locations: pl.places,
    weapons: [],
    casualties: [],
    materiel: [],
    weight: 0.8,
    explicitDate: !!d,
    inferredPlaces: pl.inferred,
    headline: false,
  };
}
