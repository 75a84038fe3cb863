import { QUOTE_MARKS } from '../../text/tokens.js';

/**
 * Words that put a group's members or militia before its name («ميليشيا الحوثي»,
 * «مسلحو طالبان», «عناصر داعش»): the phrase is still the group (as speaker, side or victim).
 * Normalised forms («مسلحى» is «مسلحي»).
 */
export const GROUP_PREFIXES: ReadonlySet<string> = new Set([
  'ميليشيا',
  'مليشيا',
  'ميليشيات',
  'مليشيات',
  'مسلحو',
  'مسلحي',
  'مقاتلو',
  'مقاتلي',
  'عناصر',
  'جماعه',
  'تنظيم',
  'حركه',
  'فصائل',
  'قياديو',
  'قياديي',
  'متمردو',
  'متمردي',
  'مرتزقه',
]);

/** Words that put a mission before its organisation's name («قوة اليونيفيل», «بعثة أتميس»): still the organisation. */
export const MISSION_PREFIXES: ReadonlySet<string> = new Set(['قوه', 'بعثه', 'مهمه']);

/** Quote marks that may wrap a group's name after its prefix («مسلحو "طالبان"»). */
export const NAME_QUOTES: ReadonlySet<string> = new Set([...QUOTE_MARKS, "'"]);
