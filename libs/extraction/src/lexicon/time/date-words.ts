import { DECADES, HIJRI_MONTHS, HIJRI_MONTHS2, MONTHS, MONTHS2, WEEKDAYS } from './calendar-names.js';
import { YEAR_DUALS } from './modifiers.js';
import { BARE_NIGHT } from './relative-words.js';
import { ORD_TEENS, ORDINALS } from './ordinals.js';
import { STRETCH_COUNTED, STRETCH_PLURALS } from './recent-stretch-words.js';

/** Words that can start a time expression: any other word is ruled out by one hash probe. */
export const DATE_WORDS: ReadonlySet<string> = new Set<string>([
  'وقت',
  'غداه',
  'اول',
  'امس',
  'البارحه',
  'البارح',
  'امبارح',
  'الليله',
  ...BARE_NIGHT,
  'اليوم',
  'غدا',
  'غد',
  'منذ',
  'قبل',
  'بعد', // «وبعد يومين»
  'عيد', // «أول أيام عيد الفطر»
  'العيد', // «أول أيام العيد»
  'نفس', // «في نفس اليوم»
  'ذات',
  'ساعه',
  'الساعات',
  'مدي', // «على مدى يومين»
  'مطلع',
  'الذكري', // «الذكرى السنوية الثالثة»
  'ذكري',
  'بدايه',
  'اوايل', // «أوائل»: the normaliser writes ئ as ي
  'نهايه',
  'اواخر',
  'اليومين',
  'الايام',
  'الاسبوع',
  'الشهر',
  'العام',
  'السنه',
  'عام',
  'سنه',
  'لعام',
  ...YEAR_DUALS,
  ...Object.keys(STRETCH_PLURALS),
  ...Object.keys(STRETCH_COUNTED),
  ...Object.keys(DECADES),
  ...Object.keys(WEEKDAYS),
  ...Object.keys(MONTHS),
  ...Object.keys(MONTHS2),
  ...Object.keys(HIJRI_MONTHS),
  ...Object.keys(HIJRI_MONTHS2),
  ...Object.keys(ORDINALS),
  ...Object.keys(ORD_TEENS),
]);
