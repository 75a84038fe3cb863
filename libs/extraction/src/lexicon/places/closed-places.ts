/**
 * A place closed, emptied or cut off because of fighting: «أغلقت السلطات مطار معيتيقة بسبب الاشتباكات», «أخلت
 * السلطات مستشفى مرجعيون بسبب القصف», «علقت شركات الطيران رحلاتها إلى مطار بيروت». The place is what was closed,
 * not where the fighting was. Normalised like token variants (normalizeKey).
 */
import { normalizeKey } from '../../text/normalize.js';

/** Verbs and nouns of closing, emptying, suspending or cancelling. */
export const CLOSURE_WORDS: ReadonlySet<string> = new Set(
  [
    ...['أغلق', 'أغلقت', 'أغلقوا', 'يغلق', 'تغلق', 'إغلاق', 'مغلق', 'مغلقة'],
    ...['أخلى', 'أخلت', 'أخلوا', 'يخلي', 'تخلي', 'إخلاء'],
    ...['علق', 'علقت', 'يعلق', 'تعلق', 'تعليق'],
    ...['ألغى', 'ألغت', 'يلغي', 'تلغي', 'إلغاء'],
  ].map(normalizeKey),
);

/**
 * Words that end the walk back from a place to a closing word: «علق الوزير على قصف …» comments, it closes nothing
 * (the words of time or cause, «بسبب», «جراء», «بعد», end it too).
 */
export const CLOSURE_STOPS: ReadonlySet<string> = new Set(['على'].map(normalizeKey));

/**
 * «بسبب سقوط قذائف عليه», «إثر استهدافها», «بعد اشتباكات في محيطه»: a word later in the sentence that points back at
 * the closed place makes it the fighting's place too.
 */
export const BACK_POINTERS: ReadonlySet<string> = new Set(
  [
    ...['عليه', 'عليها', 'فيه', 'فيها', 'محيطه', 'محيطها', 'داخله', 'داخلها', 'قربه', 'قربها'],
    ...['استهدافه', 'استهدافها', 'قصفه', 'قصفها', 'مهاجمته', 'مهاجمتها'],
  ].map(normalizeKey),
);
