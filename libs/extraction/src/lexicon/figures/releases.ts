import { PRISONER_EXCHANGE } from '../triggers/captured-context.js';

/**
 * Words that free captives or trade them (normalised; clitics are stripped by the token variants): «أفرجت عن»,
 * «إطلاق سراح», «تبادلت … أسيرا», «مقابل 12 أسيرا», «حررت الرهائن», «المفرج عنهم». People freed are no longer
 * held: a release or an exchange is no capture.
 */
export const RELEASE_WORDS: readonly string[] = [
  ...PRISONER_EXCHANGE,
  ...['افرج', 'افرجت', 'يفرج', 'تفرج', 'افراج', 'مفرج'],
  ...['تبادلت', 'يتبادل', 'تتبادل', 'تبادلا', 'تبادلتا', 'مقابل', 'حرر', 'حررت', 'تحرير'],
  // handed over («سلمت أذربيجان 32 أسيرا»); «سلموا أنفسهم» is a surrender, told apart by the reflexive after
  ...['سلم', 'سلمت', 'يسلم', 'تسلم'],
];

/** «تبادل إطلاق النار», «تبادل لإطلاق النار»: an exchange of fire, not of captives. */
export const FIRE_EXCHANGED: readonly string[] = ['اطلاق', 'النار'];

/** «رهائن أفرجت عنهم حماس», «أسرى أطلق سراحهم»: the pronoun that turns a release after its captives back to them. */
export const RELEASED_ONES: readonly string[] = ['عنهم', 'عنهن', 'عنهما', 'عنه', 'عنها', 'سراحهم', 'سراحهن', 'سراحهما', 'سراحه'];
