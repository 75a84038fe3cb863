import { normalizeKey } from '../text/normalize.js';
import { Lexicon } from './lexicon.js';

export type SpeechKind = 'verb' | 'via' | 'from' | 'accuse' | 'noun';

/** Speech and attribution words; the actor after (or just before) them is the claimant. */
export const SPEECH = new Lexicon<SpeechKind>();
SPEECH.addAll(
  [
    'قال',
    'قالت',
    'يقول',
    'تقول',
    'أعلن',
    'أعلنت',
    'يعلن',
    'تعلن',
    'أفاد',
    'أفادت',
    'ذكر',
    'ذكرت',
    'أكد',
    'أكدت',
    'يؤكد',
    'تؤكد',
    'صرح',
    'صرحت',
    'أوضح',
    'أوضحت',
    'أضاف',
    'أضافت',
    'تابع',
    'تابعت',
    'أشار',
    'أشارت',
    'لفت',
    'لفتت',
    'بينت',
    'شدد',
    'شددت',
    'كشف',
    'كشفت',
    'نشر',
    'نشرت',
    'تحدث',
    'تحدثت',
    'زعم',
    'زعمت',
    'ادعى',
    'ادعت',
    'أبلغ',
    'أبلغت',
    'بث',
    'بثت',
    'أورد',
    'أوردت',
    'أعرب',
    'أعربت',
    'نفى',
    'نفت',
    'أدان',
    'أدانت',
    // condemning, like «أدان»: its subject speaks (lexicon/attribution/condemn-verbs.ts)
    'استنكر',
    'استنكرت',
    'ندد',
    'نددت',
    'شجب',
    'شجبت',
    'قدم',
    'أطلع',
    'وصف',
    'اعترف',
    'اعترفت',
    'يفيد',
    'تفيد',
    'أكّد',
    'أبدت',
    'أبدى',
    'جاء في',
    'مضيفا',
    'مضيفة',
    'مؤكدا',
    'مؤكدة',
    'مشيرا',
    'مشيرة',
    'لافتا',
    'موضحا',
    'دعا',
    'دعت',
    'حذر',
    'حذرت',
    'طالب',
    'طالبت',
    'أعلنا',
    'أعلنتا',
    'أكدا',
    'أكدتا',
    // admitting and claiming are statements too: «أقر الجيش بانسحاب قواته», «تبنت الحركة الهجوم»
    'أقر',
    'أقرت',
    'يقر',
    'تقر',
    'تبنى',
    'تبنت',
    'يتبنى',
    'رجح',
    'رجحت',
    // issuing a decree or a statement is saying it: «أصدرت السلطات مرسوماً»
    'أصدر',
    'أصدرت',
    // less common verbs of saying and reporting: «أردف», «استطرد», «اعتبر», «نوّه», «أفصح», «يزعم», «ينفي»
    'أردف',
    'أردفت',
    'استطرد',
    'استطردت',
    'اعتبر',
    'اعتبرت',
    'نوه',
    'نوهت',
    'أفصح',
    'أفصحت',
    'يزعم',
    'تزعم',
    'يدعي',
    'تدعي',
    'ينفي',
    'تنفي',
    'روى',
    'روت',
    // the present of the commonest ones («ويضيف الجيش أن»), and posting («كتب على فيسبوك», «غرّد على إكس»)
    ...['يضيف', 'تضيف', 'يوضح', 'توضح', 'يشير', 'تشير', 'يكشف', 'تكشف'],
    ...['كتب', 'كتبت', 'غرد', 'غردت'],
    // mourning its dead is announcing them: «ونعى حزب الله مقاتلين اثنين», «نعت حركة حماس قائدا في كتائب القسام»
    ...['نعى', 'نعت', 'ينعى', 'تنعى', 'نعوا'],
    // «بيّن» unvowelled is «بين» (between): speakers.ts reads it only before a «أن»
    'بين',
    // plural subjects: «قالوا», «أكدوا»
    'قالوا',
    'أعلنوا',
    'أكدوا',
    'أشاروا',
    'أفادوا',
    'ذكروا',
  ],
  'verb',
);
SPEECH.addAll(['اتهم', 'اتهمت', 'يتهم', 'تتهم', 'متهما', 'متهمة'], 'accuse');

/**
 * Accusations told by a verb and its object a few words on, past the sides between (normalised): «تبادلت موسكو وكييف
 * الاتهامات» (each side accuses the other; not «تبادل إطلاق النار», fire exchanged), «حمّلت دمشق أنقرة مسؤولية القصف»
 * (not «حملت الطائرة ركابا», carried).
 */
export const ACCUSATION_FRAMES: readonly { verbs: readonly string[]; objects: readonly string[]; mutual: boolean }[] = [
  {
    verbs: ['تبادلت', 'تتبادل', 'يتبادل', 'تبادل', 'تبادلا', 'تبادلتا', 'يتبادلان', 'تتبادلان'],
    objects: ['الاتهامات', 'اتهامات', 'الاتهام'],
    mutual: true,
  },
  { verbs: ['حمل', 'حملت', 'يحمل', 'تحمل', 'حملوا'], objects: ['مسؤولية', 'المسؤولية'], mutual: false },
].map((f) => ({ verbs: f.verbs.map(normalizeKey), objects: f.objects.map(normalizeKey), mutual: f.mutual }));
/** From the verb to its object: the sides between (a name may take two words). */
export const ACCUSATION_REACH = 6;
SPEECH.addAll(
  ['بحسب', 'حسب', 'وفقا', 'وفق', 'طبقا', 'نقلا عن', 'وفقاً', 'حسبما', 'بحسبما', 'وفقما', 'على لسان', 'استنادا إلى', 'استنادا الى'],
  'via',
);
SPEECH.addAll(['نقل', 'نقلت', 'نقلا'], 'from');
SPEECH.addAll(['إعلان', 'بيان', 'تصريح', 'تصريحات', 'تغريدة', 'إحاطة'], 'noun');
