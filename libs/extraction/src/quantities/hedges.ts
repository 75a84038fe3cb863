import type { Token } from '../text/tokens.js';
import { bare } from './number-words.js';

/** What a hedge says about the number after it. */
export interface Hedge {
  /** First token of the number itself. */
  at: number;
  approximate: boolean;
  atLeast: boolean;
  atMost: boolean;
}

/** «نحو», «حوالي», «أكثر من», «أقل من», «ما يقارب», «ما لا يقل عن», «ما يزيد عن» before a number at `i`. */
export function leadingHedge(tokens: readonly Token[], i: number): Hedge {
  const v0 = bare(tokens[i]);
  const next = (k: number) => bare(tokens[i + k]);
  const hedge = (skip: number, h: Partial<Hedge>): Hedge => ({ at: i + skip, approximate: false, atLeast: false, atMost: false, ...h });
  if (v0.includes('نحو') || v0.includes('حوالي') || v0.includes('قرابه') || v0.includes('زهاء') || v0.includes('قرابة'))
    return hedge(1, { approximate: true });
  if ((v0.includes('اكثر') || v0.includes('ازيد')) && next(1).includes('من')) return hedge(2, { atLeast: true, approximate: true });
  if (v0.includes('اقل') && next(1).includes('من')) return hedge(2, { atMost: true, approximate: true });
  if (v0.includes('ما') && (next(1).includes('يقارب') || next(1).includes('يناهز'))) return hedge(2, { approximate: true });
  if (v0.includes('ما') && next(1).includes('لا') && next(2).includes('يقل') && next(3).includes('عن')) return hedge(4, { atLeast: true });
  if (v0.includes('ما') && next(1).includes('يزيد') && (next(2).includes('عن') || next(2).includes('علي')))
    return hedge(3, { atLeast: true, approximate: true });
  return hedge(0, {});
}

/** «على الأقل» (at least), «تقريبا» (about) after the number ending before `end`. */
export function trailingHedge(tokens: readonly Token[], end: number): { atLeast: boolean; approximate: boolean } {
  const a = tokens[end];
  const b = tokens[end + 1];
  return {
    atLeast: !!(a && bare(a).includes('علي') && b && bare(b).includes('اقل')),
    approximate: !!(a && (bare(a).includes('تقريبا') || bare(a).includes('تقريب'))),
  };
}
