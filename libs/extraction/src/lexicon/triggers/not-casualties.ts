import { TARGET_SITES } from '../attribution/target-words.js';

/**
 * Casualty words in senses that count no casualties of violence (normalised forms).
 * «إصابات دقيقة», «إصابة مباشرة»: hits on a target, not wounded people.
 */
export const HIT_ADJECTIVES: readonly string[] = ['دقيقه', 'مباشره', 'محققه', 'موكده', 'دقيقا'];
/** «أصاب الصاروخ المبنى إصابة مباشرة»: the hit noun a verb of hitting takes as its own object, with a hit adjective. */
export const HIT_NOUNS: readonly string[] = ['اصابه', 'اصابات'];
/**
 * «إصابة السفينة بمقذوف», «إصابة الهدف», «إصابة مقر القيادة»: things the hit noun may take as its object — any site an
 * attack hits (no force: «إصابة جنود» counts the wounded), and targets, buildings and aircraft (normalised forms).
 */
export const HIT_THINGS: readonly string[] = [
  ...TARGET_SITES,
  ...['ناقله', 'مدمره', 'حامله', 'هدف', 'اهداف', 'الهدف', 'الاهداف', 'مبني', 'مباني', 'منزل', 'منشاه', 'اليه', 'طايره', 'مسيره'],
];
/** «وإن الإصابة كانت دقيقة», «الإصابات جاءت مباشرة»: a copula between the hit and its adjective. */
export const HIT_COPULAS: readonly string[] = ['كانت', 'كان', 'جاءت', 'جاء'];

/**
 * «ضحايا الفيضانات», «وفيات حوادث السير», «إصابات بفيروس كورونا», «حريق»: victims of nature, accidents or
 * disease, read in the casualty word's clause, a few words on — unless that clause names an attack («قتل 3 في حريق
 * اندلع إثر غارة»).
 */
export const NON_VIOLENT_CAUSES: readonly string[] = [
  'فيضانات',
  'الفيضانات',
  'فيضان',
  'الفيضان',
  'السيول',
  'سيول',
  'الزلزال',
  'زلزال',
  'الامطار',
  'العاصفه',
  'الاعصار',
  'اعصار',
  'السير', // «حادث سير» («حادث» alone can be a shooting)
  'سير',
  'مروري',
  'المرور',
  'الغرق',
  'غرقا',
  'كورونا',
  'بفيروس',
  'فيروس',
  'الوباء',
  'الكوليرا',
  'كوليرا',
  'الملاريا',
  'الضنك',
  // «تدافع» (a stampede), «انهيار أرضي/مبنى/منجم», «صاعقة», «اصطدام/تصادم» (a road crash)
  'تدافع',
  'التدافع',
  'انهيار',
  'الانهيار',
  'انهيارات',
  'صاعقه',
  'الصاعقه',
  'اصطدام',
  'تصادم',
  'الحصبه',
  'الجوع',
  'المجاعه',
  'البرد',
  'الحر',
  'التسمم',
  // fires and industrial accidents: «قضى 3 أشخاص في حريق», «انفجار خزان للغاز» (an attack in the clause overrides)
  'حريق',
  'الحريق',
  'حرايق',
  'الحرايق',
  'خزان',
  'تسرب',
  'ماس',
  'صعقا',
];
