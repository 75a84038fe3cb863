import type { Actor } from '../../lexicon/parties.js';

/**
 * Who says what. Actor phrases (an institution or title plus the nisba,
 * country or capital that gives its party), speech and attribution words
 * (قال، أعلن، بحسب، نقل عن، اتهم) and the document context that resolves
 * bare heads («وزارة الدفاع» after Baku spoke) and person names learned
 * earlier in the report («توراسيان» after «المتحدث ... أرتوم توراسيان»).
 */
export interface ActorPhrase {
  start: number;
  end: number;
  party: string | null;
  name: string;
  role: Actor['role'];
  military: boolean;
  /** True when the party was guessed from context rather than read from the phrase. */
  contextual: boolean;
  /** The institution or title of a head phrase («spokesman»). */
  headName?: string;
}

export interface Attribution {
  /** Token index from which the attribution applies (the speech word). */
  pos: number;
  party: string | null;
  name: string | null;
  agency: boolean;
  /** Party accused by «اتهم X Y». */
  accused?: string | null;
  /** A speech verb without a subject («وأضاف»): the previous speaker goes on. */
  inherit?: boolean;
  /** Named by «بحسب», «وفق», «نقلا عن»: it may stand after the words it attributes. */
  via?: boolean;
  /** Its verb is joined by «و»/«ف» («، وأعلن حزب الله …»): a statement of its own, not the source of what went before. */
  conjoined?: boolean;
}

/** Document-wide memory, filled sentence by sentence. */
export class DocContext {
  readonly names = new Map<string, { party: string | null; name: string }>();
  /** Acronyms learned from parentheses, as written («وام»). */
  readonly aliases = new Map<string, { party: string | null; name: string; agency: boolean }>();
  readonly headParty = new Map<string, string | null>();
  /** Party of the last speaker: a bare «وزارة الدفاع» after Baku spoke is Baku's. */
  lastParty: string | null = null;
  /** Party of the last organisation named: «المنظمة». */
  lastOrg: string | null = null;
  lastMinistry: string | null = null;
  /** Country the report is about when one dominates (set by the caller from places). */
  mainCountry: string | null = null;
  /** The report's reference day (days since the epoch): some names change party on a day (lexicon/actor-table.ts). */
  refDay: number | null = null;
  /** The de facto authority «separatists» stands for in this report (from its places; see region/). */
  separatistParty: string | null = null;
  /** The last group named under each anaphor head («حزب» → LB-HEZBOLLAH): «الحزب» later is that group. */
  readonly groupByHead = new Map<string, { party: string; name: string }>();
  /** Party counts of actors seen, to find the two sides. */
  readonly partyCounts = new Map<string, number>();

  /** Groups that spoke together («قالت حماس والجهاد الإسلامي في بيان مشترك»): one side, never each other's enemy. */
  readonly jointSides = new Set<string>();

  countParty(p: string | null) {
    if (!p) return;
    this.partyCounts.set(p, (this.partyCounts.get(p) ?? 0) + 1);
  }

  spokeTogether(a: string, b: string): boolean {
    return this.jointSides.has(`${a}|${b}`) || this.jointSides.has(`${b}|${a}`);
  }
}
