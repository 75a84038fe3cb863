/**
 * Consonant skeletons: the common ground between an Arabic spelling and a
 * Latin transliteration of the same name.
 *
 * Arabic script leaves short vowels unwritten, so only consonants can be
 * compared. Both sides are reduced to a string of consonant CLASSES, one
 * character each, merging the letters that transliterations confuse:
 *
 *   b  ب پ      / b p          t  ت ط ث   / t th ţ       d  د ض ذ  / d dh ḑ
 *   j  ج غ گ    / j g gh zh dj  h  ح ه     / h ḩ          x  خ      / kh (x)
 *   s  س ص      / s ş c(e,i)   c  ش       / sh š ş(Turkic) z  ز ظ   / z z̧
 *   f  ف ڤ      / f v ph       k  ق ك     / k q c g      l m n r   as written
 *
 * ع, hamza, and the long vowels / glides ا و ي ى (Latin vowels, y, w) are not
 * consonants here; they only mark VOWEL SLOTS, which rank candidates that
 * share a key (see `vowelAgreement`). A letter with several readings (Latin g
 * = ج or ق, ة = t in a construct «قلعة المضيق» / nothing at the end) yields
 * several skeletons, the usual reading first.
 */

/** A consonant with its possible classes (usual reading first; '' = silent), or a vowel. */
export type Unit = { readonly consonant: readonly string[] } | { readonly vowel: 1 | 2 };

export interface Skeleton {
  /** Consonant classes, doubled consonants collapsed («تل» = "Tall" = `tl`). */
  readonly key: string;
  /**
   * One digit per slot around the consonants (key.length + 1 slots): 0 no
   * vowel, 1 short vowel (Latin a e i o u), 2 long vowel or glide (Arabic ا و
   * ي ى, Latin ā ī ū y w or a doubled vowel).
   */
  readonly vowels: string;
  /** How many less usual readings were chosen (0 = the usual reading throughout). */
  readonly detour: number;
}

export const consonant = (...classes: string[]): Unit => ({ consonant: classes });
export const SHORT_VOWEL: Unit = { vowel: 1 };
export const LONG_VOWEL: Unit = { vowel: 2 };

/** Every reading of a unit sequence, usual first, at most `limit` of them. */
export function skeletonsOf(units: readonly Unit[], limit = 8): Skeleton[] {
  if (units.every((u) => !('consonant' in u) || u.consonant.length === 1)) {
    return [
      build(
        units,
        units.map((u) => ('consonant' in u ? u.consonant[0] : '')),
        0,
      ),
    ];
  }
  let partial: { picks: string[]; detour: number }[] = [{ picks: [], detour: 0 }];
  units.forEach((u, i) => {
    if (!('consonant' in u)) return;
    const next: { picks: string[]; detour: number }[] = [];
    for (const p of partial) {
      u.consonant.forEach((cls, alt) => {
        if (next.length >= limit) return;
        const picks = p.picks.slice();
        picks[i] = cls;
        next.push({ picks, detour: p.detour + (alt > 0 ? 1 : 0) });
      });
    }
    partial = next.sort((a, b) => a.detour - b.detour);
  });
  return partial.map((p) => build(units, p.picks, p.detour));
}

function build(units: readonly Unit[], picks: readonly string[], detour: number): Skeleton {
  let key = '';
  const vowels = [0];
  let vowelSinceLast = false;
  units.forEach((u, i) => {
    if (!('consonant' in u)) {
      const last = vowels.length - 1;
      vowels[last] = Math.max(vowels[last], u.vowel);
      vowelSinceLast = true;
      return;
    }
    for (const cls of picks[i] ?? '') {
      // A doubled consonant is one letter with shadda in Arabic: «تل» = "Tall".
      if (!vowelSinceLast && key.endsWith(cls)) continue;
      key += cls;
      vowels.push(0);
      vowelSinceLast = false;
    }
  });
  return { key, vowels: vowels.join(''), detour };
}

/**
 * How well the vowel slots of an Arabic spelling agree with those of a Latin
 * name that has the same key, from 0 (every slot contradicts) to 1. A long
 * vowel written in Arabic needs some vowel in the Latin name; a long Latin
 * vowel or glide (ā, y, w, a doubled vowel) needs its letter in Arabic. A
 * short Latin vowel against no Arabic letter is the normal case for an Arab
 * name (BGN/PCGN marks the long ones), but a third of a fault for a foreign
 * one, whose vowels Arabic mostly writes out («خاركيف» Kharkiv, but «أنقرة»). A Latin name that starts with a vowel
 * never matches an Arabic spelling that starts with a consonant: Arabic always writes an initial vowel.
 */
export function vowelAgreement(arabic: string, latin: string, latinMarksLength: boolean): number {
  if (arabic.length !== latin.length) return 0;
  // Arabic writes a name's first vowel (أ إ ا ع): «كرينكي» (Krynky) is not Ukrainka, «ليشيفكا» not Olyshivka.
  if (arabic.charCodeAt(0) === 48 && latin.charCodeAt(0) !== 48) return 0;
  let cost = 0;
  for (let i = 0; i < arabic.length; i++) {
    const a = arabic.charCodeAt(i) - 48;
    const l = latin.charCodeAt(i) - 48;
    if (a === 2 && l === 0) cost += 1;
    else if (a === 0 && l === 2) cost += latinMarksLength ? 0.75 : 1;
    else if (a === 2 && l === 1) cost += latinMarksLength ? 0.25 : 0;
    else if (a === 0 && l === 1 && !latinMarksLength) cost += 0.35;
  }
  return Math.max(0, 1 - cost / arabic.length);
}
